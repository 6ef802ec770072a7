import { assert } from '@open-wc/testing';
import { useFakeBasis } from '../support/mock-api.js';
import { REQUIRED_ONLY, control, fill, mountConsentForm, part, send, statusText, until } from '../support/consent-form.js';

describe('<basis-consent-form> recovers from errors', () => {
  const basis = useFakeBasis();

  it('keeps every value when sending fails, and sends the same submission again with the same key', async () => {
    basis().failSubmissions = 'network';
    const element = await mountConsentForm();
    fill(element, { ...REQUIRED_ONLY, 'values.interest': 'hiking', 'consents.newsletter': true });
    send(element);
    await until(element, 'error');

    assert.strictEqual(statusText(element), 'The form could not be sent. What you entered is still here, so you can try again.');
    assert.strictEqual(control(element, 'values.email').value, 'ann@example.com');
    assert.strictEqual(control(element, 'values.interest').value, 'hiking');
    assert.strictEqual(control(element, 'consents.newsletter').checked, true);
    assert.strictEqual(part(element, '[part="submit-button"]').getAttribute('aria-describedby'), 'status');

    basis().failSubmissions = undefined;
    send(element);
    await until(element, 'success');
    const [first, second] = basis().submissions;
    assert.deepEqual(second!.body, first!.body);
    assert.isNotNull(first!.idempotencyKey);
    assert.strictEqual(second!.idempotencyKey, first!.idempotencyKey);
  });

  it('sends a changed submission with a new key', async () => {
    basis().failSubmissions = 500;
    const element = await mountConsentForm();
    fill(element, REQUIRED_ONLY);
    send(element);
    await until(element, 'error');
    basis().failSubmissions = undefined;
    fill(element, { 'values.name': 'Ann Smith' });
    send(element);
    await until(element, 'success');
    const [first, second] = basis().submissions;
    assert.strictEqual(second!.body.values.name, 'Ann Smith');
    assert.notStrictEqual(second!.idempotencyKey, first!.idempotencyKey);
  });

  it('says so when the visitor sent too often, without waiting out the Retry-After', async () => {
    basis().failSubmissions = 429;
    const element = await mountConsentForm();
    fill(element, REQUIRED_ONLY);
    send(element);
    await until(element, 'error');
    assert.strictEqual(statusText(element), 'Too many attempts in a short time. Please wait a while and try again.');
    assert.strictEqual(basis().submissions.length, 1);
    assert.strictEqual(control(element, 'values.email').value, 'ann@example.com');
  });

  it('offers to load again when the form could not be loaded', async () => {
    basis().failFormReads = 'network';
    const element = await mountConsentForm();
    assert.strictEqual(element.state, 'load-failed');
    assert.strictEqual(statusText(element), 'The form could not be loaded. Check your connection and try again.');
    assert.strictEqual(element.shadowRoot!.querySelector('form'), null);

    basis().failFormReads = undefined;
    part<HTMLButtonElement>(element, '[part="retry-button"]').click();
    await until(element, 'ready');
    assert.strictEqual(basis().formReads, 2);
    assert.strictEqual(element.shadowRoot!.querySelector('[part="retry-button"]'), null);
    // The button went away with the focus: it moves to the first field.
    assert.strictEqual(element.shadowRoot!.activeElement, control(element, 'values.email'));
  });

  it('says so when there is no such published form', async () => {
    const element = await mountConsentForm({ form: '0190f3c4-0000-7000-8000-000000000000' });
    assert.strictEqual(element.state, 'load-failed');
    assert.strictEqual(statusText(element), 'This form is not available.');
    assert.isNotNull(element.shadowRoot!.querySelector('[part="retry-button"]'));
  });

  it('loads the new form when its `form` attribute changes', async () => {
    const element = await mountConsentForm({ form: '0190f3c4-0000-7000-8000-000000000000' });
    assert.strictEqual(element.state, 'load-failed');
    element.form = basis().form.id;
    await until(element, 'ready');
    assert.isNotNull(control(element, 'values.email'));
  });
});
