import { assert, expect, waitUntil } from '@open-wc/testing';
import type { BasisConsole } from '../../src/console/app/console-app.js';
import { byText, fill, find, findAll, focused, hasText, mountConsole, rendered, settled, useFakeConsoleApi } from './support/console.js';
import { button, control, dialog, errorUnder, preview, previewLabel, view } from './support/form-designer.js';
import { CSRF_TOKEN } from './support/sample-data.js';
import { SIGN_UP_ID, formId } from './support/sample-forms.js';

const SIGN_UP = `/admin/forms/${SIGN_UP_ID}`;

describe('console: designing a form', () => {
  const api = useFakeConsoleApi();

  const save = (app: BasisConsole) => button(app, 'Save draft').click();
  /** Saves, and waits until the server has the `writes`-th write and the view has said so. */
  const saveAsWrite = async (app: BasisConsole, writes: number) => {
    save(app);
    await waitUntil(
      () => api().writes.length === writes && hasText(view(app), '.state.success', 'Draft saved. Visitors see it once you publish.'),
      'never saved',
    );
  };
  const chooseLanguage = async (app: BasisConsole, tag: string) => {
    find<HTMLInputElement>(view(app), `#language-${tag}`).click();
    await rendered(app);
  };

  describe('a new form', () => {
    it('starts with the email field, double opt-in and texts in the console’s language', async () => {
      const app = await mountConsole(api(), { path: '/admin/forms/new' });
      assert.strictEqual(find(view(app), 'h1').textContent.trim(), 'New form');
      assert.strictEqual(document.title, 'New form · Basis Privacy Center');
      assert.strictEqual(control(app, 'fields.0.key').value, 'email');
      assert.isTrue(control(app, 'fields.0.key').readOnly);
      assert.isTrue(control<HTMLSelectElement>(app, 'fields.0.type').disabled);
      assert.isTrue(control(app, 'fields.0.required').checked && control(app, 'fields.0.required').disabled);
      assert.strictEqual(control(app, 'fields.0.label.en').value, 'Email');
      assert.isTrue(control(app, 'doubleOptIn').checked, 'double opt-in is on by default');
      assert.strictEqual(control<HTMLSelectElement>(app, 'source').value, 'web_form');
      assert.isFalse(hasText(view(app), 'button', /Remove/), 'the email field cannot be removed');
      assert.isFalse(hasText(view(app), 'button', /Publish/), 'a form is saved before it is published');
      await expect(app).to.be.accessible();
    });

    it('saves exactly what was designed as a draft, and opens it', async () => {
      const app = await mountConsole(api(), { path: '/admin/forms/new' });
      fill(control(app, 'name'), 'Newsletter sign-up');
      button(app, 'Add field').click();
      await rendered(app);
      assert.strictEqual(focused(), control(app, 'fields.1.key'), 'the new field’s key has the focus');
      fill(control(app, 'fields.1.key'), 'name');
      control(app, 'fields.1.required').click();
      fill(control(app, 'fields.1.label.en'), 'Your name');
      button(app, 'Add field').click();
      await rendered(app);
      fill(control(app, 'fields.2.key'), 'interest');
      fill(control<HTMLSelectElement>(app, 'fields.2.type'), 'select');
      fill(control(app, 'fields.2.label.en'), 'I am interested in');
      await rendered(app);
      button(app, 'Add choice').click();
      await rendered(app);
      fill(control(app, 'fields.2.options.0.value'), 'hiking');
      fill(control(app, 'fields.2.options.0.label.en'), 'Hiking');
      button(app, 'Add consent box').click();
      await rendered(app);
      assert.strictEqual(control<HTMLSelectElement>(app, 'consentItems.0.purpose').value, 'newsletter');
      fill(
        control<HTMLTextAreaElement>(app, 'consentItems.0.text.en'),
        'Send me the newsletter. [Privacy notice](https://www.northwind.example/privacy)',
      );
      fill(control(app, 'texts.submit.en'), 'Sign up');
      fill(control<HTMLTextAreaElement>(app, 'allowedOrigins'), 'https://www.northwind.example/\n');
      save(app);
      await waitUntil(() => location.pathname === `/admin/forms/${formId(3)}`, 'the new form was not opened');
      await settled(app);
      assert.deepEqual(api().writes, [
        {
          method: 'POST',
          path: '/v1/forms',
          body: {
            name: 'Newsletter sign-up',
            defaultLocale: 'en',
            fields: [
              { key: 'email', type: 'email', required: true, label: { en: 'Email' } },
              { key: 'name', type: 'text', required: true, label: { en: 'Your name' } },
              {
                key: 'interest',
                type: 'select',
                required: false,
                label: { en: 'I am interested in' },
                options: [{ value: 'hiking', label: { en: 'Hiking' } }],
              },
            ],
            consentItems: [
              { purpose: 'newsletter', text: { en: 'Send me the newsletter. [Privacy notice](https://www.northwind.example/privacy)' } },
            ],
            doubleOptIn: true,
            texts: {
              submit: { en: 'Sign up' },
              thankYou: { en: 'Thank you!' },
              checkInbox: { en: 'Almost done: confirm with the link we just emailed you.' },
            },
            source: 'web_form',
            allowedOrigins: ['https://www.northwind.example'],
          },
          csrf: CSRF_TOKEN,
        },
      ]);
      assert.strictEqual(find(app, '.flash').textContent.trim(), 'Form “Newsletter sign-up” saved as a draft.');
      assert.strictEqual(find(view(app), 'h1').textContent.trim(), 'Edit “Newsletter sign-up”');
      assert.include(view(app).shadowRoot!.textContent, 'A draft, never published');
      await expect(app).to.be.accessible();
    });

    it('refuses what the API would refuse, in the API’s words, before sending', async () => {
      const app = await mountConsole(api(), { path: '/admin/forms/new' });
      fill(control(app, 'fields.0.label.en'), ' ');
      fill(control(app, 'allowedOrigins'), 'www.northwind.example');
      save(app);
      await rendered(app);
      assert.strictEqual(errorUnder(app, 'name'), 'Must not be empty.');
      assert.strictEqual(errorUnder(app, 'fields.0.label.en'), 'Must not be empty.');
      assert.strictEqual(errorUnder(app, 'allowedOrigins'), 'Use an origin such as "https://www.example.com", without a path.');
      assert.strictEqual(control(app, 'name').getAttribute('aria-invalid'), 'true');
      assert.include(control(app, 'name').getAttribute('aria-describedby'), 'field-name-error');
      assert.strictEqual(focused(), control(app, 'name'));
      assert.include(find(view(app), '.form-problems').textContent, 'Some fields need your attention');
      assert.lengthOf(api().writes, 0);
      await expect(app).to.be.accessible();
    });

    it('asks for the “check your inbox” text only with double opt-in', async () => {
      const app = await mountConsole(api(), { path: '/admin/forms/new' });
      fill(control(app, 'name'), 'Quick sign-up');
      fill(control<HTMLTextAreaElement>(app, 'texts.checkInbox.en'), '');
      save(app);
      await rendered(app);
      assert.strictEqual(errorUnder(app, 'texts.checkInbox.en'), 'Must not be empty.');
      control(app, 'doubleOptIn').click();
      save(app);
      await waitUntil(() => api().writes.length === 1, 'never sent');
      const body = api().writes[0]!.body as { doubleOptIn: boolean; texts: object };
      assert.isFalse(body.doubleOptIn);
      assert.deepEqual(body.texts, { thankYou: { en: 'Thank you!' } });
    });
  });

  describe('an existing form', () => {
    it('shows what visitors see, and sends only what changed', async () => {
      const app = await mountConsole(api(), { path: SIGN_UP });
      assert.strictEqual(document.title, 'Newsletter sign-up · Basis Privacy Center');
      assert.include(find(view(app), '.lead').textContent, 'Visitors see version 2, published Jan 5, 2026. The draft has changes');
      fill(control(app, 'name'), 'Monthly newsletter');
      await saveAsWrite(app, 1);
      fill(control(app, 'fields.1.label.en'), 'Full name');
      await saveAsWrite(app, 2);
      assert.deepEqual(
        api().writes.map(({ method, path, body, csrf }) => ({ method, path, body, csrf })),
        [
          { method: 'PATCH', path: `/v1/forms/${SIGN_UP_ID}`, body: { name: 'Monthly newsletter' }, csrf: CSRF_TOKEN },
          {
            method: 'PATCH',
            path: `/v1/forms/${SIGN_UP_ID}`,
            body: {
              fields: [
                { key: 'email', type: 'email', required: true, label: { en: 'Email', de: 'E-Mail' }, help: { en: 'We never share it.' } },
                { key: 'name', type: 'text', required: false, label: { en: 'Full name', de: 'Ihr Name' } },
              ],
            },
            csrf: CSRF_TOKEN,
          },
        ],
      );
      save(app);
      await waitUntil(() => hasText(view(app), '.state.success', 'Nothing has changed, so nothing was saved.'), 'no word about nothing');
      assert.lengthOf(api().writes, 2);
      await expect(app).to.be.accessible();
    });

    it('edits every text in a second language, and adds a third', async () => {
      const app = await mountConsole(api(), { path: SIGN_UP });
      await chooseLanguage(app, 'de');
      assert.strictEqual(find(view(app), 'label[for="field-fields-1-label-de"]').textContent.trim(), 'Label (German)');
      assert.strictEqual(control(app, 'fields.1.label.de').value, 'Ihr Name');
      assert.include(
        find(view(app), '#field-fields-0-help-de-hint').textContent,
        'Left empty, visitors read the English text: “We never share it.”',
      );
      fill(control(app, 'fields.1.label.de'), 'Vor- und Nachname');
      fill(control(app, 'fields.0.help.de'), 'Wir geben sie nie weiter.');

      find<HTMLSelectElement>(view(app), '#new-language').value = 'fr';
      button(app, 'Add language').click();
      await rendered(app);
      assert.strictEqual(focused(), find(view(app), '#language-fr'));
      assert.isTrue(find<HTMLInputElement>(view(app), '#language-fr').checked, 'the new language is being edited');
      fill(control(app, 'fields.0.label.fr'), 'E-mail');
      await saveAsWrite(app, 1);
      const { fields } = api().writes[0]!.body as { fields: unknown };
      assert.deepEqual(fields, [
        {
          key: 'email',
          type: 'email',
          required: true,
          label: { en: 'Email', de: 'E-Mail', fr: 'E-mail' },
          help: { en: 'We never share it.', de: 'Wir geben sie nie weiter.' },
        },
        { key: 'name', type: 'text', required: false, label: { en: 'Your name', de: 'Vor- und Nachname' } },
      ]);
      await expect(app).to.be.accessible();
    });

    it('removes a language with its texts, once confirmed, and never the default', async () => {
      const app = await mountConsole(api(), { path: SIGN_UP });
      await chooseLanguage(app, 'de');
      button(app, 'Remove German').click();
      await waitUntil(() => dialog(app).open, 'no question');
      assert.strictEqual(dialog(app).shadowRoot!.querySelector('h2')!.textContent.trim(), 'Remove German?');
      await expect(app).to.be.accessible();
      dialog(app).shadowRoot!.querySelector<HTMLButtonElement>('#confirm')!.click();
      await rendered(app);
      assert.lengthOf(findAll(view(app), 'input[name="editing-language"]'), 1);
      assert.isFalse(hasText(view(app), 'button', /Remove English/));
      await saveAsWrite(app, 1);
      const body = api().writes[0]!.body as { consentItems: { text: object }[]; texts: { submit: object } };
      assert.deepEqual(body.consentItems[0]!.text, {
        en: 'Send me the newsletter. [Privacy notice](https://www.northwind.example/privacy)',
      });
      assert.deepEqual(body.texts.submit, { en: 'Sign up' });
    });

    it('puts the server’s errors under the controls they name, in their language, with the focus on the first', async () => {
      api().fieldErrors.set('PATCH /v1/forms/:id', [
        { field: 'consentItems.0.required', in: 'body', message: 'Consent cannot be a condition of the service (GDPR Art. 7(4)).' },
        { field: 'fields.1.label.de', in: 'body', message: 'Give this text in German too.' },
        { field: 'texts.checkInbox', in: 'body', message: 'With double opt-in, give the "check your inbox" text.' },
      ]);
      const app = await mountConsole(api(), { path: SIGN_UP });
      fill(control(app, 'fields.1.label.en'), 'Full name');
      save(app);
      await waitUntil(() => errorUnder(app, 'fields.1.label.de') !== undefined, 'the error was not shown in German');
      assert.isTrue(find<HTMLInputElement>(view(app), '#language-de').checked, 'the language of the first error is being edited');
      assert.strictEqual(focused(), control(app, 'fields.1.label.de'));
      assert.strictEqual(errorUnder(app, 'fields.1.label.de'), 'Give this text in German too.');
      assert.strictEqual(errorUnder(app, 'consentItems.0.legalBasis'), 'Consent cannot be a condition of the service (GDPR Art. 7(4)).');
      assert.strictEqual(errorUnder(app, 'texts.checkInbox.de'), 'With double opt-in, give the "check your inbox" text.');
      assert.include(find(view(app), 'label[for="language-de"]').textContent, '1 to fix');
      assert.strictEqual(control(app, 'name').value, 'Newsletter sign-up', 'what was typed stays');
      await expect(app).to.be.accessible();
    });

    it('makes a box required only by choosing another legal basis its purpose allows', async () => {
      const app = await mountConsole(api(), { path: SIGN_UP });
      const records = (index: number) =>
        [...control<HTMLSelectElement>(app, `consentItems.${index}.legalBasis`).options].map((o) => o.textContent.trim());
      assert.deepEqual(records(0), ['Consent: the box is optional'], 'the newsletter allows consent only');
      button(app, 'Add consent box').click();
      await rendered(app);
      assert.strictEqual(control<HTMLSelectElement>(app, 'consentItems.1.purpose').value, 'profiling');
      assert.deepEqual(records(1), ['Consent: the box is optional', 'Legitimate interests: the box must be ticked']);
      fill(control<HTMLTextAreaElement>(app, 'consentItems.1.text.en'), 'Show me offers that suit me.');
      fill(control<HTMLSelectElement>(app, 'consentItems.1.legalBasis'), 'legitimate_interests');
      assert.isFalse(hasText(view(app), 'button', 'Add consent box'), 'every purpose has its box');
      await saveAsWrite(app, 1);
      assert.deepEqual((api().writes[0]!.body as { consentItems: unknown[] }).consentItems[1], {
        purpose: 'profiling',
        text: { en: 'Show me offers that suit me.' },
        required: true,
        legalBasis: 'legitimate_interests',
      });
      await rendered(app);
      const box = preview(app).shadowRoot!.querySelector<HTMLInputElement>('[name="consents.profiling"]')!;
      assert.isTrue(box.required);
      assert.isFalse(box.checked, 'never ticked beforehand');
    });

    it('moves a field with its buttons, and removes one once confirmed', async () => {
      const app = await mountConsole(api(), { path: SIGN_UP });
      const keys = () => findAll<HTMLInputElement>(view(app), 'input[name$=".key"]').map((input) => input.value);
      const up = find<HTMLButtonElement>(view(app), '[aria-label="Move up: Your name"]');
      up.focus();
      up.click();
      await rendered(app);
      assert.deepEqual(keys(), ['name', 'email']);
      assert.strictEqual(focused()?.getAttribute('aria-label'), 'Move down: Your name', 'at the top, the focus goes to Move down');
      assert.strictEqual(find(view(app), 'p.sr-only[role="status"]').textContent.trim(), '“Your name” is now at position 1 of 2.');

      find<HTMLButtonElement>(view(app), '[aria-label="Remove: Your name"]').click();
      await waitUntil(() => dialog(app).open, 'no question');
      assert.strictEqual(dialog(app).shadowRoot!.querySelector('h2')!.textContent.trim(), 'Remove the field “Your name”?');
      dialog(app).shadowRoot!.querySelector<HTMLButtonElement>('#cancel')!.click();
      await rendered(app);
      assert.deepEqual(keys(), ['name', 'email'], 'cancelled: nothing removed');
      find<HTMLButtonElement>(view(app), '[aria-label="Remove: Your name"]').click();
      await waitUntil(() => dialog(app).open, 'no question');
      dialog(app).shadowRoot!.querySelector<HTMLButtonElement>('#confirm')!.click();
      await rendered(app);
      assert.deepEqual(keys(), ['email']);
      assert.strictEqual(focused(), control(app, 'fields.0.key'));
      await saveAsWrite(app, 1);
      assert.deepEqual(
        (api().writes[0]!.body as { fields: { key: string }[] }).fields.map((f) => f.key),
        ['email'],
      );
    });

    it('says a refused save plainly, and keeps the design', async () => {
      api().failures.set('PATCH /v1/forms/:id', 500);
      const app = await mountConsole(api(), { path: SIGN_UP });
      fill(control(app, 'name'), 'Monthly newsletter');
      save(app);
      await waitUntil(() => hasText(view(app), '.form-problems', /The server ran into a problem/), 'the failure was not said');
      assert.strictEqual(control(app, 'name').value, 'Monthly newsletter');
      await expect(app).to.be.accessible();
    });

    it('says when there is no such form', async () => {
      const app = await mountConsole(api(), { path: `/admin/forms/${formId(99)}` });
      assert.include(find(view(app), '.state.error').textContent, 'This no longer exists.');
      await expect(app).to.be.accessible();
    });

    it('asks before leaving with unsaved changes', async () => {
      const app = await mountConsole(api(), { path: SIGN_UP });
      fill(control(app, 'name'), 'Monthly newsletter');
      byText(app, 'nav a', 'Persons').click();
      await waitUntil(() => dialog(app).open, 'no question');
      assert.strictEqual(dialog(app).shadowRoot!.querySelector('h2')!.textContent.trim(), 'Leave without saving?');
      dialog(app).shadowRoot!.querySelector<HTMLButtonElement>('#cancel')!.click();
      await rendered(app);
      assert.strictEqual(location.pathname, SIGN_UP);
      assert.strictEqual(control(app, 'name').value, 'Monthly newsletter');
      byText(app, 'nav a', 'Persons').click();
      await waitUntil(() => dialog(app).open, 'no question the second time');
      dialog(app).shadowRoot!.querySelector<HTMLButtonElement>('#confirm')!.click();
      await waitUntil(() => location.pathname === '/admin/persons', 'never left');
      assert.lengthOf(api().writes, 0);
    });

    it('lets go without asking when nothing changed', async () => {
      const app = await mountConsole(api(), { path: SIGN_UP });
      byText(app, 'nav a', 'Forms').click();
      await waitUntil(() => location.pathname === '/admin/forms', 'never left');
    });
  });

  describe('for a role that may not design forms', () => {
    it('shows the form and its preview, with nothing to change', async () => {
      const app = await mountConsole(api(), { path: SIGN_UP, role: 'viewer' });
      assert.strictEqual(find(view(app), 'h1').textContent.trim(), 'Newsletter sign-up');
      assert.include(find(view(app), '.state').textContent, 'Your role may look at forms but not change them.');
      assert.lengthOf(findAll(view(app), 'form.editor'), 0);
      assert.deepEqual(
        [...view(app).shadowRoot!.querySelectorAll<HTMLInputElement>('input, select, textarea')].map((input) => input.name),
        ['editing-language', 'editing-language'],
        'only the language to read in can be chosen',
      );
      assert.isFalse(hasText(view(app), 'button', /Save|Publish|Add|Remove|Move/));
      assert.isFalse(hasText(view(app), 'a', 'Submissions'));
      assert.include(find(view(app), 'dl.summary').textContent, 'Send me the newsletter.');
      assert.strictEqual(previewLabel(app, 'values.email'), 'Email');
      await expect(app).to.be.accessible();

      const newForm = await mountConsole(api(), { path: '/admin/forms/new', role: 'viewer' });
      assert.lengthOf(findAll(view(newForm), 'form.editor'), 0);
    });
  });
});
