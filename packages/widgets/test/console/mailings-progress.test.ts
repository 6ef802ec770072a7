import { aTimeout, assert, expect, waitUntil } from '@open-wc/testing';
import type { Mailing } from '@basis/sdk/contract';
import { sendKeys } from '@web/test-runner-commands';
import type { BasisConsole } from '../../src/console/app/console-app.js';
import { BasisMailingView } from '../../src/console/mailings/mailing-view.js';
import type { BasisConfirmDialog } from '../../src/console/ui/confirm-dialog.js';
import { formatDateTime } from '../../src/console/ui/dates.js';
import { byText, currentView, fill, find, findAll, focused, hasText, mountConsole, settled, useFakeConsoleApi } from './support/console.js';
import { CSRF_TOKEN } from './support/sample-data.js';
import { SENDING_ID, SENT_ID, T_FINISHED, T_SCHEDULED, sampleRecipients } from './support/sample-mailings.js';

describe('console: a mailing’s progress and result', () => {
  const api = useFakeConsoleApi();
  const interval = BasisMailingView.pollInterval;
  before(() => {
    BasisMailingView.pollInterval = 40;
  });
  after(() => {
    BasisMailingView.pollInterval = interval;
  });

  const progress = (app: BasisConsole) => find(currentView(app), 'basis-mailing-progress');
  const bar = (app: BasisConsole) => find<HTMLProgressElement>(progress(app), 'progress');
  const total = (app: BasisConsole, key: string) => find(progress(app), `[data-total="${key}"] dd`).textContent.trim();
  const dialog = (app: BasisConsole) => find<BasisConfirmDialog>(progress(app), 'basis-confirm-dialog');
  const sending = () => api().mailings.find((mailing) => mailing.id === SENDING_ID)!;
  const update = (changes: Partial<Mailing>) => {
    api().mailings = api().mailings.map((mailing) => (mailing.id === SENDING_ID ? { ...mailing, ...changes } : mailing));
  };
  const looks = () =>
    api()
      .requestsTo('GET', `/v1/mailings/${SENDING_ID}`)
      .filter((r) => !r.path.includes('/recipients')).length;
  const recipientsList = (app: BasisConsole) => find(currentView(app), 'basis-mailing-recipients');

  it('shows a mailing on its way with a progress bar that follows the server’s totals', async () => {
    const app = await mountConsole(api(), { path: `/admin/mailings/${SENDING_ID}`, role: 'marketer' });
    const view = currentView(app);
    assert.strictEqual(find(view, '#progress-heading').textContent.trim(), 'Progress');
    assert.strictEqual(find(view, '.title .badge').textContent.trim(), 'Sending');
    assert.strictEqual(bar(app).max, 40);
    assert.strictEqual(bar(app).value, 10);
    assert.strictEqual(find(progress(app), 'label[for="progress"]').textContent.trim(), 'Messages settled');
    assert.strictEqual(find(progress(app), '#progress-text').textContent.trim(), '10 of 40 settled');
    assert.deepEqual(
      ['recipients', 'queued', 'sent', 'failed', 'skipped'].map((key) => total(app, key)),
      ['40', '30', '8', '1', '1'],
    );
    assert.include(find(progress(app), '.lead').textContent, 'This page refreshes by itself.');
    await expect(app).to.be.accessible();

    update({ totals: { recipients: 40, queued: 10, sent: 27, failed: 2, skipped: 1 } });
    await waitUntil(() => bar(app).value === 30, 'the bar did not follow the totals');
    assert.strictEqual(find(progress(app), '#progress-text').textContent.trim(), '30 of 40 settled');
    assert.strictEqual(total(app, 'sent'), '27');

    api().recipients[SENDING_ID] = sampleRecipients();
    update({ status: 'sent', finishedAt: T_FINISHED, totals: { recipients: 40, queued: 0, sent: 36, failed: 3, skipped: 1 } });
    await waitUntil(() => hasText(currentView(app), '#progress-heading', 'Result'), 'never finished');
    assert.strictEqual(find(currentView(app), '.notices .state.success').textContent.trim(), '“Trade fair invitation” has been sent.');
    assert.lengthOf(findAll(progress(app), 'progress'), 0);
    assert.lengthOf(findAll(progress(app), '#cancel-mailing'), 0);
    assert.strictEqual(total(app, 'sent'), '36');
    await settled(app);
    assert.lengthOf(findAll(recipientsList(app), 'tbody tr'), 25);
    const asked = looks();
    await aTimeout(200);
    assert.strictEqual(looks(), asked, 'it stopped asking once the mailing was sent');
    await expect(app).to.be.accessible();
  });

  it('stops asking once the view is left', async () => {
    const app = await mountConsole(api(), { path: `/admin/mailings/${SENDING_ID}`, role: 'marketer' });
    await waitUntil(() => looks() >= 2, 'it never asked again');
    find<HTMLAnchorElement>(app, 'nav a[href="/admin/mailings"]').click();
    await settled(app);
    const asked = looks();
    await aTimeout(200);
    assert.strictEqual(looks(), asked);
  });

  it('says when the progress could not be refreshed, and keeps trying', async () => {
    const app = await mountConsole(api(), { path: `/admin/mailings/${SENDING_ID}`, role: 'marketer' });
    api().failures.set('GET /v1/mailings/:id', 500);
    await waitUntil(() => hasText(currentView(app), '.state.error', /could not be refreshed/), 'no word of the failure');
    await expect(app).to.be.accessible();
    api().failures.delete('GET /v1/mailings/:id');
    update({ totals: { ...sending().totals, sent: 20 } });
    await waitUntil(() => total(app, 'sent') === '20', 'it gave up');
    assert.isFalse(hasText(currentView(app), '.state.error', /could not be refreshed/));
  });

  it('waits for a scheduled time, and says so', async () => {
    update({ status: 'scheduled', startedAt: null, totals: { recipients: 0, queued: 0, sent: 0, failed: 0, skipped: 0 } });
    const app = await mountConsole(api(), { path: `/admin/mailings/${SENDING_ID}`, role: 'marketer' });
    assert.strictEqual(
      find(progress(app), '.lead').textContent.trim(),
      `Scheduled for ${formatDateTime(T_SCHEDULED, 'en')}. It starts then; until then you can cancel it.`,
    );
    assert.strictEqual(bar(app).value, 0);
    assert.strictEqual(find(progress(app), '#progress-text').textContent.trim(), 'No message has gone out yet.');
    await expect(app).to.be.accessible();
  });

  it('cancels only once confirmed, and stops asking', async () => {
    const app = await mountConsole(api(), { path: `/admin/mailings/${SENDING_ID}`, role: 'marketer' });
    const cancel = find<HTMLButtonElement>(progress(app), '#cancel-mailing');
    cancel.click();
    await waitUntil(() => dialog(app).open, 'no confirmation');
    assert.strictEqual(find(dialog(app), 'h2').textContent.trim(), 'Cancel “Trade fair invitation”?');
    assert.include(find(dialog(app), '#text').textContent, 'Messages not yet sent are dropped; those already sent stay sent.');
    assert.strictEqual(focused(), dialog(app).shadowRoot!.querySelector('#cancel'), 'Keep it has the focus');
    await expect(app).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog(app).open, 'Escape did not close it');
    assert.lengthOf(api().writes, 0);

    cancel.click();
    await waitUntil(() => dialog(app).open, 'no confirmation');
    dialog(app).shadowRoot!.querySelector<HTMLButtonElement>('#confirm')!.click();
    await waitUntil(() => hasText(currentView(app), '.title .badge', 'Cancelled'), 'not cancelled');
    assert.deepEqual(api().writes, [{ method: 'POST', path: `/v1/mailings/${SENDING_ID}/cancel`, body: undefined, csrf: CSRF_TOKEN }]);
    assert.strictEqual(find(currentView(app), '.notices .state.success').textContent.trim(), '“Trade fair invitation” is cancelled.');
    await waitUntil(() => focused() === find(currentView(app), '#progress-heading'), 'the focus is not on the result');
    const asked = looks();
    await aTimeout(200);
    assert.strictEqual(looks(), asked, 'a cancelled mailing is not asked about again');
    await expect(app).to.be.accessible();
  });

  it('offers Cancel only to those who may send mailings', async () => {
    const app = await mountConsole(api(), { path: `/admin/mailings/${SENDING_ID}`, role: 'viewer' });
    assert.lengthOf(findAll(progress(app), '#cancel-mailing'), 0);
    assert.lengthOf(findAll(progress(app), 'progress'), 1);
  });

  it('shows a sent mailing’s totals, its override, and each recipient with status and error, a page at a time', async () => {
    const app = await mountConsole(api(), { path: `/admin/mailings/${SENT_ID}`, role: 'viewer' });
    const view = currentView(app);
    assert.strictEqual(find(view, '#progress-heading').textContent.trim(), 'Result');
    assert.deepEqual(
      ['recipients', 'queued', 'sent', 'failed', 'skipped'].map((key) => total(app, key)),
      ['30', '0', '27', '2', '1'],
    );
    assert.include(find(view, '.mailing-summary').textContent, 'For 2 persons blocked because of: No legal basis.');
    const rows = findAll(recipientsList(app), 'tbody tr');
    assert.lengthOf(rows, 25);
    const cells = (row: Element) => [...row.children].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim());
    assert.deepEqual(cells(rows[3]!), ['recipient04@example.com', 'Failed', '', '550 5.1.1 Mailbox unavailable']);
    assert.deepEqual(cells(rows[0]!).slice(0, 3), ['recipient01@example.com', 'Sent', formatDateTime(T_FINISHED, 'en')]);
    assert.strictEqual(find<HTMLAnchorElement>(rows[0]!, 'a').getAttribute('href'), `/admin/persons/${sampleRecipients()[0]!.subjectId}`);
    await expect(app).to.be.accessible();

    byText(recipientsList(app), 'button', 'Load more').click();
    await waitUntil(() => findAll(recipientsList(app), 'tbody tr').length === 30, 'no second page');
    assert.strictEqual(cells(findAll(recipientsList(app), 'tbody tr')[29]!)[3], 'Sent under the override: No legal basis');

    fill(find<HTMLSelectElement>(recipientsList(app), '#recipient-status'), 'failed');
    await waitUntil(() => findAll(recipientsList(app), 'tbody tr').length === 2, 'the filter did nothing');
    assert.strictEqual(
      api().requestsTo('GET', `/v1/mailings/${SENT_ID}/recipients`).at(-1)!.path,
      `/v1/mailings/${SENT_ID}/recipients?status=failed&limit=25`,
    );
    fill(find<HTMLSelectElement>(recipientsList(app), '#recipient-status'), 'queued');
    await waitUntil(() => hasText(recipientsList(app), '.state.empty', 'No recipient has this status.'), 'no empty state');
    await expect(app).to.be.accessible();
  });
});
