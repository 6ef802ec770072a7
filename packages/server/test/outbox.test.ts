import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { startOutboxRunner } from '../src/jobs/outbox-runner.js';
import { enqueueMail } from '../src/mail/outbox.js';
import { catcher, smtpTransport } from '../src/mail/transport.js';
import { transaction } from '../src/store/transaction.js';
import { DIALECTS, freshStore } from './harness.js';
import { mailServer } from './mail-server.js';

const message = (to: string, headers: Record<string, string> = {}) => ({
  kind: 'mailing_test' as const,
  subjectId: null,
  to,
  subject: `Hello ${to}`,
  text: 'Plain text.',
  html: '<p>HTML.</p>',
  headers,
});

for (const dialect of DIALECTS) {
  describe(`the outbox (${dialect})`, async () => {
    const store = await freshStore(dialect);
    const smtp = await mailServer();
    const transport = smtpTransport(smtp.url, 'Northwind <privacy@northwind.example>', 'basis.test');
    after(() => transport.close());
    const row = (id: string) => store.db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

    it('sends a queued message through SMTP with its headers and a stable Message-ID', async () => {
      const id = await enqueueMail(store.db, message('ann@example.com', { 'List-Unsubscribe': '<https://basis.test/u?token=x>' }));
      const runner = startOutboxRunner(store, transport, { intervalMs: 60_000 });
      assert.equal(await runner.runOnce(), 1);
      await runner.stop();
      const mail = smtp.received.at(-1)!;
      assert.deepEqual(mail.to, ['ann@example.com']);
      assert.match(mail.raw, /^Subject: Hello ann@example\.com\r?$/m);
      assert.match(mail.raw, /^List-Unsubscribe: <https:\/\/basis\.test\/u\?token=x>\r?$/m);
      assert.match(mail.raw, new RegExp(`^Message-ID: <${id}@basis\\.test>\\r?$`, 'm'));
      const sent = await row(id);
      assert.equal(sent.status, 'sent');
      assert.equal(sent.transport, 'smtp');
      assert.equal(sent.attempts, 1);
      assert.ok(sent.sent_at);
    });

    it('keeps a failure with the message and retries it later, then gives up', async () => {
      smtp.reject.on = true;
      try {
        const id = await enqueueMail(store.db, message('bounce@example.com'));
        const runner = startOutboxRunner(store, transport, { intervalMs: 60_000, maxAttempts: 2 });
        await runner.runOnce();
        const failed = await row(id);
        assert.equal(failed.status, 'queued');
        assert.equal(failed.attempts, 1);
        assert.match(failed.last_error ?? '', /Mailbox unavailable/);
        assert.ok(failed.next_attempt_at > new Date().toISOString(), 'the retry waits');
        assert.equal(await runner.runOnce(), 0, 'nothing is due yet');
        await store.db
          .updateTable('outbox')
          .set({ next_attempt_at: new Date(0).toISOString() })
          .where('id', '=', id)
          .execute();
        await runner.runOnce();
        assert.equal((await row(id)).status, 'failed');
        assert.equal((await row(id)).attempts, 2);
        await runner.stop();
      } finally {
        smtp.reject.on = false;
      }
    });

    it('takes over a message whose runner died holding it', async () => {
      const id = await enqueueMail(store.db, message('orphan@example.com'));
      await store.db
        .updateTable('outbox')
        .set({ status: 'sending', lease_owner: 'a-dead-runner', lease_until: new Date(Date.now() - 1000).toISOString(), attempts: 1 })
        .where('id', '=', id)
        .execute();
      const runner = startOutboxRunner(store, transport, { intervalMs: 60_000 });
      await runner.runOnce();
      await runner.stop();
      assert.equal((await row(id)).status, 'sent');
      assert.ok(smtp.received.some((m) => m.to.includes('orphan@example.com')));
    });

    it('two runners on one database send every message exactly once', async () => {
      const before = smtp.received.length;
      const ids = [];
      for (let i = 0; i < 30; i++) ids.push(await enqueueMail(store.db, message(`many${i}@example.com`)));
      const runners = [1, 2].map(() => startOutboxRunner(store, transport, { intervalMs: 60_000, batchSize: 4 }));
      for (let round = 0; round < 10; round++) await Promise.all(runners.map((r) => r.runOnce()));
      await Promise.all(runners.map((r) => r.stop()));
      const delivered = smtp.received.slice(before).flatMap((m) => m.to);
      assert.equal(delivered.length, 30);
      assert.equal(new Set(delivered).size, 30);
      const rows = await store.db.selectFrom('outbox').select(['status', 'attempts']).where('id', 'in', ids).execute();
      assert.ok(rows.every((r) => r.status === 'sent' && r.attempts === 1));
    });

    it('a message queued in a transaction that fails is never sent', async () => {
      await assert.rejects(
        transaction(store, async (trx) => {
          await enqueueMail(trx, message('rolled-back@example.com'));
          throw new Error('the change failed');
        }),
        /the change failed/,
      );
      const rows = await store.db.selectFrom('outbox').select('id').where('recipient', '=', 'rolled-back@example.com').execute();
      assert.equal(rows.length, 0);
    });

    it('without SMTP, the catcher keeps messages in the outbox, marked sent', async () => {
      const id = await enqueueMail(store.db, message('kept@example.com'));
      const runner = startOutboxRunner(store, catcher, { intervalMs: 60_000 });
      await runner.runOnce();
      await runner.stop();
      const kept = await row(id);
      assert.equal(kept.status, 'sent');
      assert.equal(kept.transport, 'catcher');
      assert.equal(kept.text_body, 'Plain text.');
    });
  });
}
