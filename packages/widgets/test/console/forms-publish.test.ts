import { assert, expect, waitUntil } from '@open-wc/testing';
import type { BasisConsole } from '../../src/console/app/console-app.js';
import { fill, find, focused, hasText, mountConsole, rendered, useFakeConsoleApi } from './support/console.js';
import { button, control, dialog, view } from './support/form-designer.js';
import { CSRF_TOKEN } from './support/sample-data.js';
import { EVENTS_ID, SIGN_UP_ID } from './support/sample-forms.js';

describe('console: publishing and embedding a form', () => {
  const api = useFakeConsoleApi();

  const question = (app: BasisConsole) => {
    const root = dialog(app).shadowRoot!;
    return [root.querySelector('h2')!.textContent.trim(), root.querySelector('#text')!.textContent.trim()];
  };
  const answer = (app: BasisConsole, choice: 'confirm' | 'cancel') =>
    dialog(app).shadowRoot!.querySelector<HTMLButtonElement>(`#${choice}`)!.click();
  const snippet = (app: BasisConsole) => find<HTMLTextAreaElement>(view(app), 'basis-embed-snippet').shadowRoot!.querySelector('textarea')!;

  /** The clipboard as a test sees it: what was written to it, or a refusal. */
  function useClipboard(refuse = false): string[] {
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: (text: string) => {
          if (refuse) return Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
          written.push(text);
          return Promise.resolve();
        },
      },
    });
    return written;
  }

  afterEach(() => {
    delete (navigator as { clipboard?: unknown }).clipboard;
  });

  it('asks first, saying what visitors will see, then publishes and shows the version and the embed code', async () => {
    const app = await mountConsole(api(), { path: `/admin/forms/${SIGN_UP_ID}` });
    button(app, 'Publish…').click();
    await waitUntil(() => dialog(app).open, 'no question');
    assert.deepEqual(question(app), [
      'Publish version 3 of “Newsletter sign-up”?',
      'From now on, every page that embeds this form shows version 3, asking for Email and Your name. It has one consent box, not ticked. ' +
        'People confirm by email before their consents count. Version 2 is no longer shown; what was sent with it stays recorded as version 2.',
    ]);
    await expect(app).to.be.accessible();
    answer(app, 'confirm');
    await waitUntil(() => hasText(view(app), '.state.success', 'Version 3 is published: visitors see it now.'), 'never published');
    await rendered(app);
    assert.deepEqual(api().writes, [{ method: 'POST', path: `/v1/forms/${SIGN_UP_ID}/publish`, body: undefined, csrf: CSRF_TOKEN }]);
    assert.strictEqual(focused(), find(view(app), '#embed-heading'), 'the focus goes to the embed code');
    assert.include(find(view(app), '.lead').textContent, 'Visitors see version 3');
    assert.include(find(view(app), 'section[aria-labelledby="embed-heading"]').textContent, 'Visitors see version 3.');
    assert.strictEqual(
      snippet(app).value,
      `<script type="module" src="${location.origin}/embed.js"></script>\n<basis-consent-form form="${SIGN_UP_ID}"></basis-consent-form>`,
    );
    assert.isFalse(hasText(view(app), 'button', 'Publish…'), 'there is nothing new to publish');
    assert.isTrue(hasText(view(app), '.save-bar span', 'Visitors see the latest version: there is nothing new to publish.'));
    await expect(app).to.be.accessible();
  });

  it('publishes nothing when the question is cancelled', async () => {
    const app = await mountConsole(api(), { path: `/admin/forms/${SIGN_UP_ID}` });
    const publish = button(app, 'Publish…');
    publish.focus();
    publish.click();
    await waitUntil(() => dialog(app).open, 'no question');
    answer(app, 'cancel');
    await rendered(app);
    assert.lengthOf(api().writes, 0);
    assert.strictEqual(focused(), publish, 'the focus is back on Publish');
  });

  it('saves unsaved changes first, and tells a first version by its own words', async () => {
    const app = await mountConsole(api(), { path: `/admin/forms/${EVENTS_ID}` });
    fill(control(app, 'name'), 'Autumn event registration');
    button(app, 'Publish…').click();
    await waitUntil(() => dialog(app).open, 'no question');
    assert.deepEqual(question(app), [
      'Publish version 1 of “Autumn event registration”?',
      'From now on, every page that embeds this form shows version 1, asking for Email. It has no consent box. ' +
        'Consents count as soon as the form is sent: nobody confirms by email.',
    ]);
    answer(app, 'confirm');
    await waitUntil(() => api().writes.length === 2, 'never published');
    assert.deepEqual(
      api().writes.map((w) => [w.method, w.path, w.body]),
      [
        ['PATCH', `/v1/forms/${EVENTS_ID}`, { name: 'Autumn event registration' }],
        ['POST', `/v1/forms/${EVENTS_ID}/publish`, undefined],
      ],
    );
  });

  it('does not publish what the server refuses to save', async () => {
    api().fieldErrors.set('PATCH /v1/forms/:id', [{ field: 'source', in: 'body', message: 'There is no active source "trade_fair".' }]);
    const app = await mountConsole(api(), { path: `/admin/forms/${EVENTS_ID}` });
    fill(control(app, 'name'), 'Autumn event registration');
    button(app, 'Publish…').click();
    await waitUntil(() => focused() === control(app, 'source'), 'the focus never went to the source');
    assert.strictEqual(
      view(app).shadowRoot!.querySelector('#field-source-error')!.textContent.trim(),
      'There is no active source "trade_fair".',
    );
    assert.isFalse(dialog(app).open);
    assert.deepEqual(
      api().writes.map((w) => w.method),
      ['PATCH'],
    );
  });

  it('copies the embed code, and says so', async () => {
    const written = useClipboard();
    api().forms[0] = { ...api().forms[0]!, hasDraft: false };
    const app = await mountConsole(api(), { path: `/admin/forms/${SIGN_UP_ID}` });
    const embed = find(view(app), 'basis-embed-snippet');
    find<HTMLButtonElement>(embed, 'button').click();
    await waitUntil(() => hasText(embed, '[role="status"]', 'The embed code is copied.'), 'never said it copied');
    assert.deepEqual(written, [snippet(app).value]);
    await expect(app).to.be.accessible();
  });

  it('selects the embed code for the user when the browser refuses the clipboard', async () => {
    useClipboard(true);
    const app = await mountConsole(api(), { path: `/admin/forms/${SIGN_UP_ID}` });
    const embed = find(view(app), 'basis-embed-snippet');
    find<HTMLButtonElement>(embed, 'button').click();
    await waitUntil(() => hasText(embed, '[role="status"]', /could not be copied/), 'never said it failed');
    const code = snippet(app);
    assert.deepEqual([code.selectionStart, code.selectionEnd], [0, code.value.length]);
    await expect(app).to.be.accessible();
  });

  it('has no embed code for a form never published', async () => {
    const app = await mountConsole(api(), { path: `/admin/forms/${EVENTS_ID}` });
    assert.isNull(view(app).shadowRoot!.querySelector('basis-embed-snippet'));
    assert.include(find(view(app), '.lead').textContent, 'A draft, never published: visitors see nothing yet.');
  });
});
