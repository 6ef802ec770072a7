import { UnauthorizedError } from '@basis/sdk/public';
import { assert, oneEvent } from '@open-wc/testing';
import { useFakeBasis } from '../support/mock-api.js';
import { button, flip, mountSubscriptions, part, until } from '../support/subscriptions.js';

describe('<basis-subscriptions> tells the page what happens', () => {
  const basis = useFakeBasis();

  it('emits basis-change with the switch that changed, out of its shadow root', async () => {
    const element = await mountSubscriptions();
    const heard = oneEvent(document, 'basis-change');
    flip(element, 'consent-partners');
    const event = await heard;
    assert.deepEqual(event.detail, { kind: 'consent', key: 'partners', value: true });
    assert.strictEqual(event.composed && event.bubbles, true);
  });

  it('emits basis-change for "Unsubscribe from everything" too', async () => {
    const element = await mountSubscriptions();
    const heard = oneEvent(element, 'basis-change');
    flip(element, 'opted-out-of-all');
    assert.deepEqual((await heard).detail, { kind: 'optedOutOfAll', value: true });
  });

  it('emits basis-saved with the preferences after the save', async () => {
    const element = await mountSubscriptions();
    flip(element, 'topic-events');
    const heard = oneEvent(element, 'basis-saved');
    button(element, 'save-button').click();
    const { detail } = (await heard) as GlobalEventHandlersEventMap['basis-saved'];
    assert.strictEqual(detail.preferences.topics.find((t) => t.key === 'events')?.subscribed, true);
    assert.deepEqual(detail.preferences, basis().preferences);
  });

  it('emits basis-error with the error', async () => {
    const element = await mountSubscriptions();
    basis().revoked = true;
    flip(element, 'topic-events');
    const heard = oneEvent(element, 'basis-error');
    part<HTMLButtonElement>(element, '[part="save-button"]').click();
    const { detail } = (await heard) as GlobalEventHandlersEventMap['basis-error'];
    assert.instanceOf(detail.error, UnauthorizedError);
    await until(element, 'bad-token');
  });
});
