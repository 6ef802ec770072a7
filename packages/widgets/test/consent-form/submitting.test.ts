import { assert } from '@open-wc/testing';
import { holdAnswers } from '../support/fake-basis.js';
import { useFakeBasis } from '../support/mock-api.js';
import { REQUIRED_ONLY, control, fill, mountConsentForm, part, send, statusText, until } from '../support/consent-form.js';

describe('<basis-consent-form> sends what the visitor filled in', () => {
  const basis = useFakeBasis();

  it('goes through with every consent refused, and sends the version, locale, values, consents, start and page', async () => {
    const before = Date.now();
    const element = await mountConsentForm();
    const after = Date.now();
    fill(element, REQUIRED_ONLY);
    send(element);
    await until(element, 'success');

    assert.strictEqual(basis().submissions.length, 1);
    const { startedAt, ...body } = basis().submissions[0]!.body;
    assert.deepEqual(body, {
      version: 3,
      locale: 'en',
      values: { email: 'ann@example.com', name: 'Ann', phone: '', interest: '', member: false, message: '' },
      consents: { newsletter: false, partners: false },
      pageUrl: location.href,
      honeypot: '',
    });
    // When the form was shown, not when it was sent.
    assert.match(startedAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.isAtLeast(Date.parse(startedAt), before);
    assert.isAtMost(Date.parse(startedAt), after);
  });

  it('sends every field type as the visitor left it, and the boxes they ticked', async () => {
    const element = await mountConsentForm();
    fill(element, {
      ...REQUIRED_ONLY,
      'values.phone': '+49 30 1234567',
      'values.interest': 'climbing',
      'values.member': true,
      'values.message': 'Two lines\nof text',
      'consents.partners': true,
    });
    send(element);
    await until(element, 'success');
    const { values, consents } = basis().submissions[0]!.body;
    assert.deepEqual(values, {
      email: 'ann@example.com',
      name: 'Ann',
      phone: '+49 30 1234567',
      interest: 'climbing',
      member: true,
      message: 'Two lines\nof text',
    });
    assert.deepEqual(consents, { newsletter: false, partners: true });
  });

  it('sends an Idempotency-Key with the submission', async () => {
    const element = await mountConsentForm();
    fill(element, REQUIRED_ONLY);
    send(element);
    await until(element, 'success');
    assert.match(basis().submissions[0]!.idempotencyKey ?? '', /^[0-9a-f-]{36}$/);
  });

  it('shows the thank-you text in place of the form, and moves the focus to it', async () => {
    const element = await mountConsentForm();
    fill(element, REQUIRED_ONLY);
    part<HTMLButtonElement>(element, '[part="submit-button"]').focus();
    send(element);
    await until(element, 'success');
    assert.strictEqual(statusText(element), 'Thank you!');
    assert.strictEqual(element.shadowRoot!.querySelector('form'), null);
    assert.strictEqual(element.shadowRoot!.activeElement, part(element, '#status'));
    assert.strictEqual(element.getAttribute('state'), 'success');
  });

  it('asks the visitor to check their inbox when the form has double opt-in', async () => {
    basis().form.doubleOptIn = true;
    const element = await mountConsentForm();
    fill(element, { ...REQUIRED_ONLY, 'consents.newsletter': true });
    send(element);
    await until(element, 'pending');
    assert.strictEqual(statusText(element), 'Almost done: confirm with the link we just emailed you.');
    assert.strictEqual(element.shadowRoot!.querySelector('form'), null);
    assert.strictEqual(element.getAttribute('state'), 'pending');
  });

  it('says it is sending, and sends only once however often the button is pressed', async () => {
    const element = await mountConsentForm();
    fill(element, REQUIRED_ONLY);
    const held = holdAnswers(basis());
    send(element);
    await until(element, 'submitting');
    assert.strictEqual(statusText(element), 'Sending…');
    assert.strictEqual(part(element, '[part="submit-button"]').getAttribute('aria-disabled'), 'true');
    send(element);
    send(element);
    held.release();
    await until(element, 'success');
    assert.strictEqual(basis().submissions.length, 1);
  });

  it('keeps what was typed while it sends', async () => {
    const element = await mountConsentForm();
    fill(element, { ...REQUIRED_ONLY, 'consents.newsletter': true });
    const held = holdAnswers(basis());
    send(element);
    await until(element, 'submitting');
    assert.strictEqual(control(element, 'values.email').value, 'ann@example.com');
    assert.strictEqual(control(element, 'consents.newsletter').checked, true);
    held.release();
    await until(element, 'success');
  });
});
