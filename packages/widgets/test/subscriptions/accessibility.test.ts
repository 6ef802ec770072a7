import { assert, expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { holdAnswers } from '../support/fake-basis.js';
import { useFakeBasis } from '../support/mock-api.js';
import { button, flip, mountSubscriptions, part, until } from '../support/subscriptions.js';

describe('<basis-subscriptions> is accessible', () => {
  const basis = useFakeBasis();

  it('while loading', async () => {
    const held = holdAnswers(basis());
    const element = await mountSubscriptions({ loading: true });
    assert.strictEqual(element.state, 'loading');
    await expect(element).to.be.accessible();
    held.release();
  });

  it('once loaded', async () => {
    const element = await mountSubscriptions();
    assert.strictEqual(element.state, 'loaded');
    await expect(element).to.be.accessible();
  });

  it('once loaded, in dark mode', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      await expect(await mountSubscriptions()).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('while saving', async () => {
    const element = await mountSubscriptions();
    flip(element, 'topic-events');
    const held = holdAnswers(basis());
    button(element, 'save-button').click();
    await until(element, 'saving');
    await expect(element).to.be.accessible();
    held.release();
  });

  it('once saved, with Undo', async () => {
    const element = await mountSubscriptions();
    flip(element, 'topic-events');
    button(element, 'save-button').click();
    await until(element, 'saved');
    await expect(element).to.be.accessible();
  });

  it('when saving failed', async () => {
    const element = await mountSubscriptions();
    basis().failChanges = 500;
    flip(element, 'topic-events');
    button(element, 'save-button').click();
    await until(element, 'error');
    await expect(element).to.be.accessible();
  });

  it('when loading failed', async () => {
    basis().failReads = 500;
    const element = await mountSubscriptions();
    assert.strictEqual(element.state, 'error');
    await expect(element).to.be.accessible();
  });

  it('with a bad token', async () => {
    const element = await mountSubscriptions({ token: 'tok_expired' });
    assert.strictEqual(element.state, 'bad-token');
    await expect(element).to.be.accessible();
  });

  it('with an invalid email address in the new-link form', async () => {
    const element = await mountSubscriptions({ token: 'tok_expired' });
    part<HTMLInputElement>(element, '#email').value = 'not an address';
    button(element, 'request-button').click();
    await element.updateComplete;
    assert.strictEqual(part(element, '#email').getAttribute('aria-invalid'), 'true');
    await expect(element).to.be.accessible();
  });

  it('once a new link is requested', async () => {
    const element = await mountSubscriptions({ token: 'tok_expired' });
    part<HTMLInputElement>(element, '#email').value = 'ada@example.com';
    button(element, 'request-button').click();
    await until(element, 'link-requested');
    await expect(element).to.be.accessible();
  });
});
