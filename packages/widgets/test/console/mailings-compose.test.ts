import { assert, expect, waitUntil } from '@open-wc/testing';
import { MAILING_PLACEHOLDERS } from '@basis/sdk/contract';
import { sendKeys } from '@web/test-runner-commands';
import type { BasisConsole } from '../../src/console/app/console-app.js';
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
import { CSRF_TOKEN } from './support/sample-data.js';
import { DRAFT_ID, SENT_ID, mailingId, sampleContent } from './support/sample-mailings.js';

describe('console: composing a mailing', () => {
  const api = useFakeConsoleApi();

  const editor = (app: BasisConsole) => find(currentView(app), 'basis-mailing-editor');
  const field = <T extends HTMLElement = HTMLInputElement>(app: BasisConsole, name: string) =>
    find<T>(editor(app), `#field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`);
  const errorOf = (app: BasisConsole, name: string) =>
    editor(app)
      .shadowRoot!.querySelector(`#field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}-error`)
      ?.textContent.trim();
  const save = (app: BasisConsole) => byText<HTMLButtonElement>(editor(app), 'button', 'Save draft').click();
  const press = async (key: string, times = 1) => {
    for (let i = 0; i < times; i++) await sendKeys({ press: key });
  };
  const tabTo = async (matches: (element: Element | null) => boolean, limit = 30) => {
    for (let i = 0; i < limit && !matches(focused()); i++) await press('Tab');
    assert.isTrue(matches(focused()), `Tab never reached the element; the focus is on ${focused()?.outerHTML.slice(0, 80)}`);
  };
  const HTML = '<p>Hello {{name}}</p><a href="{{unsubscribe_url}}">Unsubscribe</a>';
  const TEXT = 'Hello {{name}}. Unsubscribe: {{unsubscribe_url}}';

  it('writes a new mailing from scratch with the keyboard alone', async () => {
    const app = await mountConsole(api(), { path: '/admin/mailings/new', role: 'marketer' });
    assert.strictEqual(find(currentView(app), 'h1').textContent.trim(), 'New mailing');
    assert.strictEqual(document.title, 'New mailing · Basis Privacy Center');
    await expect(app).to.be.accessible();
    currentView(app).focusHeading();
    await press('Tab');
    assert.strictEqual(focused(), field(app, 'name'));
    await sendKeys({ type: 'Spring news' });
    await press('Tab');
    assert.strictEqual(focused(), field(app, 'topic'));
    await press('ArrowDown');
    await press('Tab');
    await sendKeys({ type: 'Northwind <news@northwind.example>' });
    await press('Tab', 2);
    assert.strictEqual(focused(), field(app, 'content.en.subject'));
    await sendKeys({ type: 'News for {{name}}' });
    await press('Tab');
    await sendKeys({ type: HTML });
    await press('Tab');
    await sendKeys({ type: TEXT });
    await tabTo((element) => element?.textContent?.trim() === 'Save draft');
    await press('Enter');
    await waitUntil(() => location.pathname === `/admin/mailings/${mailingId(4)}`, 'the draft was not created');
    assert.deepEqual(api().writes, [
      {
        method: 'POST',
        path: '/v1/mailings',
        body: {
          name: 'Spring news',
          topic: 'product_news',
          from: 'Northwind <news@northwind.example>',
          defaultLocale: 'en',
          content: { en: { subject: 'News for {{name}}', html: HTML, text: TEXT } },
        },
        csrf: CSRF_TOKEN,
      },
    ]);
    await waitUntil(() => hasText(app, '.flash', /Draft “Spring news” saved/), 'no word that it was saved');
    await waitUntil(() => hasText(currentView(app), 'h1', 'Spring news'), 'the draft’s page never showed');
  });

  it('names each topic with its purpose, and says who the chosen one reaches', async () => {
    api().topics.push({ ...api().topics[0]!, key: 'offers', name: 'Offers', purpose: 'profiling', order: 3 });
    const app = await mountConsole(api(), { path: '/admin/mailings/new', role: 'marketer' });
    const topic = field<HTMLSelectElement>(app, 'topic');
    assert.deepEqual(
      [...topic.options].map((option) => option.textContent.trim()),
      ['Choose…', 'Product news (purpose: Newsletter)', 'Event invitations (purpose: Newsletter)', 'Offers (purpose: Personalised offers)'],
    );
    fill(topic, 'offers');
    await rendered(app);
    assert.strictEqual(
      find(editor(app), '#field-topic-hint').textContent.trim(),
      'Governed by the purpose “Personalised offers”: only persons subscribed to this topic with an active legal basis for “Personalised offers” receive it.',
    );
  });

  it('lists the placeholders from the contract and the rule that every body offers a way out', async () => {
    const app = await mountConsole(api(), { path: '/admin/mailings/new', role: 'marketer' });
    const help = find(editor(app), 'aside.placeholders');
    assert.deepEqual(
      findAll(help, 'dt').map((dt) => dt.textContent.trim()),
      [...MAILING_PLACEHOLDERS.map((name) => `{{${name}}}`), '{{fields.<key>}}'],
    );
    assert.include(help.textContent, 'Every body, HTML and plain text, must contain {{unsubscribe_url}} or {{manage_url}}');
  });

  it('checks a draft with the contract’s own words before sending anything, the focus on the first field to fix', async () => {
    const app = await mountConsole(api(), { path: '/admin/mailings/new', role: 'marketer' });
    fill(field(app, 'name'), 'Spring news');
    fill(field<HTMLSelectElement>(app, 'topic'), 'product_news');
    fill(field(app, 'from'), 'the news desk');
    fill(field(app, 'content.en.subject'), 'Hello {{first_name}}');
    fill(field<HTMLTextAreaElement>(app, 'content.en.html'), '<p>No way out</p>');
    save(app);
    await waitUntil(() => errorOf(app, 'from'), 'no error under the sender');
    assert.strictEqual(errorOf(app, 'from'), 'Use an address, or a name and an address: "Northwind <news@northwind.example>".');
    assert.strictEqual(
      errorOf(app, 'content.en.subject'),
      'Unknown placeholder {{first_name}}: use {{email}}, {{name}}, {{company}}, {{phone}}, {{manage_url}}, {{unsubscribe_url}}, {{fields.<key>}}.',
    );
    assert.strictEqual(errorOf(app, 'content.en.html'), 'Include {{unsubscribe_url}} or {{manage_url}}.');
    assert.include(errorOf(app, 'content.en.text'), 'Must not be empty.');
    assert.strictEqual(field(app, 'from').getAttribute('aria-invalid'), 'true');
    assert.include(field(app, 'from').getAttribute('aria-describedby'), 'field-from-error');
    assert.strictEqual(focused(), field(app, 'from'));
    assert.lengthOf(api().writes, 0);
    await expect(app).to.be.accessible();
  });

  it('puts the server’s refusals under the fields they name', async () => {
    api().fieldErrors.set('POST /v1/mailings', [
      { field: 'topic', in: 'body', message: 'The topic "product_news" is deactivated.' },
      { field: 'content.en.subject', in: 'body', message: 'Too long for the mail server.' },
    ]);
    const app = await mountConsole(api(), { path: '/admin/mailings/new', role: 'marketer' });
    fill(field(app, 'name'), 'Spring news');
    fill(field<HTMLSelectElement>(app, 'topic'), 'product_news');
    fill(field(app, 'from'), 'news@northwind.example');
    fill(field(app, 'content.en.subject'), 'Spring');
    fill(field<HTMLTextAreaElement>(app, 'content.en.html'), HTML);
    fill(field<HTMLTextAreaElement>(app, 'content.en.text'), TEXT);
    save(app);
    await waitUntil(() => errorOf(app, 'topic'), 'no error under the topic');
    assert.strictEqual(errorOf(app, 'topic'), 'The topic "product_news" is deactivated.');
    assert.strictEqual(errorOf(app, 'content.en.subject'), 'Too long for the mail server.');
    assert.strictEqual(focused(), field(app, 'topic'));
    assert.strictEqual(
      find(editor(app), '.form-problems').textContent.trim(),
      'Some fields need your attention; each says what to change.',
    );
    assert.strictEqual(field(app, 'content.en.subject').value, 'Spring', 'what was typed stays');
    assert.strictEqual(api().writes.length, 1);
    await expect(app).to.be.accessible();
  });

  it('adds a language and removes one, and saves only the content that changed', async () => {
    const app = await mountConsole(api(), { path: `/admin/mailings/${DRAFT_ID}`, role: 'marketer' });
    assert.strictEqual(find(currentView(app), 'h1').textContent.trim(), 'Spring news');
    assert.deepEqual(
      findAll(editor(app), 'fieldset.language > legend').map((legend) => legend.textContent.trim()),
      ['English (en)', 'German (de)'],
    );
    const language = find<HTMLInputElement>(editor(app), '#new-language');
    language.focus();
    await sendKeys({ type: 'fr' });
    await press('Enter');
    await waitUntil(() => findAll(editor(app), 'fieldset.language').length === 3, 'French was not added');
    assert.strictEqual(focused(), field(app, 'content.fr.subject'));
    fill(field(app, 'content.fr.subject'), 'Nouveautés');
    fill(field<HTMLTextAreaElement>(app, 'content.fr.html'), '<p>Bonjour</p><a href="{{manage_url}}">Préférences</a>');
    fill(field<HTMLTextAreaElement>(app, 'content.fr.text'), 'Bonjour. Préférences : {{manage_url}}');
    byText(editor(app), 'button', 'Remove German (de)').click();
    await rendered(app);
    assert.deepEqual(
      findAll(editor(app), 'fieldset.language > legend').map((legend) => legend.textContent.trim()),
      ['English (en)', 'French (fr)'],
    );
    assert.strictEqual(field(app, 'content.en.subject').value, sampleContent().subject, 'the others keep what they say');
    fill(field<HTMLSelectElement>(app, 'defaultLocale'), 'fr');
    save(app);
    await waitUntil(() => hasText(editor(app), '.state.success', 'Draft saved.'), 'never saved');
    assert.deepEqual(api().writes, [
      {
        method: 'PATCH',
        path: `/v1/mailings/${DRAFT_ID}`,
        body: {
          defaultLocale: 'fr',
          content: {
            en: sampleContent(),
            fr: {
              subject: 'Nouveautés',
              html: '<p>Bonjour</p><a href="{{manage_url}}">Préférences</a>',
              text: 'Bonjour. Préférences : {{manage_url}}',
            },
          },
        },
        csrf: CSRF_TOKEN,
      },
    ]);
    assert.notInclude(Object.keys(api().mailings[0]!.content), 'de');
    await expect(app).to.be.accessible();
  });

  it('refuses a language tag that is none, or one the mailing already has', async () => {
    const app = await mountConsole(api(), { path: `/admin/mailings/${DRAFT_ID}`, role: 'marketer' });
    const language = find<HTMLInputElement>(editor(app), '#new-language');
    fill(language, 'French');
    byText(editor(app), 'button', 'Add language').click();
    await rendered(app);
    assert.strictEqual(find(editor(app), '#new-language-error').textContent.trim(), 'Use a language tag such as "en" or "de-CH".');
    assert.strictEqual(language.getAttribute('aria-invalid'), 'true');
    fill(language, 'de');
    byText(editor(app), 'button', 'Add language').click();
    await rendered(app);
    assert.strictEqual(find(editor(app), '#new-language-error').textContent.trim(), 'The mailing is already written in this language.');
    assert.strictEqual(focused(), language);
    assert.lengthOf(findAll(editor(app), 'fieldset.language'), 2);
    await expect(app).to.be.accessible();
  });

  it('sends only what was edited, and says when nothing was', async () => {
    const app = await mountConsole(api(), { path: `/admin/mailings/${DRAFT_ID}`, role: 'marketer' });
    save(app);
    await waitUntil(() => hasText(editor(app), '.state.success', 'Nothing has changed, so nothing was saved.'), 'no word');
    assert.lengthOf(api().writes, 0);
    fill(field(app, 'name'), 'Spring news, final');
    save(app);
    await waitUntil(() => hasText(editor(app), '.state.success', 'Draft saved.'), 'never saved');
    assert.deepEqual(api().writes, [
      { method: 'PATCH', path: `/v1/mailings/${DRAFT_ID}`, body: { name: 'Spring news, final' }, csrf: CSRF_TOKEN },
    ]);
    await waitUntil(() => find(currentView(app), 'h1').textContent.trim() === 'Spring news, final', 'the heading kept the old name');
  });

  it('shows a viewer the draft without a way to change or send it', async () => {
    const app = await mountConsole(api(), { path: `/admin/mailings/${DRAFT_ID}`, role: 'viewer' });
    const view = currentView(app);
    assert.lengthOf(findAll(view, 'basis-mailing-editor'), 0);
    assert.lengthOf(findAll(view, 'basis-mailing-send'), 0);
    assert.lengthOf(findAll(view, 'basis-mailing-test-send'), 0);
    assert.lengthOf(findAll(view, 'form'), 0);
    assert.include(find(view, '.lead').textContent, 'Your role may read it');
    assert.include(find(view, '.mailing-summary').textContent, 'Product news (purpose: Newsletter)');
    assert.lengthOf(findAll(view, 'basis-mailing-audience'), 1, 'reading the audience is allowed');
    assert.lengthOf(findAll(view, 'iframe'), 1, 'and so is the preview');
    await expect(app).to.be.accessible();

    const creating = await mountConsole(api(), { path: '/admin/mailings/new', role: 'viewer' });
    assert.strictEqual(
      find(currentView(creating), '.state.error').textContent.trim(),
      'Your role may read mailings but not write them. Ask an administrator if you need to.',
    );
  });

  it('keeps a mailing that left the draft read-only, even for an administrator', async () => {
    const app = await mountConsole(api(), { path: `/admin/mailings/${SENT_ID}` });
    assert.lengthOf(findAll(currentView(app), 'basis-mailing-editor'), 0);
    assert.lengthOf(findAll(currentView(app), 'basis-mailing-send'), 0);
    assert.strictEqual(find(currentView(app), '.title .badge').textContent.trim(), 'Sent');
  });

  it('says when there is no such mailing', async () => {
    const app = await mountConsole(api(), { path: `/admin/mailings/${mailingId(99)}` });
    assert.strictEqual(find(currentView(app), '.state.error').textContent.trim(), 'There is no mailing with this id.');
    await expect(app).to.be.accessible();
  });
});
