import { assert, expect, waitUntil } from '@open-wc/testing';
import type { BasisConsole } from '../../src/console/app/console-app.js';
import { formatDateTime } from '../../src/console/ui/dates.js';
import { holdAnswers } from './support/fake-console-api.js';
import { byText, currentView, fill, find, findAll, focused, hasText, mountConsole, settled, useFakeConsoleApi } from './support/console.js';
import { ADA_ID, subjectId } from './support/sample-data.js';
import { MAILING_ID, manyOutboxMessages, outboxId, sampleOutbox } from './support/sample-overview.js';

const text = (element: Element) => element.textContent.replace(/\s+/g, ' ').trim();
const cells = (row: Element) => [...row.children].map(text);

describe('console: outbox', () => {
  const api = useFakeConsoleApi();

  const view = (app: BasisConsole) => currentView(app);
  const rows = (app: BasisConsole) => findAll(view(app), 'tbody tr');
  const outboxRequests = () =>
    api()
      .requestsTo('GET', '/v1/outbox')
      .map((r) => r.path);
  const select = (app: BasisConsole, id: 'status-filter' | 'kind-filter') => find<HTMLSelectElement>(view(app), `#${id}`);
  const choose = async (app: BasisConsole, id: 'status-filter' | 'kind-filter', value: string) => {
    const requests = outboxRequests().length;
    fill(select(app, id), value);
    await waitUntil(() => outboxRequests().length === requests + 1, 'the filter was never applied');
    await settled(app);
  };

  it('lists every email newest first: when, what for, to whom, its subject, how it went and when it was sent', async () => {
    const app = await mountConsole(api(), { path: '/admin/outbox' });
    assert.strictEqual(text(find(view(app), 'h1')), 'Outbox');
    assert.strictEqual(text(find(app, 'nav a[aria-current="page"]')), 'Outbox');
    assert.deepEqual(outboxRequests(), ['/v1/outbox?limit=25']);
    const [mailing, , queued, test] = sampleOutbox();
    assert.deepEqual(
      rows(app).map((row) => row.getAttribute('data-message')),
      [outboxId(4), outboxId(3), outboxId(2), outboxId(1)],
    );
    const when = (iso: string | null) => formatDateTime(iso!, 'en');
    assert.deepEqual(cells(rows(app)[0]!), [
      when(mailing!.createdAt),
      'Mailing to a topic Open mailing',
      'ada@example.com Open person',
      'March news for Ada',
      'Sent',
      '1',
      '',
      `${when(mailing!.sentAt)} by SMTP`,
    ]);
    assert.deepEqual(cells(rows(app)[1]!).slice(1), [
      'Double opt-in confirmation',
      'person02@example.com Open person',
      'Please confirm your subscription',
      'Failed',
      '5',
      '550 5.1.1 Mailbox unavailable',
      'Not sent',
    ]);
    assert.deepEqual(cells(rows(app)[2]!).slice(1, 7), [
      'Link to manage subscriptions',
      'Hidden Open person',
      'Your subscriptions',
      `Queued Next try ${when(queued!.nextAttemptAt)}`,
      '1',
      'Connection timed out',
    ]);
    assert.deepEqual(cells(rows(app)[3]!).slice(1), [
      'Test of a mailing Open mailing',
      'grace@northwind.example',
      'Hidden',
      'Sent',
      '1',
      '',
      `${when(test!.sentAt)} kept by the built-in catcher`,
    ]);
    assert.strictEqual(find(rows(app)[0]!, '.badge').className, 'badge good');
    assert.strictEqual(find(rows(app)[1]!, '.badge').className, 'badge bad');
    assert.lengthOf(findAll(rows(app)[1]!, 'a'), 1, 'a message of no mailing links to none');
    await expect(app).to.be.accessible();
  });

  it('links each email to the person it was for, and a mailing’s to its mailing', async () => {
    const app = await mountConsole(api(), { path: '/admin/outbox' });
    assert.deepEqual(
      findAll<HTMLAnchorElement>(view(app), 'tbody a').map((a) => a.getAttribute('href')),
      [
        `/admin/mailings/${MAILING_ID}`,
        `/admin/persons/${ADA_ID}`,
        `/admin/persons/${subjectId(2)}`,
        `/admin/persons/${subjectId(3)}`,
        `/admin/mailings/${MAILING_ID}`,
      ],
    );
    byText(rows(app)[1]!, 'a', 'Open person').click();
    await waitUntil(() => location.pathname === `/admin/persons/${subjectId(2)}`, 'the person never opened');
  });

  it('hides a recipient and a subject line the role may not see', async () => {
    const app = await mountConsole(api(), { path: '/admin/outbox' });
    assert.strictEqual(text(find(rows(app)[2]!, '.recipient')), 'Hidden Open person');
    assert.isFalse(hasText(rows(app)[2]!, 'td', /@/));
    assert.strictEqual(text(find(rows(app)[3]!, '.subject-line')), 'Hidden');
  });

  it('filters by status and kind, keeping both in the address so the list can be shared', async () => {
    const app = await mountConsole(api(), { path: '/admin/outbox' });
    await choose(app, 'status-filter', 'failed');
    assert.strictEqual(outboxRequests()[1], '/v1/outbox?status=failed&limit=25');
    assert.strictEqual(location.pathname + location.search, '/admin/outbox?status=failed');
    assert.deepEqual(
      rows(app).map((row) => row.getAttribute('data-message')),
      [outboxId(3)],
    );
    await choose(app, 'kind-filter', 'double_opt_in');
    assert.strictEqual(outboxRequests()[2], '/v1/outbox?status=failed&kind=double_opt_in&limit=25');
    assert.strictEqual(location.pathname + location.search, '/admin/outbox?status=failed&kind=double_opt_in');
    assert.lengthOf(rows(app), 1);
    assert.strictEqual(text(find(view(app), '[role="status"]')), 'One email shown.');
    await choose(app, 'status-filter', '');
    assert.strictEqual(outboxRequests()[3], '/v1/outbox?kind=double_opt_in&limit=25');
    assert.strictEqual(location.pathname + location.search, '/admin/outbox?kind=double_opt_in');
    await expect(app).to.be.accessible();
  });

  it('opens with the filters of a shared address, and says when nothing matches them', async () => {
    const app = await mountConsole(api(), { path: '/admin/outbox?status=failed&kind=mailing' });
    assert.deepEqual(outboxRequests(), ['/v1/outbox?status=failed&kind=mailing&limit=25']);
    assert.strictEqual(select(app, 'status-filter').value, 'failed');
    assert.strictEqual(select(app, 'kind-filter').value, 'mailing');
    assert.strictEqual(text(find(view(app), '.state.empty')), 'No email matches these filters.');
    await expect(app).to.be.accessible();
  });

  it('loads the next page with Load more, and moves the focus to its first email', async () => {
    api().outbox = manyOutboxMessages(30);
    const app = await mountConsole(api(), { path: '/admin/outbox' });
    assert.lengthOf(rows(app), 25);
    assert.strictEqual(text(find(view(app), '[role="status"]')), '25 emails shown, more can be loaded.');
    byText(view(app), 'button', 'Load more').click();
    await waitUntil(() => rows(app).length === 30, 'the next page never came');
    await settled(app);
    assert.deepEqual(outboxRequests(), ['/v1/outbox?limit=25', '/v1/outbox?limit=25&cursor=25']);
    assert.isFalse(hasText(view(app), 'button', 'Load more'));
    assert.strictEqual(focused(), rows(app)[25]);
    assert.strictEqual(rows(app)[25]!.getAttribute('data-message'), outboxId(5));
    await expect(app).to.be.accessible();
  });

  it('says what is loading, and offers Try again when the outbox cannot be read', async () => {
    const hold = holdAnswers(api());
    api().failures.set('GET /v1/outbox', 500);
    const app = await mountConsole(api(), { path: '/admin/outbox', loading: true });
    await waitUntil(() => hasText(app, '.state.loading', 'Loading the outbox…'), 'no loading state');
    await expect(app).to.be.accessible();
    hold.release();
    await settled(app);
    assert.include(text(find(view(app), '.state.error')), 'The server ran into a problem.');
    await expect(app).to.be.accessible();
    api().failures.delete('GET /v1/outbox');
    byText(view(app), 'button', 'Try again').click();
    await settled(app);
    assert.lengthOf(rows(app), 4);
  });

  it('says when Basis has sent nothing yet, and what will send something', async () => {
    api().outbox = [];
    const app = await mountConsole(api(), { path: '/admin/outbox' });
    assert.match(text(find(view(app), '.state.empty')), /^Basis has not sent any email yet\. Emails appear here when/);
    await expect(app).to.be.accessible();
  });
});
