import { assert, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { useFakeBasis } from '../support/mock-api.js';
import { button, mountSubscriptions, part, switchFor, until } from '../support/subscriptions.js';

describe('<basis-subscriptions> with the keyboard alone', () => {
  const basis = useFakeBasis();

  const focused = (element: HTMLElement) => element.shadowRoot!.activeElement?.id;

  it('reaches every switch, then Save, in the order they are shown', async () => {
    const element = await mountSubscriptions();
    switchFor(element, 'topic-product_news').focus();
    const order = [focused(element)];
    for (let i = 0; i < 5; i++) {
      await sendKeys({ press: 'Tab' });
      order.push(focused(element));
    }
    assert.deepEqual(order, ['topic-product_news', 'topic-events', 'opted-out-of-all', 'consent-profiling', 'consent-partners', 'save']);
  });

  it('switches with Space and saves with Enter', async () => {
    const element = await mountSubscriptions();
    switchFor(element, 'topic-events').focus();
    await sendKeys({ press: 'Space' });
    assert.strictEqual(switchFor(element, 'topic-events').checked, true);

    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Tab' });
    assert.strictEqual(focused(element), 'save');
    await sendKeys({ press: 'Enter' });
    await until(element, 'saved');
    assert.deepEqual(
      basis().changes.map((c) => c.body),
      [{ source: 'web_form', topics: [{ topic: 'events', subscribed: true }] }],
    );
  });

  it('undoes with the keyboard too, and keeps the focus in the element', async () => {
    const element = await mountSubscriptions();
    switchFor(element, 'consent-profiling').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(element, 'saved');
    button(element, 'undo-button').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => basis().changes.length === 2, 'Undo sent nothing');
    await until(element, 'saved');
    assert.deepEqual(basis().changes[1]!.body, { source: 'web_form', consents: [{ purpose: 'profiling', given: true }] });
    assert.strictEqual(focused(element), 'save');
  });

  it('shows where the focus is', async () => {
    const element = await mountSubscriptions();
    switchFor(element, 'topic-events').focus();
    await sendKeys({ press: 'Tab' });
    assert.strictEqual(getComputedStyle(switchFor(element, 'opted-out-of-all')).outlineStyle, 'solid');
  });

  it('sends the new-link form with Enter from the email field', async () => {
    const element = await mountSubscriptions({ token: 'tok_expired' });
    part<HTMLInputElement>(element, '#email').focus();
    await sendKeys({ type: 'ada@example.com' });
    await sendKeys({ press: 'Enter' });
    await until(element, 'link-requested');
    assert.deepEqual(basis().linkRequests, [{ email: 'ada@example.com', locale: 'en' }]);
  });
});
