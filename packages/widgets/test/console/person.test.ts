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
import { ADA_ID, CSRF_TOKEN } from './support/sample-data.js';

const ADA = `/admin/persons/${ADA_ID}`;

describe('console: a person', () => {
  const api = useFakeConsoleApi();

  const part = (app: HTMLElement, tag: string) => find(currentView(app as never), tag);
  const consents = (app: HTMLElement) => part(app, 'basis-person-consents');
  const ledger = (app: HTMLElement) => part(app, 'basis-person-ledger');
  const contact = (app: HTMLElement) => part(app, 'basis-person-contact');
  const row = (root: Element, selector: string) => find(root, selector);
  const cells = (tr: Element) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim());
  const dialog = (app: HTMLElement) => find<BasisConfirmDialog>(consents(app), 'basis-confirm-dialog');

  it('shows contact data, the legal basis per purpose, subscriptions and history', async () => {
    const app = await mountConsole(api(), { path: ADA });
    assert.strictEqual(find(currentView(app), 'h1').textContent.trim(), 'Ada Lovelace');
    assert.strictEqual(document.title, 'Ada Lovelace · Basis Privacy Center');
    assert.include(find(contact(app), 'dl').textContent, 'Analytical Engines Ltd');
    assert.include(find(contact(app), 'dl').textContent, 'gold');
    const newsletter = cells(row(consents(app), 'tr[data-purpose="newsletter"]'));
    assert.deepEqual(newsletter.slice(0, 6), ['Newsletter', 'Consent', 'Active', newsletter[3]!, 'The person', 'Web form']);
    const evidence = find<HTMLDetailsElement>(row(consents(app), 'tr[data-purpose="newsletter"]'), 'details.evidence');
    assert.isFalse(evidence.open, 'the evidence waits to be asked for');
    find(evidence, 'summary').click();
    const shown = [...evidence.querySelectorAll('dt')].map(
      (dt) => `${dt.textContent.trim()}: ${dt.nextElementSibling!.textContent.trim()}`,
    );
    assert.includeMembers(shown, [
      'Purpose text version: 2',
      'Form version: 3',
      'Text shown: Yes, send me the newsletter.',
      'Page: https://www.northwind.example/',
      'IP address (shortened): 203.0.113.0',
    ]);
    assert.match(
      shown.find((line) => line.startsWith('Submitted:'))!,
      /2026/,
    );
    assert.match(newsletter[3]!, /2026/);
    assert.deepEqual(cells(row(consents(app), 'tr[data-purpose="profiling"]')).slice(0, 2), ['Personalised offers', 'No legal basis']);
    assert.deepEqual(cells(row(currentView(app), 'tr[data-topic="product_news"]')).slice(0, 2), ['Product news', 'Subscribed']);
    assert.deepEqual(cells(row(ledger(app), 'tr[data-event="evt-2"]')).slice(2, 4), [
      'Legal basis',
      'Newsletter: Consent, Active (source: Web form)',
    ]);
    await expect(app).to.be.accessible();
  });

  it('says so for a person who does not exist', async () => {
    const app = await mountConsole(api(), { path: '/admin/persons/00000000-0000-4000-8000-999999999999' });
    assert.include(find(currentView(app), '.state.error').textContent, 'There is no person with this id.');
    await expect(app).to.be.accessible();
  });

  it('has a loading and an error state', async () => {
    const hold = holdAnswers(api());
    api().failures.set('GET /v1/subjects/:id/consents', 500);
    const app = await mountConsole(api(), { path: ADA, loading: true });
    await waitUntil(() => hasText(app, '.state.loading', 'Loading the person…'), 'no loading state');
    await expect(app).to.be.accessible();
    hold.release();
    await waitUntil(() => hasText(app, '.state.error', /server ran into a problem/), 'no error state', { timeout: 5000 });
    await expect(app).to.be.accessible();
  });

  it('changes contact data, sending only what changed', async () => {
    const app = await mountConsole(api(), { path: ADA });
    byText(contact(app), 'button', 'Edit contact data').click();
    await rendered(app);
    assert.strictEqual(focused(), find(contact(app), '#field-email'));
    fill(find<HTMLInputElement>(contact(app), '#field-phone'), '');
    fill(find<HTMLInputElement>(contact(app), '#field-company'), 'Babbage & Co');
    byText(contact(app), 'button', 'Save').click();
    await waitUntil(() => hasText(contact(app), '.state.success', 'Contact data saved.'), 'never saved');
    assert.deepEqual(api().writes, [
      { method: 'PATCH', path: `/v1/subjects/${ADA_ID}`, body: { phone: null, company: 'Babbage & Co' }, csrf: CSRF_TOKEN },
    ]);
    assert.include(find(contact(app), 'dl').textContent, 'Babbage & Co');
  });

  it('shows the server’s error under the email field', async () => {
    api().fieldErrors.set('PATCH /v1/subjects/:id', [{ field: 'email', in: 'body', message: 'Another person has this email address.' }]);
    const app = await mountConsole(api(), { path: ADA });
    byText(contact(app), 'button', 'Edit contact data').click();
    await rendered(app);
    fill(find<HTMLInputElement>(contact(app), '#field-email'), 'grace@example.com');
    byText(contact(app), 'button', 'Save').click();
    await waitUntil(() => contact(app).shadowRoot!.querySelector('#field-email-error'), 'no field error');
    assert.strictEqual(find(contact(app), '#field-email-error').textContent.trim(), 'Another person has this email address.');
    assert.strictEqual(focused(), find(contact(app), '#field-email'));
    await expect(app).to.be.accessible();
  });

  it('sets a legal basis by hand, with a comment, as a manual change', async () => {
    const app = await mountConsole(api(), { path: ADA });
    find<HTMLButtonElement>(row(consents(app), 'tr[data-purpose="profiling"]'), 'button').click();
    await waitUntil(() => dialog(app).open, 'no dialog');
    assert.strictEqual(focused(), find(consents(app), '#consent-basis'));
    await expect(app).to.be.accessible();

    dialog(app).shadowRoot!.querySelector<HTMLButtonElement>('#confirm')!.click();
    await rendered(app);
    assert.isTrue(dialog(app).open, 'a missing comment keeps the dialog open');
    assert.strictEqual(find(consents(app), '#consent-comment-error').textContent.trim(), 'Say why: the comment is kept as evidence.');
    assert.strictEqual(focused(), find(consents(app), '#consent-comment'));

    fill(find<HTMLSelectElement>(consents(app), '#consent-basis'), 'consent');
    fill(find<HTMLTextAreaElement>(consents(app), '#consent-comment'), 'Asked for offers at the trade fair.');
    dialog(app).shadowRoot!.querySelector<HTMLButtonElement>('#confirm')!.click();
    await waitUntil(() => hasText(consents(app), '.state.success', 'Legal basis for “Personalised offers” set.'), 'never set');
    assert.deepEqual(api().writes, [
      {
        method: 'PUT',
        path: `/v1/subjects/${ADA_ID}/consents/profiling`,
        body: { legalBasis: 'consent', status: 'active', source: 'manual', evidence: { comment: 'Asked for offers at the trade fair.' } },
        csrf: CSRF_TOKEN,
      },
    ]);
    await rendered(app);
    assert.deepEqual(cells(row(consents(app), 'tr[data-purpose="profiling"]')).slice(1, 3), ['Consent', 'Active']);
    assert.include(cells(row(consents(app), 'tr[data-purpose="profiling"]'))[4], 'You');
    await waitUntil(() => findAll(ledger(app), 'tbody tr').length === 3, 'the history did not show the change');
  });

  it('withdraws a legal basis, confirmed, keeping the basis and recording the comment', async () => {
    const app = await mountConsole(api(), { path: ADA });
    byText(row(consents(app), 'tr[data-purpose="newsletter"]'), 'button', /^Withdraw/).click();
    await waitUntil(() => dialog(app).open, 'no dialog');
    assert.include(dialog(app).shadowRoot!.querySelector('h2')!.textContent, 'Withdraw the legal basis for “Newsletter”');
    fill(find<HTMLTextAreaElement>(consents(app), '#consent-comment'), 'Asked us by phone to stop.');
    dialog(app).shadowRoot!.querySelector<HTMLButtonElement>('#confirm')!.click();
    await waitUntil(() => api().writes.length === 1, 'nothing was sent');
    assert.deepEqual(api().writes[0]!.body, {
      legalBasis: 'consent',
      status: 'withdrawn',
      source: 'manual',
      evidence: { comment: 'Asked us by phone to stop.' },
    });
    await waitUntil(() => cells(row(consents(app), 'tr[data-purpose="newsletter"]'))[2] === 'Withdrawn', 'the status did not change');
  });

  it('says so when the server refuses the change', async () => {
    api().failures.set('PUT /v1/subjects/:id/consents/:purposeKey', 403);
    const app = await mountConsole(api(), { path: ADA });
    byText(row(consents(app), 'tr[data-purpose="newsletter"]'), 'button', /^Withdraw/).click();
    await waitUntil(() => dialog(app).open, 'no dialog');
    fill(find<HTMLTextAreaElement>(consents(app), '#consent-comment'), 'Asked us to stop.');
    dialog(app).shadowRoot!.querySelector<HTMLButtonElement>('#confirm')!.click();
    await waitUntil(() => hasText(consents(app), '.state.error', /role does not allow/), 'the refusal was not shown');
    assert.strictEqual(cells(row(consents(app), 'tr[data-purpose="newsletter"]'))[2], 'Active');
    await expect(app).to.be.accessible();
  });

  it('reads a long history 25 events at a time with Load more, moving the focus to the next page, and tries a failed page again', async () => {
    const [first] = api().ledger;
    api().ledger = Array.from({ length: 30 }, (_, i) => ({ ...first!, id: `evt-${i + 1}`, seq: i + 1 }));
    const app = await mountConsole(api(), { path: ADA });
    assert.lengthOf(findAll(ledger(app), 'tbody tr'), 25);
    api().failures.set('GET /v1/subjects/:id/ledger', 500);
    byText(ledger(app), 'button', 'Load more').click();
    await waitUntil(() => hasText(ledger(app), '.state.error', /server ran into a problem/), 'the failure was not shown');
    api().failures.delete('GET /v1/subjects/:id/ledger');
    byText(ledger(app), 'button', 'Load more').click();
    await waitUntil(() => findAll(ledger(app), 'tbody tr').length === 30, 'the next page never came');
    await settled(app);
    assert.strictEqual(focused(), findAll(ledger(app), 'tbody tr')[25]);
    assert.isFalse(hasText(ledger(app), 'button', 'Load more'));
    await expect(app).to.be.accessible();
  });

  it('verifies the history: intact', async () => {
    const app = await mountConsole(api(), { path: ADA });
    byText(ledger(app), 'button', 'Verify').click();
    await waitUntil(() => hasText(ledger(app), '#verification', 'Intact: all 2 events verified.'), 'no result');
    assert.deepEqual(
      api()
        .requestsTo('GET', '/v1/ledger/verify')
        .map((r) => r.path),
      [`/v1/ledger/verify?subject=${ADA_ID}`],
    );
    await expect(app).to.be.accessible();
  });

  it('verifies the history: shows the first broken event', async () => {
    api().verification = { ok: false, events: 1, firstBrokenEvent: 'evt-2', reason: 'Event evt-2: its content does not match its hash.' };
    const app = await mountConsole(api(), { path: ADA });
    byText(ledger(app), 'button', 'Verify').click();
    await waitUntil(() => hasText(ledger(app), '#verification p', /Broken at event 2/), 'no result');
    assert.include(find(ledger(app), '#verification').textContent, 'its content does not match its hash');
    const broken = row(ledger(app), 'tr[data-event="evt-2"]');
    assert.isTrue(broken.classList.contains('broken'));
    assert.include(broken.textContent, 'first broken event');
    await expect(app).to.be.accessible();
  });

  it('downloads the receipt of a consent event as a JSON file', async () => {
    const app = await mountConsole(api(), { path: ADA });
    let download: { name: string; href: string } | undefined;
    const capture = (event: MouseEvent) => {
      const link = event.composedPath()[0];
      if (link instanceof HTMLAnchorElement && link.download) {
        event.preventDefault();
        download = { name: link.download, href: link.href };
      }
    };
    document.addEventListener('click', capture, true);
    try {
      const button = find<HTMLButtonElement>(row(ledger(app), 'tr[data-event="evt-2"]'), 'button');
      assert.strictEqual(button.getAttribute('aria-label'), 'Download the receipt of event 2 (JSON)');
      button.click();
      await waitUntil(() => download, 'nothing was downloaded');
    } finally {
      document.removeEventListener('click', capture, true);
    }
    assert.strictEqual(download!.name, 'consent-receipt-evt-2.json');
    assert.match(download!.href, /^blob:/);
    const receipt = await (await fetch(download!.href)).json();
    assert.include(receipt, { eventId: 'evt-2', eventHash: 'hash-2', status: 'active' });
    assert.lengthOf(findAll(row(ledger(app), 'tr[data-event="evt-1"]'), 'button'), 0, 'a subscription event has no receipt');
  });

  it('shows a viewer everything, but no way to change it', async () => {
    const app = await mountConsole(api(), { path: ADA, role: 'viewer' });
    assert.isFalse(hasText(contact(app), 'button', 'Edit contact data'));
    assert.lengthOf(findAll(consents(app), 'tbody button'), 0);
    assert.isTrue(hasText(ledger(app), 'button', 'Verify'), 'verifying changes nothing, so a viewer may');
    await expect(app).to.be.accessible();
  });

  it('shows fields the user may not see as hidden, and never sends them', async () => {
    api().subjects[0] = { ...api().subjects[0]!, phone: null, masked: ['phone'] };
    const app = await mountConsole(api(), { path: ADA, role: 'marketer' });
    assert.include(find(contact(app), 'dl').textContent, 'Hidden');
    byText(contact(app), 'button', 'Edit contact data').click();
    await rendered(app);
    assert.isTrue(find<HTMLInputElement>(contact(app), '#field-phone').readOnly);
    fill(find<HTMLInputElement>(contact(app), '#field-name'), 'Ada King');
    byText(contact(app), 'button', 'Save').click();
    await waitUntil(() => api().writes.length === 1, 'nothing was sent');
    assert.deepEqual(api().writes[0]!.body, { name: 'Ada King' });
  });
});
