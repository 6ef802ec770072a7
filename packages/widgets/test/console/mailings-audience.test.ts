import { assert, expect, waitUntil } from '@open-wc/testing';
import { FINAL_GATE_REASONS, GATE_REASONS } from '@basis/sdk/contract';
import type { BasisConsole } from '../../src/console/app/console-app.js';
import { byText, currentView, find, findAll, focused, hasText, mountConsole, settled, useFakeConsoleApi } from './support/console.js';
import { AUDIENCE_COUNTS, DRAFT_ID } from './support/sample-mailings.js';

describe('console: a mailing’s audience', () => {
  const api = useFakeConsoleApi();

  const audience = (app: BasisConsole) => find(currentView(app), 'basis-mailing-audience');
  const row = (app: BasisConsole, reason: string) => find(audience(app), `tr[data-reason="${reason}"]`);
  const cells = (element: Element) => [...element.children].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim());
  const persons = (app: BasisConsole) => find(audience(app), 'basis-audience-persons');
  const personRows = (app: BasisConsole) => findAll(audience(app), 'basis-audience-persons').flatMap((list) => findAll(list, 'tbody tr'));

  it('counts who the gate lets through and who it blocks, for every reason in the contract’s order, each explained', async () => {
    const app = await mountConsole(api(), { path: `/admin/mailings/${DRAFT_ID}`, role: 'viewer' });
    assert.include(
      find(audience(app), '.lead').textContent,
      'The consent gate’s decision for each of the 49 persons of “Product news” (purpose: Newsletter), as of now.',
    );
    assert.strictEqual(find(audience(app), '.eligible').textContent.trim(), '12 persons may receive it.');
    assert.deepEqual(
      findAll(audience(app), 'tbody tr').map((tr) => tr.dataset.reason),
      ['eligible', ...GATE_REASONS],
    );
    assert.deepEqual(cells(row(app, 'eligible')).slice(0, 3), [
      'Let through',
      '12',
      'An active legal basis for “Newsletter” and subscribed to the topic.',
    ]);
    assert.deepEqual(cells(row(app, 'objected')).slice(0, 3), [
      'Objected (Art. 21(3)) never overridden',
      '2',
      'They objected to direct marketing (GDPR Art. 21(2)). Under Art. 21(3) that is final.',
    ]);
    assert.deepEqual(cells(row(app, 'pending')).slice(0, 3), [
      'Pending double opt-in',
      '1',
      'They signed up but have not yet confirmed the double opt-in email.',
    ]);
    const labels = GATE_REASONS.map((reason) => cells(row(app, reason))[0]!.replace(' never overridden', ''));
    assert.deepEqual(labels, [
      'Anonymized',
      'Invalid email',
      'Objected (Art. 21(3))',
      'Restricted',
      'Opted out of all',
      'Unsubscribed',
      'Withdrawn',
      'Pending double opt-in',
      'Expired',
      'No legal basis',
    ]);
    for (const reason of GATE_REASONS) {
      assert.strictEqual(cells(row(app, reason))[1], String(AUDIENCE_COUNTS[reason]), reason);
      assert.strictEqual(hasText(row(app, reason), '.badge', 'never overridden'), FINAL_GATE_REASONS.includes(reason), reason);
    }
    await expect(app).to.be.accessible();
  });

  it('lists the persons behind a count, linked to their pages, with Load more', async () => {
    const app = await mountConsole(api(), { path: `/admin/mailings/${DRAFT_ID}`, role: 'marketer' });
    assert.lengthOf(findAll(row(app, 'expired'), 'button'), 0, 'nobody to show behind a zero');
    const show = find<HTMLButtonElement>(row(app, 'no_legal_basis'), 'button');
    assert.strictEqual(show.getAttribute('aria-label'), 'Show persons: No legal basis');
    assert.strictEqual(show.getAttribute('aria-expanded'), 'false');
    show.click();
    await waitUntil(() => personRows(app).length === 25, 'no persons');
    assert.strictEqual(show.getAttribute('aria-expanded'), 'true');
    assert.strictEqual(find(persons(app), 'h3').textContent.trim(), 'No legal basis: 27 persons');
    assert.strictEqual(focused(), find(persons(app), 'h3'));
    const first = find<HTMLAnchorElement>(persons(app), 'tbody a');
    assert.strictEqual(first.textContent.trim(), 'no-legal-basis-1@example.com');
    assert.match(first.getAttribute('href')!, /^\/admin\/persons\/00000000-0000-4000-8000-\d{12}$/);
    await expect(app).to.be.accessible();
    byText(persons(app), 'button', 'Load more').click();
    await waitUntil(() => personRows(app).length === 27, 'no second page');
    assert.strictEqual(focused(), findAll(persons(app), 'tbody a')[25]);
    assert.isFalse(hasText(persons(app), 'button', 'Load more'));
    assert.deepEqual(
      api()
        .requestsTo('GET', `/v1/mailings/${DRAFT_ID}/audience/persons`)
        .map((r) => r.path),
      [
        `/v1/mailings/${DRAFT_ID}/audience/persons?reason=no_legal_basis&limit=25`,
        `/v1/mailings/${DRAFT_ID}/audience/persons?reason=no_legal_basis&limit=25&cursor=25`,
      ],
    );

    find<HTMLButtonElement>(row(app, 'eligible'), 'button').click();
    await waitUntil(() => personRows(app).length === 12, 'the persons let through never came');
    assert.strictEqual(find(persons(app), 'h3').textContent.trim(), 'Let through: 12 persons');
    find<HTMLButtonElement>(row(app, 'eligible'), 'button').click();
    await settled(app);
    assert.lengthOf(findAll(audience(app), 'basis-audience-persons'), 0);
  });

  it('shows an address the role may not see as hidden, still linked to the person', async () => {
    const first = api().audience.findIndex((person) => person.reason === 'no_legal_basis');
    api().audience[first] = { ...api().audience[first]!, email: null, masked: ['email'] };
    const app = await mountConsole(api(), { path: `/admin/mailings/${DRAFT_ID}`, role: 'viewer' });
    find<HTMLButtonElement>(row(app, 'no_legal_basis'), 'button').click();
    await waitUntil(() => personRows(app).length > 0, 'no persons');
    const link = find<HTMLAnchorElement>(persons(app), 'tbody a');
    assert.strictEqual(link.textContent.trim(), 'Hidden');
    assert.strictEqual(link.getAttribute('href'), `/admin/persons/${api().audience[first]!.id}`);
    await expect(app).to.be.accessible();
  });

  it('offers Try again when the audience cannot be counted', async () => {
    api().failures.set('GET /v1/mailings/:id/audience', 500);
    const app = await mountConsole(api(), { path: `/admin/mailings/${DRAFT_ID}`, role: 'marketer' });
    const section = find(currentView(app), 'section.audience');
    assert.include(find(section, '.state.error').textContent, 'The server ran into a problem.');
    assert.lengthOf(findAll(currentView(app), 'basis-mailing-send'), 0, 'nothing to send before the audience is known');
    await expect(app).to.be.accessible();
    api().failures.delete('GET /v1/mailings/:id/audience');
    byText(section, 'button', 'Try again').click();
    await settled(app);
    assert.strictEqual(find(audience(app), '.eligible').textContent.trim(), '12 persons may receive it.');
    assert.lengthOf(findAll(currentView(app), 'basis-mailing-send'), 1);
  });

  it('counts again after a save, since the topic may have changed', async () => {
    const app = await mountConsole(api(), { path: `/admin/mailings/${DRAFT_ID}`, role: 'marketer' });
    const editor = find(currentView(app), 'basis-mailing-editor');
    const topic = find<HTMLSelectElement>(editor, '#field-topic');
    topic.value = 'events';
    topic.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    byText(editor, 'button', 'Save draft').click();
    await waitUntil(() => api().requestsTo('GET', `/v1/mailings/${DRAFT_ID}/audience`).length === 2, 'the audience was not counted again');
    await settled(app);
    assert.include(find(audience(app), '.lead').textContent, '“Event invitations”');
  });
});
