import { assert, expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { holdAnswers } from '../support/fake-basis.js';
import { useFakeBasis } from '../support/mock-api.js';
import { REQUIRED_ONLY, fill, mountConsentForm, part, send, until } from '../support/consent-form.js';

describe('<basis-consent-form> is accessible', () => {
  const basis = useFakeBasis();

  it('while loading', async () => {
    const held = holdAnswers(basis());
    const element = await mountConsentForm({ loading: true });
    assert.strictEqual(element.state, 'loading');
    await expect(element).to.be.accessible();
    held.release();
  });

  it('when ready, still empty', async () => {
    const element = await mountConsentForm();
    assert.strictEqual(element.state, 'ready');
    await expect(element).to.be.accessible();
  });

  it('when ready, in dark mode', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      await expect(await mountConsentForm()).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('with fields marked invalid', async () => {
    basis().form.consentItems.push({ purpose: 'orders', required: true, text: { en: 'Handle my order.' } });
    const element = await mountConsentForm();
    fill(element, { 'values.email': 'not an address' });
    send(element);
    await until(element, 'invalid');
    assert.isNotNull(element.shadowRoot!.querySelector('[part="field-error"]'));
    await expect(element).to.be.accessible();
  });

  it('while sending', async () => {
    const element = await mountConsentForm();
    fill(element, REQUIRED_ONLY);
    const held = holdAnswers(basis());
    send(element);
    await until(element, 'submitting');
    await expect(element).to.be.accessible();
    held.release();
    await until(element, 'success');
  });

  it('once sent', async () => {
    const element = await mountConsentForm();
    fill(element, REQUIRED_ONLY);
    send(element);
    await until(element, 'success');
    await expect(element).to.be.accessible();
  });

  it('when waiting for the confirmation by email', async () => {
    basis().form.doubleOptIn = true;
    const element = await mountConsentForm();
    fill(element, REQUIRED_ONLY);
    send(element);
    await until(element, 'pending');
    await expect(element).to.be.accessible();
  });

  it('when sending failed', async () => {
    basis().failSubmissions = 503;
    const element = await mountConsentForm();
    fill(element, REQUIRED_ONLY);
    send(element);
    await until(element, 'error');
    await expect(element).to.be.accessible();
  });

  it('when loading failed', async () => {
    basis().failFormReads = 500;
    const element = await mountConsentForm();
    assert.strictEqual(element.state, 'load-failed');
    assert.isNotNull(part(element, '[part="retry-button"]'));
    await expect(element).to.be.accessible();
  });

  it('announces what happens in a live region that is always there', async () => {
    const element = await mountConsentForm();
    const status = part(element, '#status');
    assert.strictEqual(status.getAttribute('role'), 'status');
    fill(element, REQUIRED_ONLY);
    send(element);
    await until(element, 'success');
    assert.strictEqual(part(element, '#status'), status);
  });
});
