import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { startMailingSender } from '../src/jobs/mailing-sender.js';
import { startOutboxRunner } from '../src/jobs/outbox-runner.js';
import { smtpTransport } from '../src/mail/transport.js';
import { createApiKey } from '../src/services/api-keys.js';
import { queueNextBatch, stillWanted } from '../src/services/mailing-sending.js';
import { leaseDueMailing } from '../src/store/mailings.js';
import { PERSONS, addGateCases } from './gate-cases.js';
import { DIALECTS, TEST_APP_OPTIONS, type TestApi, snapshot, testApi } from './harness.js';
import { type Received, mailServer } from './mail-server.js';

const content = (hello: string) => ({
  subject: `${hello} {{name}}`,
  html: `<p>${hello} {{name}} ({{fields.tier}})</p><p><a href="{{manage_url}}">Preferences</a> · <a href="{{unsubscribe_url}}">Unsubscribe</a></p>`,
  text: `${hello} {{name}}\n\nUnsubscribe: {{unsubscribe_url}}`,
});

const draft = (changes: Record<string, unknown> = {}) => ({
  name: 'November news',
  topic: 'news',
  from: 'Northwind <news@northwind.example>',
  defaultLocale: 'en',
  content: { en: content('Hello'), de: content('Hallo') },
  ...changes,
});

/** The mailbox each message of `received` went to. */
const mailboxes = (received: Received[]) => received.flatMap((mail) => mail.to).sort();

/** Unfolds a raw message's folded header lines. */
const header = (raw: string, name: string) =>
  new RegExp(`^${name}:[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)`, 'mi')
    .exec(raw)?.[1]
    ?.replace(/\r?\n[ \t]+/g, ' ')
    .trim();

