import { assert, waitUntil } from '@open-wc/testing';
import { useFakeBasis } from '../support/mock-api.js';
import { REQUIRED_ONLY, all, control, fill, mountConsentForm, part, send, statusText, until } from '../support/consent-form.js';

describe('<basis-consent-form> speaks the visitor’s language', () => {
  const basis = useFakeBasis();

  const label = (element: HTMLElement, name: string) => element.shadowRoot!.querySelector(`label[for="${name}"]`)!.textContent.trim();

  it('shows the form’s texts and its own in the `locale` asked for', async () => {
    const element = await mountConsentForm({ locale: 'de' });
    assert.deepEqual(
      ['values.email', 'values.name', 'values.interest', 'consents.newsletter'].map((name) => label(element, name)),
      ['E-Mail', 'Ihr Name', 'Mich interessiert', 'Schickt mir den Newsletter. Datenschutz'],
    );
    assert.strictEqual(all<HTMLAnchorElement>(element, 'label a')[0]!.href, 'https://www.northwind.example/datenschutz');
    assert.strictEqual(part(element, '#values\\.interest-help').textContent.trim(), 'Damit wir senden, was passt.');
    assert.deepEqual(
      [...control<HTMLSelectElement>(element, 'values.interest').options].map((o) => o.textContent.trim()),
      ['Bitte wählen …', 'Wandern', 'Klettern'],
    );
    assert.strictEqual(part(element, '[part="submit-button"]').textContent.trim(), 'Anmelden');
    assert.strictEqual(part(element, '[part="base"]').lang, 'de');
  });

  it('falls back to the form’s default language for a text it lacks', async () => {
    const element = await mountConsentForm({ locale: 'de' });
    assert.strictEqual(label(element, 'consents.partners'), 'Share my <b>name</b> with partners.');
  });

  it('says what is wrong in that language', async () => {
    const element = await mountConsentForm({ locale: 'de' });
    send(element);
    await until(element, 'invalid');
    assert.strictEqual(part(element, '#values\\.email-error').textContent.trim(), 'Bitte füllen Sie dieses Feld aus.');
    assert.strictEqual(statusText(element), 'Bitte korrigieren Sie die markierten Felder.');
  });

  it('sends the language shown, and thanks in it', async () => {
    const element = await mountConsentForm({ locale: 'de-CH' });
    fill(element, REQUIRED_ONLY);
    send(element);
    await until(element, 'success');
    assert.strictEqual(basis().submissions[0]!.body.locale, 'de');
    assert.strictEqual(statusText(element), 'Danke!');
  });

  it('follows a change of its `locale` and keeps what was typed', async () => {
    const element = await mountConsentForm();
    fill(element, { 'values.name': 'Ann', 'consents.newsletter': true });
    element.locale = 'de';
    await waitUntil(() => label(element, 'values.name') === 'Ihr Name', `the label stayed "${label(element, 'values.name')}"`);
    assert.strictEqual(control(element, 'values.name').value, 'Ann');
    assert.strictEqual(control(element, 'consents.newsletter').checked, true);
  });

  it('uses its own wording in a language the form has no texts in', async () => {
    basis().form.texts.submit = null;
    const element = await mountConsentForm({ locale: 'fi' });
    assert.strictEqual(part(element, '[part="submit-button"]').textContent.trim(), 'Lähetä');
    assert.strictEqual(label(element, 'values.email'), 'Email');
  });
});
