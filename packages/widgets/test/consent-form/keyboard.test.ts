import { assert } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { useFakeBasis } from '../support/mock-api.js';
import { control, mountConsentForm, until } from '../support/consent-form.js';

describe('<basis-consent-form> with the keyboard alone', () => {
  const basis = useFakeBasis();

  const focused = (element: HTMLElement) => {
    const active = element.shadowRoot!.activeElement as HTMLInputElement | null;
    return active?.name || active?.getAttribute('part');
  };

  it('reaches every field, box and link, then the button, in the order shown, and never the hidden field', async () => {
    const element = await mountConsentForm();
    control(element, 'values.email').focus();
    const order = [focused(element)];
    for (let i = 0; i < 9; i++) {
      await sendKeys({ press: 'Tab' });
      order.push(focused(element));
    }
    assert.deepEqual(order, [
      'values.email',
      'values.name',
      'values.phone',
      'values.interest',
      'values.member',
      'values.message',
      'consents.newsletter',
      'link',
      'consents.partners',
      'submit-button',
    ]);
  });

  it('is filled in and sent without a mouse', async () => {
    const element = await mountConsentForm();
    control(element, 'values.email').focus();
    await sendKeys({ type: 'ann@example.com' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Ann' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' }); // the first option after "Choose…"
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Hello' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(element, 'success');
    const { values, consents } = basis().submissions[0]!.body;
    assert.deepEqual(values, { email: 'ann@example.com', name: 'Ann', phone: '', interest: 'hiking', member: true, message: 'Hello' });
    assert.deepEqual(consents, { newsletter: true, partners: false });
  });

  it('sends with Enter from a text field, and lands on the first empty required field', async () => {
    const element = await mountConsentForm();
    control(element, 'values.name').focus();
    await sendKeys({ type: 'Ann' });
    await sendKeys({ press: 'Enter' });
    await until(element, 'invalid');
    assert.strictEqual(focused(element), 'values.email');
    await sendKeys({ type: 'ann@example.com' });
    await sendKeys({ press: 'Enter' });
    await until(element, 'success');
    assert.strictEqual(basis().submissions[0]!.body.values.email, 'ann@example.com');
  });

  it('shows where the focus is', async () => {
    const element = await mountConsentForm();
    control(element, 'values.email').focus();
    await sendKeys({ press: 'Tab' });
    assert.strictEqual(getComputedStyle(control(element, 'values.name')).outlineStyle, 'solid');
  });
});