for (const dialect of DIALECTS) {
  describe(`mailings (${dialect})`, async () => {
    const api = await testApi(dialect);
    const ids = await addGateCases(api);
    const smtp = await mailServer();
    const transport = smtpTransport(smtp.url, 'Basis <no-reply@basis.test>', 'basis.test');
    after(() => transport.close());
    const sender = startMailingSender(api.store, TEST_APP_OPTIONS, { intervalMs: 60_000, batchSize: 3 });
    const outbox = startOutboxRunner(api.store, transport, { intervalMs: 60_000, batchSize: 100, stillWanted });
    after(() => Promise.all([sender.stop(), outbox.stop()]));

    /** Runs the sender and the outbox until neither has anything left to do. */
    const deliver = async () => {
      for (let rounds = 0; rounds < 50; rounds++) {
        const queued = await sender.runOnce();
        const sent = await outbox.runOnce();
        if (queued === 0 && sent === 0) return;
      }
      assert.fail('the mailing did not finish');
    };
    const newMailing = async (changes: Record<string, unknown> = {}) => {
      const created = await api.post('/v1/mailings', draft(changes));
      assert.equal(created.status, 201, JSON.stringify(created.body));
      return created.body.id as string;
    };
    const received = (from: number) => smtp.received.slice(from);

    it('refuses an unknown placeholder, a body with no way out, or a missing default language, and stores nothing', async () => {
      const before = await snapshot(api.store);
      const unknown = await api.post('/v1/mailings', draft({ content: { en: { ...content('Hi'), subject: 'Hi {{first_name}}' } } }));
      assert.equal(unknown.status, 422);
      assert.deepEqual(
        unknown.body.errors.map((e: { field: string }) => e.field),
        ['content.en.subject'],
      );
      assert.match(unknown.body.errors[0].message, /\{\{first_name\}\}/);
      const noWayOut = await api.post('/v1/mailings', draft({ content: { en: { ...content('Hi'), text: 'Hi {{name}}' } } }));
      assert.equal(noWayOut.status, 422);
      assert.match(JSON.stringify(noWayOut.body.errors), /content\.en\.text.*unsubscribe_url/);
      const noDefault = await api.post('/v1/mailings', draft({ defaultLocale: 'fr' }));
      assert.equal(noDefault.status, 422);
      assert.equal(noDefault.body.errors[0].field, 'content');
      const noTopic = await api.post('/v1/mailings', draft({ topic: 'gossip' }));
      assert.equal(noTopic.status, 422);
      assert.equal(noTopic.body.errors[0].field, 'topic');
      assert.equal(await snapshot(api.store), before);
    });

    it('shows the audience split by reason before anything is sent', async () => {
      const id = await newMailing();
      const { body: audience } = await api.get(`/v1/mailings/${id}/audience`);
      assert.equal(audience.topic, 'news');
      assert.equal(audience.purpose, 'marketing');
      assert.equal(audience.eligible, 2);
      assert.equal(audience.total, Object.keys(PERSONS).length);
      assert.equal(audience.blocked.objected, 2);
      const { body: objectors } = await api.get(`/v1/mailings/${id}/audience/persons?reason=objected`);
      assert.deepEqual(objectors.items.map((p: { email: string }) => p.email).sort(), [
        'objected-and-unsubscribed@example.com',
        'objected@example.com',
      ]);
      const preview = await api.get(`/v1/mailings/${id}/preview?locale=de-CH`);
      assert.equal(preview.body.locale, 'de');
      assert.equal(preview.body.subject, 'Hallo Alex Example');
    });

    it('sends each person the gate lets through one message of their own, and nobody else', async () => {
      await api.patch(`/v1/subjects/${ids.get('consented')}`, { name: 'Ann <b>Bold</b>', locale: 'de', customFields: { tier: 'gold' } });
      const id = await newMailing();
      const from = smtp.received.length;
      const sent = await api.post(`/v1/mailings/${id}/send`, {});
      assert.equal(sent.status, 200, JSON.stringify(sent.body));
      assert.equal(sent.body.status, 'scheduled');
      await deliver();

      const mails = received(from);
      assert.deepEqual(mailboxes(mails), ['consented@example.com', 'legit-interest@example.com']);
      const ann = mails.find((mail) => mail.to[0] === 'consented@example.com')!;
      assert.equal(header(ann.raw, 'Subject'), 'Hallo Ann <b>Bold</b>');
      assert.equal(header(ann.raw, 'From'), 'Northwind <news@northwind.example>');
      assert.match(ann.raw, /Hallo Ann &lt;b&gt;Bold&lt;\/b&gt; \(gold\)/, 'placeholders are escaped in HTML');
      const unsubscribe = /^<(http:\/\/basis\.test\/v1\/public\/unsubscribe\?token=[\w.-]+&topic=news)>$/.exec(
        header(ann.raw, 'List-Unsubscribe') ?? '',
      );
      assert.ok(unsubscribe, header(ann.raw, 'List-Unsubscribe'));
      assert.equal(header(ann.raw, 'List-Unsubscribe-Post'), 'List-Unsubscribe=One-Click');

      const { body: mailing } = await api.get(`/v1/mailings/${id}`);
      assert.equal(mailing.status, 'sent');
      assert.deepEqual(mailing.totals, { recipients: 2, queued: 0, sent: 2, failed: 0, skipped: 0 });
      assert.ok(mailing.startedAt && mailing.finishedAt);
      const { body: recipients } = await api.get(`/v1/mailings/${id}/recipients?status=sent`);
      assert.deepEqual(
        recipients.items.map((r: { overridden: unknown }) => r.overridden),
        [null, null],
      );

      // The message's own link unsubscribes with one click (RFC 8058), from this topic only.
      const oneClick = await fetchApp(api, unsubscribe[1]!);
      assert.equal(oneClick.status, 200);
      const subscriptions = (await api.get(`/v1/subjects/${ids.get('consented')}/subscriptions`)).body;
      assert.deepEqual(subscriptions.topics.find((t: { topic: string }) => t.topic === 'news')?.subscribed, false);
      await api.put(`/v1/subjects/${ids.get('consented')}/subscriptions`, { topics: [{ topic: 'news', subscribed: true }] });
    });

    it('overrides only with the right and a reason, and never an objection (Art. 21(3))', async () => {
      const id = await newMailing();
      const marketer = await createApiKey(api.store, 'marketer', 'marketer');
      const before = await snapshot(api.store);
      const override = { reasons: ['no_legal_basis', 'pending'], reason: 'They asked for it at the fair.' };
      const refused = await api.request('POST', `/v1/mailings/${id}/send`, { key: marketer.key, json: { override } });
      assert.equal(refused.status, 403);
      assert.match(refused.body.detail, /override_gate/);
      const objection = await api.post(`/v1/mailings/${id}/send`, { override: { ...override, reasons: ['objected', 'unsubscribed'] } });
      assert.equal(objection.status, 422);
      assert.equal(objection.body.errors[0].field, 'override.reasons');
      assert.match(objection.body.errors[0].message, /Art\. 21\(3\)/);
      const noReason = await api.post(`/v1/mailings/${id}/send`, { override: { ...override, reason: 'because' } });
      assert.equal(noReason.status, 422);
      assert.equal(noReason.body.errors[0].field, 'override.reason');
      assert.equal(await snapshot(api.store), before, 'a refused send changes nothing');

      const from = smtp.received.length;
      const sent = await api.post(`/v1/mailings/${id}/send`, { override });
      assert.equal(sent.status, 200);
      assert.deepEqual(sent.body.override.reasons, ['no_legal_basis', 'pending']);
      assert.equal(sent.body.override.reason, 'They asked for it at the fair.');
      assert.equal(sent.body.override.persons, 2);
      assert.equal(sent.body.override.by.type, 'api_key');
      await deliver();
      assert.deepEqual(mailboxes(received(from)), [
        'consented@example.com',
        'legit-interest@example.com',
        'no-basis@example.com',
        'pending@example.com',
      ]);
      const { body: recipients } = await api.get(`/v1/mailings/${id}/recipients`);
      const overridden = Object.fromEntries(recipients.items.map((r: { email: string; overridden: string }) => [r.email, r.overridden]));
      assert.equal(overridden['no-basis@example.com'], 'no_legal_basis');
      assert.equal(overridden['consented@example.com'], null);
    });

    it('every overridable reason at once still never reaches an objector, an erased person or a bounced address', async () => {
      const id = await newMailing();
      const reasons = ['restricted', 'opted_out_of_all', 'unsubscribed', 'withdrawn', 'pending', 'expired', 'no_legal_basis'];
      const from = smtp.received.length;
      assert.equal(
        (await api.post(`/v1/mailings/${id}/send`, { override: { reasons, reason: 'Legal said yes, in writing.' } })).status,
        200,
      );
      await deliver();
      const reached = mailboxes(received(from));
      for (const name of ['objected', 'objected-and-unsubscribed', 'anonymized', 'bounced']) {
        assert.ok(!reached.includes(`${name}@example.com`), name);
      }
      assert.equal(reached.length, Object.keys(PERSONS).length - 4);
    });

    it('a person who unsubscribes after being queued gets nothing', async () => {
      const id = await newMailing();
      await api.post(`/v1/mailings/${id}/send`, {});
      await sender.runOnce();
      const queued = (await api.get(`/v1/mailings/${id}/recipients`)).body.items;
      assert.equal(queued.length, 2);
      await api.put(`/v1/subjects/${ids.get('legit-interest')}/subscriptions`, { topics: [{ topic: 'news', subscribed: false }] });
      const from = smtp.received.length;
      await deliver();
      assert.deepEqual(mailboxes(received(from)), ['consented@example.com']);
      const { body: mailing } = await api.get(`/v1/mailings/${id}`);
      assert.deepEqual(mailing.totals, { recipients: 2, queued: 0, sent: 1, failed: 0, skipped: 1 });
      assert.equal(mailing.status, 'sent');
      await api.put(`/v1/subjects/${ids.get('legit-interest')}/subscriptions`, { topics: [{ topic: 'news', subscribed: true }] });
    });

    it('a sender that dies between batches leaves a cursor another resumes from: nobody is queued twice or left out', async () => {
      const id = await newMailing();
      await api.post(`/v1/mailings/${id}/send`, {});
      // A sender leases the mailing, queues one person, and dies without giving its lease back.
      const now = new Date();
      const lease = { owner: 'sender-that-dies', ms: 50 };
      const leased = await leaseDueMailing(api.store.db, api.store.dialect, {
        owner: lease.owner,
        now: now.toISOString(),
        leaseUntil: new Date(now.getTime() + lease.ms).toISOString(),
      });
      assert.equal(leased?.id, id);
      assert.deepEqual(await queueNextBatch(api.store, TEST_APP_OPTIONS, id, lease, 1), { queued: 1, more: true });
      assert.equal(await sender.runOnce(), 0, 'nobody else takes the mailing while the lease lasts');
      await new Promise((resolve) => setTimeout(resolve, lease.ms + 10));
      const from = smtp.received.length;
      await deliver();
      assert.deepEqual(mailboxes(received(from)), ['consented@example.com', 'legit-interest@example.com']);
      const { body: recipients } = await api.get(`/v1/mailings/${id}/recipients`);
      assert.equal(recipients.items.length, 2);
      assert.equal((await api.get(`/v1/mailings/${id}`)).body.status, 'sent');
    });

    it('cancelling drops the messages not yet sent; a draft only changes while it is one', async () => {
      const id = await newMailing();
      await api.post(`/v1/mailings/${id}/send`, {});
      await sender.runOnce();
      const cancelled = await api.post(`/v1/mailings/${id}/cancel`, {});
      assert.equal(cancelled.status, 200);
      assert.equal(cancelled.body.status, 'cancelled');
      assert.equal(cancelled.body.totals.skipped, 2);
      const from = smtp.received.length;
      await deliver();
      assert.equal(received(from).length, 0);
      assert.equal((await api.patch(`/v1/mailings/${id}`, { name: 'Too late' })).status, 409);
      assert.equal((await api.post(`/v1/mailings/${id}/send`, {})).status, 409);
      assert.equal((await api.post(`/v1/mailings/${id}/cancel`, {})).status, 409);
    });

    it('a scheduled mailing waits for its time', async () => {
      const id = await newMailing();
      await api.post(`/v1/mailings/${id}/send`, { at: new Date(Date.now() + 3_600_000).toISOString() });
      assert.equal(await sender.runOnce(), 0);
      assert.equal((await api.get(`/v1/mailings/${id}`)).body.status, 'scheduled');
      await api.post(`/v1/mailings/${id}/cancel`, {});
    });

    it('a test send goes to the one address given, with sample placeholders, and mails no person', async () => {
      const id = await newMailing();
      const from = smtp.received.length;
      assert.equal((await api.post(`/v1/mailings/${id}/test`, { to: 'me@northwind.example', locale: 'de' })).status, 202);
      await outbox.runOnce();
      const mails = received(from);
      assert.deepEqual(mailboxes(mails), ['me@northwind.example']);
      assert.equal(header(mails[0]!.raw, 'Subject'), '[Test] Hallo Alex Example');
      assert.equal((await api.get(`/v1/mailings/${id}`)).body.status, 'draft');
    });
  });
}

/** A request straight to the app, for a URL Basis wrote into a message. */
async function fetchApp(api: TestApi, link: string) {
  const { pathname, search } = new URL(link);
  return api.request('POST', `${pathname}${search}`, {
    key: null,
    body: 'List-Unsubscribe=One-Click',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
}
