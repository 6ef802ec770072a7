import { assert } from '@open-wc/testing';
import { useFakeBasis } from '../support/mock-api.js';
import { REQUIRED_ONLY, control, errorOf, fill, mountConsentForm, send, statusText, until } from '../support/consent-form.js';

describe('<basis-consent-form> shows what is wrong, at the field', () => {
  const basis = useFakeBasis();

  const focusedName = (element: HTMLElement) => (element.shadowRoot!.activeElement as HTMLInputElement | null)?.name;

  it('sends nothing while a required field is empty, and says so under it', async () => {
    const element = await mountConsentForm();
    fill(element, { 'values.name': 'Ann' });
    send(element);
    await until(element, 'invalid');
    assert.strictEqual(basis().submissions.length, 0);
    assert.strictEqual(errorOf(element, 'values.email'), 'Fill in this field.');
    assert.strictEqual(control(element, 'values.email').getAttribute('aria-invalid'), 'true');
    assert.strictEqual(errorOf(element, 'values.name'), null);
    assert.strictEqual(control(element, 'values.name').getAttribute('aria-invalid'), 'false');
    assert.strictEqual(focusedName(element), 'values.email');
    assert.strictEqual(statusText(element), 'Please correct the marked fields.');
  });

  it('keeps the help of a field described along with its error', async () => {
    const element = await mountConsentForm();
    send(element);
    await until(element, 'invalid');
    assert.deepEqual(control(element, 'values.email').getAttribute('aria-describedby')?.split(' '), [
      'values.email-help',
      'values.email-error',
    ]);
  });

  it('checks an email address the way the browser does', async () => {
    const element = await mountConsentForm();
    fill(element, { ...REQUIRED_ONLY, 'values.email': 'ann at example' });
    send(element);
    await until(element, 'invalid');
    assert.strictEqual(basis().submissions.length, 0);
    assert.strictEqual(errorOf(element, 'values.email'), 'Enter a valid email address, such as name@example.com.');
  });

  it('sends nothing while a required box is unticked', async () => {
    basis().form.consentItems.push({ purpose: 'orders', required: true, text: { en: 'Handle my order.' } });
    const element = await mountConsentForm();
    fill(element, REQUIRED_ONLY);
    send(element);
    await until(element, 'invalid');
    assert.strictEqual(basis().submissions.length, 0);
    assert.strictEqual(errorOf(element, 'consents.orders'), 'Tick this box to continue.');
    assert.strictEqual(focusedName(element), 'consents.orders');

    fill(element, { 'consents.orders': true });
    send(element);
    await until(element, 'success');
    assert.deepEqual(basis().submissions[0]!.body.consents, { newsletter: false, partners: false, orders: true });
  });

  it('takes the mark away from a field once it is changed', async () => {
    const element = await mountConsentForm();
    send(element);
    await until(element, 'invalid');
    fill(element, { 'values.email': 'ann@example.com' });
    await element.updateComplete;
    assert.strictEqual(errorOf(element, 'values.email'), null);
    assert.strictEqual(control(element, 'values.email').getAttribute('aria-invalid'), 'false');
    assert.strictEqual(element.state, 'invalid');
    fill(element, { 'values.name': 'Ann' });
    await until(element, 'ready');
    assert.strictEqual(statusText(element), '');
  });

  it('shows the server’s field errors under their controls, focuses the first, and keeps every value', async () => {
    basis().fieldErrors = [
      { field: 'values.interest', in: 'body', message: 'Choose one of the options.' },
      { field: 'values.phone', in: 'body', message: 'Not a valid phone number.' },
      { field: 'consents.newsletter', in: 'body', message: 'Tick this box to send the form.' },
    ];
    const element = await mountConsentForm();
    fill(element, { ...REQUIRED_ONLY, 'values.phone': '12', 'values.interest': 'hiking', 'values.message': 'Hello' });
    send(element);
    await until(element, 'invalid');

    assert.strictEqual(basis().submissions.length, 1);
    assert.deepEqual(
      ['values.email', 'values.phone', 'values.interest', 'consents.newsletter'].map((name) => errorOf(element, name)),
      [null, 'Check what you entered here.', 'Check what you entered here.', 'Tick this box to continue.'],
    );
    assert.strictEqual(control(element, 'values.phone').getAttribute('aria-invalid'), 'true');
    // The first in the order shown, not in the server's order.
    assert.strictEqual(focusedName(element), 'values.phone');
    assert.deepEqual(
      ['values.email', 'values.name', 'values.phone', 'values.interest', 'values.message'].map(
        (name) => control<HTMLInputElement>(element, name).value,
      ),
      ['ann@example.com', 'Ann', '12', 'hiking', 'Hello'],
    );
  });

  it('treats a 422 that names nothing it shows as a failure the visitor can retry', async () => {
    basis().fieldErrors = [{ field: 'values.shoe_size', in: 'body', message: 'This form has no field "shoe_size".' }];
    const element = await mountConsentForm();
    fill(element, REQUIRED_ONLY);
    send(element);
    await until(element, 'error');
    assert.strictEqual(statusText(element), 'The form could not be sent. What you entered is still here, so you can try again.');
  });

  it('sends again, with the fields corrected, after the server’s errors', async () => {
    basis().fieldErrors = [{ field: 'values.phone', in: 'body', message: 'Not a valid phone number.' }];
    const element = await mountConsentForm();
    fill(element, { ...REQUIRED_ONLY, 'values.phone': '12' });
    send(element);
    await until(element, 'invalid');
    basis().fieldErrors = undefined;
    fill(element, { 'values.phone': '+49 30 1234567' });
    send(element);
    await until(element, 'success');
    assert.strictEqual(basis().submissions[1]!.body.values.phone, '+49 30 1234567');
  });
});
