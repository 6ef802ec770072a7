import { assert, expect, waitUntil } from '@open-wc/testing';
import type { BasisConsole } from '../../src/console/app/console-app.js';
import type { BasisConfirmDialog } from '../../src/console/ui/confirm-dialog.js';
import { holdAnswers } from './support/fake-console-api.js';
import {
  byText,
  currentView,
  fill,
  find,
  findAll,
  focused,
  hasText,
  mountConsole,
  rendered,
  useFakeConsoleApi,
} from './support/console.js';
import { CSRF_TOKEN, sampleSettings } from './support/sample-data.js';

describe('console: settings', () => {
  const api = useFakeConsoleApi();

  const view = (app: HTMLElement) => currentView(app as never);
  const field = <T extends HTMLElement = HTMLInputElement>(app: HTMLElement, id: string) => find<T>(view(app), `#${id}`);
  const save = (app: HTMLElement) => find<HTMLButtonElement>(view(app), 'form.editor button[type="submit"]').click();
  const dialog = (app: HTMLElement) => find<BasisConfirmDialog>(view(app), 'basis-confirm-dialog');
  const saved = (app: HTMLElement) => waitUntil(() => hasText(app, '.state.success', 'Settings saved.'), 'never saved');

  it('shows the settings in a form, and each purpose’s default legal basis', async () => {
    const app = await mountConsole(api(), { path: '/admin/settings' });
    assert.strictEqual(field(app, 'field-controllerName').value, 'Northwind Traders GmbH');
    assert.strictEqual(field(app, 'field-doubleOptInExpiryDays').value, '7');
    assert.deepEqual(
      findAll(view(app), '.origins code').map((c) => c.textContent),
      ['https://www.northwind.example', 'https://shop.northwind.example'],
    );
    const defaults = find(view(app), 'section[aria-labelledby="defaults-heading"]');
    assert.include(defaults.textContent.replace(/\s+/g, ' '), 'Personalised offers Legitimate interests');
    await expect(app).to.be.accessible();
  });

  it('saves the settings as a whole, with the CSRF token', async () => {
    const app = await mountConsole(api(), { path: '/admin/settings' });
    fill(field(app, 'field-dpoContact'), 'Dr. Data, dpo@northwind.example');
    field(app, 'consent-request').click();
    fill(field<HTMLSelectElement>(app, 'field-consentRequestPurpose'), 'newsletter');
    fill(field(app, 'field-doubleOptInExpiryDays'), '14');
    save(app);
    await saved(app);
    assert.deepEqual(api().writes, [
      {
        method: 'PUT',
        path: '/v1/settings',
        body: {
          ...sampleSettings(),
          dpoContact: 'Dr. Data, dpo@northwind.example',
          consentRequestOnNewSubject: true,
          consentRequestPurpose: 'newsletter',
          doubleOptInExpiryDays: 14,
        },
        csrf: CSRF_TOKEN,
      },
    ]);
    await expect(app).to.be.accessible();
  });

  it('adds an origin, refusing one with a path in the API’s words', async () => {
    const app = await mountConsole(api(), { path: '/admin/settings' });
    fill(field(app, 'new-origin'), 'https://events.northwind.example/signup');
    byText(view(app), 'button', 'Add').click();
    await rendered(app);
    assert.strictEqual(field(app, 'new-origin-error').textContent, 'Use an origin such as "https://www.example.com", without a path.');
    assert.strictEqual(focused(), field(app, 'new-origin'));
    await expect(app).to.be.accessible();

    fill(field(app, 'new-origin'), 'https://Events.Northwind.example/');
    byText(view(app), 'button', 'Add').click();
    await rendered(app);
    assert.lengthOf(findAll(view(app), '#new-origin-error'), 0);
    save(app);
    await saved(app);
    assert.deepEqual((api().writes[0]!.body as { allowedOrigins: string[] }).allowedOrigins, [
      'https://www.northwind.example',
      'https://shop.northwind.example',
      'https://events.northwind.example',
    ]);
  });

  it('classes person fields, adding a custom one and refusing a malformed key in the API’s words', async () => {
    const app = await mountConsole(api(), { path: '/admin/settings' });
    assert.strictEqual(field<HTMLSelectElement>(app, 'sensitivity-phone').value, 'sensitive');
    fill(field<HTMLSelectElement>(app, 'sensitivity-company'), 'sensitive');
    fill(field(app, 'new-sensitive-field'), 'date of birth');
    byText(view(app), 'button', 'Add field').click();
    await rendered(app);
    assert.strictEqual(
      field(app, 'new-sensitive-field-error').textContent,
      'Use 1–64 letters, digits or underscores, starting with a letter.',
    );
    assert.strictEqual(focused(), field(app, 'new-sensitive-field'));
    await expect(app).to.be.accessible();

    fill(field(app, 'new-sensitive-field'), 'health_notes');
    byText(view(app), 'button', 'Add field').click();
    await rendered(app);
    fill(field<HTMLSelectElement>(app, 'sensitivity-health_notes'), 'special_category');
    save(app);
    await saved(app);
    assert.deepEqual((api().writes[0]!.body as { fieldSensitivity: unknown }).fieldSensitivity, {
      email: 'normal',
      name: 'normal',
      phone: 'sensitive',
      company: 'sensitive',
      health_notes: 'special_category',
    });
    assert.strictEqual(field<HTMLSelectElement>(app, 'sensitivity-health_notes').value, 'special_category');
  });

  it('asks before it stops allowing an origin, and sends nothing when cancelled', async () => {
    const app = await mountConsole(api(), { path: '/admin/settings' });
    byText(view(app), 'button', 'Remove https://shop.northwind.example').click();
    await rendered(app);
    assert.deepEqual(
      findAll(view(app), '.origins code').map((c) => c.textContent),
      ['https://www.northwind.example'],
    );
    save(app);
    await waitUntil(() => dialog(app).open, 'no dialog');
    assert.include(
      dialog(app).shadowRoot!.textContent,
      'Pages on https://shop.northwind.example will no longer be able to show Basis forms',
    );
    dialog(app).shadowRoot!.querySelector<HTMLButtonElement>('#cancel')!.click();
    await waitUntil(() => !dialog(app).open, 'the dialog stayed open');
    assert.lengthOf(api().writes, 0);

    save(app);
    await waitUntil(() => dialog(app).open, 'no dialog the second time');
    dialog(app).shadowRoot!.querySelector<HTMLButtonElement>('#confirm')!.click();
    await saved(app);
    assert.deepEqual((api().writes[0]!.body as { allowedOrigins: string[] }).allowedOrigins, ['https://www.northwind.example']);
  });

  it('shows the server’s errors under the fields they name', async () => {
    api().fieldErrors.set('PUT /v1/settings', [
      { field: 'consentRequestPurpose', in: 'body', message: 'Choose the purpose new persons are asked to consent to.' },
      { field: 'allowedOrigins.1', in: 'body', message: 'Use an origin such as "https://www.example.com", without a path.' },
    ]);
    const app = await mountConsole(api(), { path: '/admin/settings' });
    field(app, 'consent-request').click();
    save(app);
    await waitUntil(() => view(app).shadowRoot!.querySelector('#field-consentRequestPurpose-error'), 'no field error');
    assert.strictEqual(
      field(app, 'field-consentRequestPurpose-error').textContent.trim(),
      'Choose the purpose new persons are asked to consent to.',
    );
    assert.strictEqual(field(app, 'origins-error').textContent.trim(), 'Use an origin such as "https://www.example.com", without a path.');
    assert.strictEqual(focused(), field(app, 'field-consentRequestPurpose'));
    await expect(app).to.be.accessible();
  });

  it('checks the number of days before sending', async () => {
    const app = await mountConsole(api(), { path: '/admin/settings' });
    fill(field(app, 'field-doubleOptInExpiryDays'), '45');
    save(app);
    await rendered(app);
    // The contract only says "Invalid input" for a range: the browser's own words name it.
    assert.match(field(app, 'field-doubleOptInExpiryDays-error').textContent, /30/);
    assert.lengthOf(api().writes, 0);
  });

  it('says when the server refuses the right', async () => {
    api().failures.set('PUT /v1/settings', 403);
    const app = await mountConsole(api(), { path: '/admin/settings' });
    save(app);
    await waitUntil(() => hasText(app, '.form-problems', /role does not allow/), 'the refusal was not shown');
    await expect(app).to.be.accessible();
  });

  it('shows a marketer the settings without a form', async () => {
    const app = await mountConsole(api(), { path: '/admin/settings', role: 'marketer' });
    assert.isEmpty(findAll(view(app), 'form'));
    assert.include(find(view(app), 'dl').textContent, 'https://www.northwind.example, https://shop.northwind.example');
    assert.include(find(view(app), 'dl').textContent, 'Phone: Sensitive');
    assert.include(find(view(app), 'dl').textContent, 'Basis’s standard wording');
    await expect(app).to.be.accessible();
  });

  describe('the wording of the consent-request email', () => {
    const english = { subject: 'Your consent: {{purpose_name}}', text: 'Hello,\n\n{{controller_name}} asks you:\n{{consent_url}}' };
    const german = { subject: 'Ihre Einwilligung: {{purpose_name}}', text: 'Hallo,\n\n{{controller_name}} fragt Sie:\n{{consent_url}}' };
    const templateField = (app: HTMLElement, language: string, part: 'subject' | 'text') =>
      field<HTMLInputElement | HTMLTextAreaElement>(app, `field-consentRequestTemplate-${language}-${part}`);
    const write = (app: HTMLElement, language: string, email: { subject: string; text: string }) => {
      fill(templateField(app, language, 'subject'), email.subject);
      fill(templateField(app, language, 'text'), email.text);
    };
    const addLanguage = async (app: BasisConsole, language: string) => {
      fill(field<HTMLSelectElement>(app, 'consent-request-new-language'), language);
      byText(view(app), 'button', 'Add language').click();
      await rendered(app);
    };
    const chooseOwnWording = async (app: BasisConsole) => {
      field(app, 'consent-request-own').click();
      await rendered(app);
    };
    const sentTemplate = (index = 0) => (api().writes[index]!.body as { consentRequestTemplate: unknown }).consentRequestTemplate;

    it('offers the standard wording first and chosen; the own wording is written per language and sent as a whole', async () => {
      const app = await mountConsole(api(), { path: '/admin/settings' });
      const choices = findAll<HTMLInputElement>(view(app), 'input[name="consent-request-wording"]');
      assert.deepEqual(
        choices.map((choice) => [find(view(app), `label[for="${choice.id}"]`).textContent.trim(), choice.checked]),
        [
          ['Basis’s standard wording', true],
          ['Our own wording', false],
        ],
      );
      assert.lengthOf(findAll(view(app), '#consent-request-new-language'), 0);
      await expect(app).to.be.accessible();

      await chooseOwnWording(app);
      assert.isTrue(field(app, 'consent-request-language-en').checked, 'it starts in the console’s language');
      assert.include(find(view(app), '.placeholders').textContent, '{{expiry_days}}');
      assert.include(find(view(app), '.placeholders').textContent, 'The text must include {{consent_url}}');
      write(app, 'en', english);
      await addLanguage(app, 'de');
      assert.isTrue(field(app, 'consent-request-language-de').checked, 'the added language is the one shown');
      assert.strictEqual(focused(), templateField(app, 'de', 'subject'));
      assert.lengthOf(findAll(view(app), '#field-consentRequestTemplate-en-subject'), 0, 'one language at a time');
      write(app, 'de', german);
      await expect(app).to.be.accessible();

      field(app, 'consent-request-language-en').click();
      await rendered(app);
      assert.strictEqual(templateField(app, 'en', 'text').value, english.text, 'what was written stays');
      save(app);
      await saved(app);
      assert.deepEqual(api().writes, [
        {
          method: 'PUT',
          path: '/v1/settings',
          body: { ...sampleSettings(), consentRequestTemplate: { en: english, de: german } },
          csrf: CSRF_TOKEN,
        },
      ]);
      await expect(app).to.be.accessible();
    });

    it('checks the wording with the contract: the error is under its field, in its language, with the focus', async () => {
      const app = await mountConsole(api(), { path: '/admin/settings' });
      await chooseOwnWording(app);
      write(app, 'en', english);
      await addLanguage(app, 'de');
      write(app, 'de', { subject: 'Hallo {{first_name}}', text: 'Bitte willigen Sie ein.' });
      field(app, 'consent-request-language-en').click();
      await rendered(app);
      save(app);
      await waitUntil(() => view(app).shadowRoot!.querySelector('#field-consentRequestTemplate-de-text-error'), 'no field error');
      assert.isTrue(field(app, 'consent-request-language-de').checked, 'the language with the errors is shown');
      assert.strictEqual(
        field(app, 'field-consentRequestTemplate-de-subject-error').textContent.trim(),
        'Unknown placeholder {{first_name}}: use {{purpose_name}}, {{purpose_text}}, {{consent_url}}, {{controller_name}}, {{expiry_days}}.',
      );
      assert.strictEqual(field(app, 'field-consentRequestTemplate-de-text-error').textContent.trim(), 'Include {{consent_url}}.');
      assert.strictEqual(focused(), templateField(app, 'de', 'subject'));
      assert.include(find(view(app), 'label[for="consent-request-language-de"]').textContent, '2 to fix');
      assert.lengthOf(api().writes, 0);
      await expect(app).to.be.accessible();
    });

    it('shows the server’s refusal under the field it names', async () => {
      api().settings = { ...sampleSettings(), consentRequestTemplate: { en: english } };
      api().fieldErrors.set('PUT /v1/settings', [
        { field: 'consentRequestTemplate.en.text', in: 'body', message: 'Include {{consent_url}}.' },
      ]);
      const app = await mountConsole(api(), { path: '/admin/settings' });
      save(app);
      await waitUntil(() => view(app).shadowRoot!.querySelector('#field-consentRequestTemplate-en-text-error'), 'no field error');
      assert.strictEqual(field(app, 'field-consentRequestTemplate-en-text-error').textContent.trim(), 'Include {{consent_url}}.');
      assert.strictEqual(focused(), templateField(app, 'en', 'text'));
      await expect(app).to.be.accessible();
    });

    it('going back to the standard wording sends null', async () => {
      api().settings = { ...sampleSettings(), consentRequestTemplate: { de: german, en: english } };
      const app = await mountConsole(api(), { path: '/admin/settings' });
      assert.isTrue(field(app, 'consent-request-own').checked);
      assert.isTrue(field(app, 'consent-request-language-de').checked, 'the first language is shown');
      assert.strictEqual(templateField(app, 'de', 'subject').value, german.subject);
      field(app, 'consent-request-standard').click();
      await rendered(app);
      assert.lengthOf(findAll(view(app), 'input[name="consent-request-language"]'), 0);
      await expect(app).to.be.accessible();
      save(app);
      await saved(app);
      assert.isNull(sentTemplate());
      assert.isTrue(field(app, 'consent-request-standard').checked);
    });

    it('removes a language from the own wording', async () => {
      api().settings = { ...sampleSettings(), consentRequestTemplate: { de: german, en: english } };
      const app = await mountConsole(api(), { path: '/admin/settings' });
      byText(view(app), 'button', 'Remove German (de)').click();
      await rendered(app);
      assert.strictEqual(focused(), field(app, 'consent-request-language-en'));
      assert.isFalse(hasText(view(app), 'button', /^Remove English/), 'the last language stays');
      save(app);
      await saved(app);
      assert.deepEqual(sentTemplate(), { en: english });
    });

    it('shows a marketer the own wording in each language', async () => {
      api().settings = { ...sampleSettings(), consentRequestTemplate: { de: german, en: english } };
      const app = await mountConsole(api(), { path: '/admin/settings', role: 'marketer' });
      const summary = find(view(app), 'dl').textContent.replace(/\s+/g, ' ');
      assert.include(summary, 'Our own wording');
      assert.include(summary, 'German (de) Ihre Einwilligung: {{purpose_name}}');
      assert.include(summary, 'English (en) Your consent: {{purpose_name}}');
      assert.strictEqual(find(view(app), 'dd[lang="de"] .email-text').textContent, german.text);
      assert.lengthOf(findAll(view(app), 'input'), 0);
      await expect(app).to.be.accessible();
    });
  });

  it('has a loading and an error state', async () => {
    const hold = holdAnswers(api());
    api().failures.set('GET /v1/settings', 500);
    const app = await mountConsole(api(), { path: '/admin/settings', loading: true });
    await waitUntil(() => hasText(app, '.state.loading', 'Loading settings…'), 'no loading state');
    await expect(app).to.be.accessible();
    hold.release();
    await waitUntil(() => hasText(app, '.state.error', /server ran into a problem/), 'no error state');
    await expect(app).to.be.accessible();
  });
});
