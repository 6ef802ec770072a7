import { assert } from '@open-wc/testing';
import { VALID_TOKEN } from '../support/fake-basis.js';
import { useFakeBasis } from '../support/mock-api.js';
import { mountSubscriptions, part, switchFor } from '../support/subscriptions.js';

describe('<basis-subscriptions> reads the person’s preferences', () => {
  const basis = useFakeBasis();

  it('with the token of its `token` attribute', async () => {
    const element = await mountSubscriptions();
    assert.strictEqual(element.state, 'loaded');
    assert.deepEqual(basis().reads, [{ authorization: `Bearer ${VALID_TOKEN}` }]);
  });

  it('with the token of the page’s ?token= when it has no attribute', async () => {
    const page = location.href;
    history.replaceState(null, '', `?token=${VALID_TOKEN}`);
    try {
      const element = await mountSubscriptions({ token: null });
      assert.strictEqual(element.state, 'loaded');
      assert.deepEqual(basis().reads, [{ authorization: `Bearer ${VALID_TOKEN}` }]);
    } finally {
      history.replaceState(null, '', page);
    }
  });

  it('shows every switch exactly as the server says, ticking nothing itself', async () => {
    const element = await mountSubscriptions();
    assert.strictEqual(switchFor(element, 'topic-product_news').checked, true);
    assert.strictEqual(switchFor(element, 'topic-events').checked, false);
    assert.strictEqual(switchFor(element, 'opted-out-of-all').checked, false);
    assert.strictEqual(switchFor(element, 'consent-profiling').checked, true);
    assert.strictEqual(switchFor(element, 'consent-partners').checked, false);
  });

  it('labels every switch with its topic or purpose and describes it', async () => {
    const element = await mountSubscriptions();
    const events = switchFor(element, 'topic-events');
    assert.strictEqual(events.type, 'checkbox');
    assert.strictEqual(events.getAttribute('role'), 'switch');
    assert.strictEqual(events.labels?.[0]?.textContent, 'Event invitations');
    assert.strictEqual(part(element, `#${events.getAttribute('aria-describedby')}`).textContent, 'Webinars and meetups near you.');
    assert.strictEqual(switchFor(element, 'consent-partners').labels?.[0]?.textContent, 'Sharing with partners');
    assert.include(part(element, '[part="intro"]').textContent, 'a•••@example.com');
  });

  it('asks for a new link, without asking the server, when there is no token at all', async () => {
    const element = await mountSubscriptions({ token: null });
    assert.strictEqual(element.state, 'bad-token');
    assert.lengthOf(basis().reads, 0);
  });

  it('disables the topics while the person is unsubscribed from everything', async () => {
    basis().preferences.optedOutOfAll = true;
    const element = await mountSubscriptions();
    assert.strictEqual(switchFor(element, 'opted-out-of-all').checked, true);
    assert.strictEqual(part<HTMLFieldSetElement>(element, '[part="topics"]').disabled, true);
  });
});
