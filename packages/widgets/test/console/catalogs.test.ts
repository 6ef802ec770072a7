import { assert, expect, waitUntil } from '@open-wc/testing';
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
  settled,
  useFakeConsoleApi,
} from './support/console.js';
import { CSRF_TOKEN } from './support/sample-data.js';

describe('console: purposes, legal bases, sources and topics', () => {
  const api = useFakeConsoleApi();

  const field = <T extends HTMLElement = HTMLInputElement>(app: HTMLElement, name: string) =>
    find<T>(currentView(app as never), `#field-${name}`);
  const submit = (app: HTMLElement) => find<HTMLButtonElement>(currentView(app as never), 'form.editor button[type="submit"]').click();
  const errorUnder = (app: HTMLElement, name: string) => find(currentView(app as never), `#field-${name}-error`).textContent.trim();
  const dialog = (app: HTMLElement) => find<BasisConfirmDialog>(currentView(app as never), 'basis-confirm-dialog');
  const versions = (app: HTMLElement) => findAll(find(app, 'basis-purpose-versions'), 'li');
  const rowOf = (app: HTMLElement, name: string) => byText(currentView(app as never), 'tbody th a', name).closest('tr')!;

  describe('lists', () => {
    it('lists the purposes with their bases, default, version and status', async () => {
      const app = await mountConsole(api(), { path: '/admin/purposes' });
      const row = rowOf(app, 'Newsletter');
      assert.deepEqual(
        [...row.querySelectorAll('td')].map((td) => td.textContent.replace(/\s+/g, ' ').trim()),
        ['Consent', 'None', '2', 'Active', 'Deactivate'],
      );
      assert.include(rowOf(app, 'Personalised offers').textContent, 'Consent, Legitimate interests');
      await expect(app).to.be.accessible();
    });

    it('says what is loading while it loads', async () => {
      const hold = holdAnswers(api());
      const app = await mountConsole(api(), { path: '/admin/topics', loading: true });
      await waitUntil(() => hasText(app, '.state.loading', 'Loading topics…'), 'no loading state');
      assert.strictEqual(find(app, '.state.loading').getAttribute('role'), 'status');
      await expect(app).to.be.accessible();
      hold.release();
      await settled(app);
      assert.isTrue(hasText(app, 'tbody a', 'Product news'));
    });

    it('offers Try again when the list cannot be read, and recovers', async () => {
      api().failures.set('GET /v1/legal-bases', 500);
      const app = await mountConsole(api(), { path: '/admin/legal-bases' });
      assert.include(find(currentView(app), '.state.error').textContent, 'The server ran into a problem.');
      await expect(app).to.be.accessible();
      api().failures.delete('GET /v1/legal-bases');
      byText(currentView(app), 'button', 'Try again').click();
      await settled(app);
      assert.isTrue(hasText(app, 'tbody a', 'Legitimate interests'));
    });

    it('says a catalog is empty, and how to fill it', async () => {
      api().topics = [];
      const app = await mountConsole(api(), { path: '/admin/topics' });
      assert.include(find(currentView(app), '.state.empty').textContent, 'No topics yet.');
      assert.isTrue(hasText(app, 'a.button', 'New topic'));
      await expect(app).to.be.accessible();
    });

    it('shows 25 at a time, and the rest on request', async () => {
      api().sources = Array.from({ length: 30 }, (_, i) => ({
        key: `source_${i}`,
        name: `Source ${String(i).padStart(2, '0')}`,
        description: '',
        builtin: false,
        active: true,
        createdAt: '2026-01-01T00:00:00.000Z',
      }));
      const app = await mountConsole(api(), { path: '/admin/sources' });
      assert.lengthOf(findAll(currentView(app), 'tbody tr'), 25);
      assert.isTrue(hasText(app, 'p', 'Showing 25 of 30.'));
      byText(currentView(app), 'button', 'Show more').click();
      await rendered(app);
      assert.lengthOf(findAll(currentView(app), 'tbody tr'), 30);
    });
  });

  describe('creating', () => {
    it('creates a purpose with exactly what was entered, and opens it', async () => {
      const app = await mountConsole(api(), { path: '/admin/purposes/new' });
      fill(field(app, 'key'), 'event_invites');
      fill(field(app, 'name'), 'Event invitations');
      fill(field<HTMLTextAreaElement>(app, 'description'), 'We invite you to our events.');
      find<HTMLInputElement>(currentView(app), '#field-allowedLegalBases-consent').click();
      submit(app);
      await waitUntil(() => location.pathname === '/admin/purposes/event_invites', 'the new purpose was not opened');
      await settled(app);
      const [request] = api().writes;
      assert.deepEqual(request, {
        method: 'POST',
        path: '/v1/purposes',
        body: {
          key: 'event_invites',
          name: 'Event invitations',
          description: 'We invite you to our events.',
          allowedLegalBases: ['consent'],
        },
        csrf: CSRF_TOKEN,
      });
      assert.strictEqual(find(app, '.flash').textContent.trim(), 'Purpose “Event invitations” created.');
      assert.strictEqual(find(currentView(app), 'h1').textContent.trim(), 'Edit “Event invitations”');
      assert.strictEqual(focused(), find(currentView(app), 'h1'));
    });

    it('refuses what the API would refuse, with the API’s words, before sending', async () => {
      const app = await mountConsole(api(), { path: '/admin/purposes/new' });
      fill(field(app, 'key'), 'Not a key');
      submit(app);
      await rendered(app);
      assert.strictEqual(errorUnder(app, 'key'), 'Use 1–64 lowercase letters, digits or underscores, starting with a letter.');
      assert.strictEqual(errorUnder(app, 'name'), 'Must not be empty.');
      assert.strictEqual(errorUnder(app, 'allowedLegalBases'), 'Allow at least one legal basis.');
      assert.strictEqual(field(app, 'key').getAttribute('aria-invalid'), 'true');
      assert.include(field(app, 'key').getAttribute('aria-describedby'), 'field-key-error');
      assert.strictEqual(focused(), field(app, 'key'));
      assert.lengthOf(api().writes, 0);
      await expect(app).to.be.accessible();
    });

    it('shows the server’s field errors under the fields they name', async () => {
      api().fieldErrors.set('POST /v1/purposes', [
        { field: 'allowedLegalBases.0', in: 'body', message: 'The legal basis "consent" is deactivated.' },
        { field: 'defaultLegalBasis', in: 'body', message: 'The default legal basis must be one of the allowed ones.' },
      ]);
      const app = await mountConsole(api(), { path: '/admin/purposes/new' });
      fill(field(app, 'key'), 'event_invites');
      fill(field(app, 'name'), 'Event invitations');
      find<HTMLInputElement>(currentView(app), '#field-allowedLegalBases-consent').click();
      fill(field<HTMLSelectElement>(app, 'defaultLegalBasis'), 'contract');
      submit(app);
      await waitUntil(() => currentView(app).shadowRoot!.querySelector('#field-allowedLegalBases-error'), 'no field error shown');
      assert.strictEqual(errorUnder(app, 'allowedLegalBases'), 'The legal basis "consent" is deactivated.');
      assert.strictEqual(errorUnder(app, 'defaultLegalBasis'), 'The default legal basis must be one of the allowed ones.');
      assert.include(find(currentView(app), '.form-problems').textContent, 'Some fields need your attention');
      assert.strictEqual(field(app, 'name').value, 'Event invitations', 'what was typed stays');
      assert.strictEqual(focused(), find(currentView(app), '#field-allowedLegalBases-consent'));
      await expect(app).to.be.accessible();
    });

    it('says a refused right plainly, and keeps the form', async () => {
      api().failures.set('POST /v1/legal-bases', 403);
      const app = await mountConsole(api(), { path: '/admin/legal-bases/new' });
      fill(field(app, 'key'), 'research');
      fill(field(app, 'name'), 'Scientific research');
      fill(field<HTMLSelectElement>(app, 'article'), '6.1.e');
      submit(app);
      await waitUntil(() => hasText(app, '.form-problems', /role does not allow/), 'the 403 was not shown');
      assert.deepEqual(api().writes[0]!.body, { key: 'research', name: 'Scientific research', description: '', article: '6.1.e' });
      assert.strictEqual(location.pathname, '/admin/legal-bases/new');
      assert.strictEqual(field(app, 'name').value, 'Scientific research');
      await expect(app).to.be.accessible();
    });

    it('creates a source, which then stays as it is', async () => {
      const app = await mountConsole(api(), { path: '/admin/sources/new' });
      fill(field(app, 'key'), 'phone_call');
      fill(field(app, 'name'), 'Phone call');
      submit(app);
      await waitUntil(() => location.pathname === '/admin/sources/phone_call', 'the new source was not opened');
      await settled(app);
      assert.deepEqual(api().writes[0]!.body, { key: 'phone_call', name: 'Phone call', description: '' });
      assert.isEmpty(findAll(currentView(app), 'form'));
      assert.include(currentView(app).shadowRoot!.textContent, 'A source cannot be changed once it exists');
      await expect(app).to.be.accessible();
    });
  });

  describe('editing', () => {
    it('sends only what changed, and shows the new text version with what changed', async () => {
      const app = await mountConsole(api(), { path: '/admin/purposes/newsletter' });
      fill(field<HTMLTextAreaElement>(app, 'description'), 'We send news and offers twice a month.');
      submit(app);
      await waitUntil(() => hasText(app, '.state.success', 'Saved.'), 'never saved');
      assert.deepEqual(api().writes, [
        {
          method: 'PATCH',
          path: '/v1/purposes/newsletter',
          body: { description: 'We send news and offers twice a month.' },
          csrf: CSRF_TOKEN,
        },
      ]);
      await waitUntil(() => versions(app).length === 3, 'the new version is not listed');
      const newest = versions(app)[0]!;
      assert.strictEqual(newest.dataset.version, '3');
      assert.strictEqual(newest.querySelector('del')!.textContent, 'removed: every ');
      assert.strictEqual(newest.querySelector('ins')!.textContent, 'added: twice a ');
      await expect(app).to.be.accessible();
    });

    it('shows what each earlier version changed', async () => {
      const app = await mountConsole(api(), { path: '/admin/purposes/newsletter' });
      await waitUntil(() => versions(app).length === 2, 'versions not shown');
      const [second, first] = versions(app);
      assert.include(second!.textContent, 'Version 2');
      assert.include(second!.textContent, 'current');
      assert.deepEqual(
        [...second!.querySelectorAll('ins')].map((ins) => ins.textContent),
        ['added: and offers '],
      );
      assert.include(first!.textContent, 'The first text.');
    });

    it('says so and sends nothing when nothing changed', async () => {
      const app = await mountConsole(api(), { path: '/admin/topics/events' });
      submit(app);
      await waitUntil(() => hasText(app, '.state.success', /Nothing has changed/), 'nothing was said');
      assert.lengthOf(api().writes, 0);
    });

    it('moves a topic to another purpose', async () => {
      const app = await mountConsole(api(), { path: '/admin/topics/events' });
      fill(field<HTMLSelectElement>(app, 'purpose'), 'profiling');
      fill(field(app, 'order'), '5');
      submit(app);
      await waitUntil(() => api().writes.length === 1, 'nothing was sent');
      assert.deepEqual(api().writes[0]!.body, { purpose: 'profiling', order: 5 });
    });
  });

  describe('deactivating', () => {
    it('asks first, in a dialog that Escape cancels, and sends nothing then', async () => {
      const app = await mountConsole(api(), { path: '/admin/topics' });
      const button = find<HTMLButtonElement>(rowOf(app, 'Product news'), 'button');
      button.focus();
      button.click();
      await waitUntil(() => dialog(app).open, 'no dialog');
      assert.include(dialog(app).shadowRoot!.querySelector('h2')!.textContent, 'Deactivate the topic “Product news”?');
      assert.include(dialog(app).shadowRoot!.querySelector('#text')!.textContent, 'People no longer see it');
      assert.strictEqual(focused(), dialog(app).shadowRoot!.querySelector('#cancel'));
      await expect(app).to.be.accessible();
      dialog(app)
        .shadowRoot!.querySelector('dialog')!
        .dispatchEvent(new Event('cancel', { cancelable: true }));
      await waitUntil(() => !dialog(app).open, 'the dialog stayed open');
      assert.lengthOf(api().writes, 0);
      assert.strictEqual(focused(), button, 'the focus is back on the button');
    });

    it('deactivates once confirmed, and can reactivate at once', async () => {
      const app = await mountConsole(api(), { path: '/admin/topics' });
      find<HTMLButtonElement>(rowOf(app, 'Product news'), 'button').click();
      await waitUntil(() => dialog(app).open, 'no dialog');
      dialog(app).shadowRoot!.querySelector<HTMLButtonElement>('#confirm')!.click();
      await waitUntil(() => hasText(app, '.state.success', '“Product news” is deactivated.'), 'never deactivated');
      assert.deepEqual(api().writes[0], { method: 'PATCH', path: '/v1/topics/product_news', body: { active: false }, csrf: CSRF_TOKEN });
      assert.include(rowOf(app, 'Product news').textContent, 'Deactivated');
      find<HTMLButtonElement>(rowOf(app, 'Product news'), 'button').click();
      await waitUntil(() => api().writes.length === 2, 'reactivation was not sent');
      assert.deepEqual(api().writes[1]!.body, { active: true });
    });

    it('deactivates from the entry’s own page too, and says when the server refuses', async () => {
      api().failures.set('PATCH /v1/legal-bases/:key', 409);
      const app = await mountConsole(api(), { path: '/admin/legal-bases/legitimate_interests' });
      find<HTMLButtonElement>(currentView(app), '#active-toggle').click();
      await waitUntil(() => dialog(app).open, 'no dialog');
      dialog(app).shadowRoot!.querySelector<HTMLButtonElement>('#confirm')!.click();
      await waitUntil(() => findAll(currentView(app), '[role="alert"] .state.error').length > 0, 'the refusal was not shown');
      assert.deepEqual(api().writes[0]!.body, { active: false });
      await expect(app).to.be.accessible();
    });
  });

  describe('for a viewer', () => {
    it('shows the lists without New, Deactivate or forms', async () => {
      const app = await mountConsole(api(), { path: '/admin/purposes', role: 'viewer' });
      assert.isFalse(hasText(app, 'a', 'New purpose'));
      assert.isEmpty(findAll(currentView(app), 'tbody button'));
      await expect(app).to.be.accessible();
      byText<HTMLAnchorElement>(currentView(app), 'a', 'Newsletter').click();
      await settled(app);
      assert.strictEqual(find(currentView(app), 'h1').textContent.trim(), 'Newsletter');
      assert.isEmpty(findAll(currentView(app), 'form'));
      assert.isEmpty(findAll(currentView(app), '#active-toggle'));
      assert.include(find(currentView(app), 'dl').textContent, 'We send news and offers every month.');
      await expect(app).to.be.accessible();
    });

    it('says a missing entry is missing', async () => {
      const app = await mountConsole(api(), { path: '/admin/topics/no_such_topic', role: 'viewer' });
      assert.include(find(currentView(app), '.state.error').textContent, 'There is no topic with this key.');
      await expect(app).to.be.accessible();
    });
  });
});
