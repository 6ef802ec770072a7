import { assert, expect, waitUntil } from '@open-wc/testing';
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
import { holdAnswers } from './support/fake-console-api.js';
import { CSRF_TOKEN } from './support/sample-data.js';
import { DRAFT_ID, SENT_ID } from './support/sample-mailings.js';

describe('console: previewing and testing a mailing', () => {
  const api = useFakeConsoleApi();

  const preview = (app: BasisConsole) => find(currentView(app), 'basis-mailing-preview');
  const tester = (app: BasisConsole) => find(currentView(app), 'basis-mailing-test-send');
  const frame = (app: BasisConsole) => find<HTMLIFrameElement>(preview(app), 'iframe');
  const shownLocale = async (app: BasisConsole, locale: string) => {
    await waitUntil(
      () => hasText(preview(app), 'h3', 'Plain-text version') && find(preview(app), 'pre').getAttribute('lang') === locale,
      'no preview',
    );
  };

  it('shows the subject, the HTML in a frame that runs nothing, and the plain text, filled in for a sample person', async () => {
    const app = await mountConsole(api(), { path: `/admin/mailings/${DRAFT_ID}`, role: 'marketer' });
    await shownLocale(app, 'en');
    assert.strictEqual(find(preview(app), '.subject').textContent.trim(), 'Spring news for Alex Example');
    assert.strictEqual(frame(app).getAttribute('sandbox'), '');
    assert.include(frame(app).getAttribute('srcdoc'), '<h1>Hello Alex Example</h1>');
    assert.include(frame(app).getAttribute('srcdoc'), 'href="https://privacy.example.com/v1/public/unsubscribe?token=sample"');
    assert.strictEqual(frame(app).title, 'HTML version, English (en)');
    assert.include(find(preview(app), 'pre').textContent, 'Hello Alex Example,\nnew gear is in.');
    assert.deepEqual(
      api()
        .requestsTo('GET', `/v1/mailings/${DRAFT_ID}/preview`)
        .map((r) => r.path),
      [`/v1/mailings/${DRAFT_ID}/preview?locale=en`],
    );
    await expect(app).to.be.accessible();
  });

  it('shows each language the mailing is written in', async () => {
    const app = await mountConsole(api(), { path: `/admin/mailings/${DRAFT_ID}`, role: 'viewer' });
    await shownLocale(app, 'en');
    const language = find<HTMLSelectElement>(preview(app), '#preview-language');
    assert.deepEqual(
      [...language.options].map((option) => option.textContent.trim()),
      ['English (en)', 'German (de)'],
    );
    fill(language, 'de');
    await shownLocale(app, 'de');
    assert.strictEqual(find(preview(app), '.subject').textContent.trim(), 'Frühlingsneuheiten für Alex Example');
    assert.include(frame(app).getAttribute('srcdoc'), '<h1>Hallo Alex Example</h1>');
    assert.strictEqual(frame(app).title, 'HTML version, German (de)');
    assert.include(find(preview(app), 'pre').textContent, 'Hallo Alex Example');
    await expect(app).to.be.accessible();
  });

  it('says when the preview is on its way and when it failed', async () => {
    api().failures.set('GET /v1/mailings/:id/preview', 500);
    const app = await mountConsole(api(), { path: `/admin/mailings/${DRAFT_ID}`, role: 'marketer' });
    assert.include(find(preview(app), '.state.error').textContent, 'The server ran into a problem.');
    await expect(app).to.be.accessible();
    api().failures.delete('GET /v1/mailings/:id/preview');
    const hold = holdAnswers(api());
    byText(preview(app), 'button', 'Try again').click();
    await rendered(app);
    assert.strictEqual(find(preview(app), '.state.loading').textContent.trim(), 'Loading the preview…');
    hold.release();
    await shownLocale(app, 'en');
  });

  it('shows what a sent mailing said', async () => {
    const app = await mountConsole(api(), { path: `/admin/mailings/${SENT_ID}` });
    await shownLocale(app, 'en');
    assert.strictEqual(find(preview(app), '.subject').textContent.trim(), 'Spring news for Alex Example');
  });

  it('sends a test to the signed-in user’s own address, and says where it went', async () => {
    const app = await mountConsole(api(), { path: `/admin/mailings/${DRAFT_ID}`, role: 'marketer' });
    const to = find<HTMLInputElement>(tester(app), '#field-to');
    assert.strictEqual(to.value, 'marketer@northwind.example');
    fill(find<HTMLSelectElement>(tester(app), '#field-locale'), 'de');
    byText(tester(app), 'button', 'Send test').click();
    await waitUntil(() => hasText(tester(app), '.state.success', /test is on its way/), 'no word where it went');
    assert.strictEqual(
      find(tester(app), '.state.success').textContent.trim(),
      'The German (de) test is on its way to marketer@northwind.example. Nobody else receives it.',
    );
    assert.deepEqual(api().writes, [
      { method: 'POST', path: `/v1/mailings/${DRAFT_ID}/test`, body: { to: 'marketer@northwind.example', locale: 'de' }, csrf: CSRF_TOKEN },
    ]);
    await expect(app).to.be.accessible();
  });

  it('refuses a test address that is none, in the contract’s words', async () => {
    const app = await mountConsole(api(), { path: `/admin/mailings/${DRAFT_ID}`, role: 'marketer' });
    const to = find<HTMLInputElement>(tester(app), '#field-to');
    fill(to, 'me at home');
    byText(tester(app), 'button', 'Send test').click();
    await waitUntil(() => findAll(tester(app), '#field-to-error').length === 1, 'no error');
    assert.strictEqual(find(tester(app), '#field-to-error').textContent.trim(), 'Not a valid email address.');
    assert.strictEqual(focused(), to);
    assert.lengthOf(api().writes, 0);
    await expect(app).to.be.accessible();
  });
});
