import { assert, waitUntil } from '@open-wc/testing';
import { VALID_TOKEN, samplePreferences } from '../support/fake-basis.js';
import { useFakeBasis } from '../support/mock-api.js';
import { button, flip, mountSubscriptions, part, statusText, switchFor, until } from '../support/subscriptions.js';

describe('<basis-subscriptions> saves what the person changed', () => {
  const basis = useFakeBasis();

  it('sends only the switches that changed, as a web form', async () => {
    const element = await mountSubscriptions();
    flip(element, 'topic-events');
    flip(element, 'consent-profiling');
    flip(element, 'topic-product_news');
    flip(element, 'topic-product_news'); // back where it was: not a change
    button(element, 'save-button').click();
    await until(element, 'saved');
    assert.deepEqual(
      basis().changes.map((c) => c.body),
      [{ source: 'web_form', topics: [{ topic: 'events', subscribed: true }], consents: [{ purpose: 'profiling', given: false }] }],
    );
    assert.strictEqual(basis().changes[0]!.authorization, `Bearer ${VALID_TOKEN}`);
  });

  it('records the change as coming from the email when the token came with the page’s link', async () => {
    const page = location.href;
    history.replaceState(null, '', `?token=${VALID_TOKEN}`);
    try {
      const element = await mountSubscriptions({ token: null });
      flip(element, 'opted-out-of-all');
      button(element, 'save-button').click();
      await until(element, 'saved');
      assert.deepEqual(
        basis().changes.map((c) => c.body),
        [{ source: 'email', optedOutOfAll: true }],
      );
    } finally {
      history.replaceState(null, '', page);
    }
  });

  it('confirms what was saved, naming each change', async () => {
    const element = await mountSubscriptions();
    flip(element, 'topic-events');
    flip(element, 'consent-profiling');
    button(element, 'save-button').click();
    await until(element, 'saved');
    assert.strictEqual(statusText(element), 'Saved: subscribed to Event invitations and consent withdrawn for Personalised offers.');
    assert.strictEqual(part(element, '#status').getAttribute('aria-live'), 'polite');
    assert.strictEqual(switchFor(element, 'topic-events').checked, true);
  });

  it('withdraws consent in as few clicks as giving it: one switch and Save', async () => {
    const element = await mountSubscriptions();
    flip(element, 'consent-profiling');
    button(element, 'save-button').click();
    await until(element, 'saved');
    assert.include(basis().preferences.purposes[0], { consented: false, status: 'withdrawn' });
  });

  it('undoes a save by sending its inverse, which restores the server’s earlier state', async () => {
    const element = await mountSubscriptions();
    flip(element, 'topic-events');
    flip(element, 'consent-profiling');
    button(element, 'save-button').click();
    await until(element, 'saved');
    button(element, 'undo-button').click();
    await until(element, 'saved');
    await element.updateComplete;
    assert.deepEqual(basis().changes.map((c) => c.body)[1], {
      source: 'web_form',
      topics: [{ topic: 'events', subscribed: false }],
      consents: [{ purpose: 'profiling', given: true }],
    });
    assert.deepEqual(basis().preferences, samplePreferences());
    assert.strictEqual(switchFor(element, 'topic-events').checked, false);
    assert.strictEqual(switchFor(element, 'consent-profiling').checked, true);
    assert.strictEqual(statusText(element), 'Undone: unsubscribed from Event invitations and consent given for Personalised offers.');
    assert.strictEqual(element.shadowRoot!.querySelector('[part="undo-button"]'), null);
  });

  it('says so, and sends nothing, when nothing changed', async () => {
    const element = await mountSubscriptions();
    button(element, 'save-button').click();
    await element.updateComplete;
    assert.strictEqual(statusText(element), 'Nothing has changed yet: switch something on or off first.');
    assert.lengthOf(basis().changes, 0);
  });

  it('keeps a switch the person flips while saving, unsaved', async () => {
    const element = await mountSubscriptions();
    flip(element, 'topic-events');
    button(element, 'save-button').click();
    flip(element, 'consent-partners');
    await until(element, 'saved');
    assert.strictEqual(switchFor(element, 'consent-partners').checked, true);
    assert.strictEqual(basis().preferences.purposes[1]!.consented, false);
    button(element, 'save-button').click();
    await waitUntil(() => basis().changes.length === 2, 'the second save never arrived');
    assert.deepEqual(basis().changes[1]!.body, { source: 'web_form', consents: [{ purpose: 'partners', given: true }] });
  });
});
