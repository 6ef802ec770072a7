import { assert } from '@open-wc/testing';
import { useFakeBasis } from '../support/mock-api.js';
import { button, flip, mountSubscriptions, part, statusText, switchFor, until } from '../support/subscriptions.js';

describe('<basis-subscriptions> recovers from errors', () => {
  const basis = useFakeBasis();

  it('keeps the unsaved switches when saving fails, and Try again saves them', async () => {
    const element = await mountSubscriptions();
    basis().failChanges = 500;
    flip(element, 'topic-events');
    flip(element, 'consent-partners');
    button(element, 'save-button').click();
    await until(element, 'error');

    assert.strictEqual(statusText(element), 'Your changes could not be saved. They are still here, so you can try again.');
    assert.strictEqual(switchFor(element, 'topic-events').checked, true);
    assert.strictEqual(switchFor(element, 'consent-partners').checked, true);
    assert.strictEqual(button(element, 'save-button').getAttribute('aria-describedby'), 'status');

    basis().failChanges = undefined;
    const tries = basis().changes.length;
    button(element, 'retry-button').click();
    await until(element, 'saved');
    assert.deepEqual(
      basis()
        .changes.slice(tries)
        .map((c) => c.body),
      [{ source: 'web_form', topics: [{ topic: 'events', subscribed: true }], consents: [{ purpose: 'partners', given: true }] }],
    );
    assert.strictEqual(basis().preferences.topics[1]!.subscribed, true);
    assert.strictEqual(part(element, '[part="save-button"]').matches(':focus'), true);
  });

  it('offers to load again when loading fails', async () => {
    basis().failReads = 503;
    const element = await mountSubscriptions();
    assert.strictEqual(element.state, 'error');
    assert.strictEqual(statusText(element), 'Your preferences could not be loaded. Check your connection and try again.');
    assert.strictEqual(element.shadowRoot!.querySelector('[part="form"]'), null);

    basis().failReads = undefined;
    button(element, 'retry-button').click();
    await until(element, 'loaded');
    assert.strictEqual(switchFor(element, 'topic-product_news').checked, true);
  });
});
