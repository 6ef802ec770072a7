import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startPendingConsentSweeper } from '../src/jobs/pending-consent-sweeper.js';
import { expirePendingConsents } from '../src/services/pending-consents.js';
import { signToken } from '../src/services/tokens.js';
import {
  confirmMail,
  consentsOf,
  definePurposes,
  filledIn,
  openConfirmLink,
  pressConfirm,
  publishedForm,
  subjectByEmail,
  submit,
} from './form-helpers.js';
import { DIALECTS, TEST_APP_OPTIONS, type TestApi, snapshot, testApi } from './harness.js';

const DAY = 24 * 60 * 60 * 1000;
const withDoubleOptIn = { doubleOptIn: true, texts: { thankYou: { en: 'Thank you!' }, checkInbox: { en: 'Check your inbox.' } } };

/** Moves a person's pending records and submissions `days` into the past, as if they had waited that long. */
async function age(api: TestApi, subjectId: string, days: number): Promise<void> {
  const past = new Date(Date.now() - days * DAY).toISOString();
  await api.store.db
    .updateTable('consent_records')
    .set({ set_at: past })
    .where('subject_id', '=', subjectId)
    .where('status', '=', 'pending')
    .execute();
  await api.store.db.updateTable('form_submissions').set({ created_at: past }).where('subject_id', '=', subjectId).execute();
}

const ledgerOf = async (api: TestApi, subjectId: string) =>
  (await api.get(`/v1/subjects/${subjectId}/ledger`)).body.items as { id: string; hash: string; data: Record<string, unknown> }[];

for (const dialect of DIALECTS) {
  describe(`double opt-in (${dialect})`, async () => {
    const api = await testApi(dialect, { trustProxy: true });
    await definePurposes(api);
    const settings = (await api.get('/v1/settings')).body;
    await api.put('/v1/settings', { ...settings, controllerName: 'Northwind Outdoor GmbH' });
    const id = await publishedForm(api, withDoubleOptIn);

    it('records the ticked boxes as pending and emails a confirm link, in the same transaction', async () => {
      const sent = await submit(
        api,
        id,
        filledIn({ values: { email: 'ann@example.com' }, consents: { newsletter: true, partners: true } }),
      );
      assert.equal(sent.status, 202);
      assert.deepEqual(sent.body, { status: 'pending_confirmation' });
      const ann = await subjectByEmail(api, 'ann@example.com');
      const records = await consentsOf(api, ann.id);
      assert.deepEqual(
        Object.values(records).map((r) => r.status),
        ['pending', 'pending'],
      );
      const mail = await confirmMail(api, 'ann@example.com', 'double_opt_in');
      assert.match(mail.text, /Northwind Outdoor GmbH/);
      assert.match(mail.text, /Send me the newsletter\. Privacy notice \(https:\/\/northwind\.example\/privacy\)/);
      assert.match(mail.html, /<a href="https:\/\/northwind\.example\/privacy">Privacy notice<\/a>/);
      assert.match(mail.text, /expires in 7 days/);
      assert.equal((await api.get(`/v1/forms/${id}/submissions`)).body.items[0].status, 'pending_confirmation');
    });

    it('with no box ticked there is nothing to confirm: the person is added, no email goes out', async () => {
      const sent = await submit(api, id, filledIn({ values: { email: 'nobox@example.com' }, consents: { newsletter: false } }));
      assert.equal(sent.status, 202);
      assert.deepEqual(sent.body, { status: 'received' });
      const person = await subjectByEmail(api, 'nobox@example.com');
      assert.deepEqual(await consentsOf(api, person.id), {});
      const mails = await api.store.db.selectFrom('outbox').select('kind').where('recipient', '=', 'nobox@example.com').execute();
      assert.deepEqual(mails, []);
      const submission = (await api.get(`/v1/forms/${id}/submissions`)).body.items.find(
        (item: { subjectId: string }) => item.subjectId === person.id,
      );
      assert.equal(submission.status, 'received');
    });

    it('opening the link shows one button and confirms nothing: mail scanners open links', async () => {
      const { token } = await confirmMail(api, 'ann@example.com', 'double_opt_in');
      const before = await snapshot(api.store);
      const page = await openConfirmLink(api, token);
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-type') ?? '', /text\/html/);
      assert.equal((page.body.match(/<form /g) ?? []).length, 1);
      assert.equal((page.body.match(/<button/g) ?? []).length, 1);
      assert.match(page.body, /<form method="post" action="\/v1\/public\/confirm">/);
      assert.doesNotMatch(page.body, /<script/, 'it works without JavaScript');
      assert.match(page.body, /Share my address with partner brands\./);
      const csp = page.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'none'/);
      assert.match(csp, /form-action 'self'/);
      assert.doesNotMatch(csp, /script-src/);
      assert.equal(page.headers.get('cache-control'), 'no-store');
      assert.equal(page.headers.get('referrer-policy'), 'no-referrer');
      assert.equal(await snapshot(api.store), before);
    });

    it('pressing the button makes exactly those records active, with the confirmation in their evidence, a ledger that verifies and receipts', async () => {
      const { token } = await confirmMail(api, 'ann@example.com', 'double_opt_in');
      const ann = await subjectByEmail(api, 'ann@example.com');
      const confirmed = await api.request('POST', '/v1/public/confirm', {
        key: null,
        body: new URLSearchParams({ token }).toString(),
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'user-agent': 'Mozilla/5.0 (confirming)',
          'x-forwarded-for': '198.51.100.23',
        },
      });
      assert.equal(confirmed.status, 200);
      assert.match(confirmed.body, /Confirmed/);
      const records = await consentsOf(api, ann.id);
      for (const record of Object.values(records)) {
        assert.equal(record.status, 'active');
        assert.deepEqual(record.updatedBy, { type: 'subject', id: ann.id });
        const evidence = record.evidence as Record<string, unknown>;
        assert.equal(evidence.form, id);
        assert.equal(evidence.formVersion, 1);
        assert.equal(typeof evidence.text, 'string');
        assert.equal(typeof evidence.confirmedAt, 'string');
        assert.deepEqual(evidence.confirmedFrom, { ip: '198.51.100.0', userAgent: 'Mozilla/5.0 (confirming)' });
      }
      const events = await ledgerOf(api, ann.id);
      assert.deepEqual(
        events.map((e) => e.data.status),
        ['pending', 'pending', 'active', 'active'],
      );
      assert.equal((await api.get(`/v1/ledger/verify?subject=${ann.id}`)).body.ok, true);
      const receipt = await api.get(`/v1/ledger/${events.at(-1)!.id}/receipt`);
      assert.equal(receipt.status, 200);
      assert.equal(receipt.body.status, 'active');
      assert.equal(receipt.body.legalBasis.article, '6.1.a');
      assert.equal(receipt.body.eventHash, (await ledgerOf(api, ann.id)).at(-1)!.hash);
      const submission = (await api.get(`/v1/forms/${id}/submissions`)).body.items.find(
        (item: { subjectId: string }) => item.subjectId === ann.id,
      );
      assert.equal(submission.status, 'confirmed');
      assert.equal(typeof submission.confirmedAt, 'string');
    });

    it('confirming a second time is harmless', async () => {
      const { token } = await confirmMail(api, 'ann@example.com', 'double_opt_in');
      const before = await snapshot(api.store);
      const again = await pressConfirm(api, token);
      assert.equal(again.status, 200);
      assert.match(again.body, /Confirmed/);
      assert.equal(await snapshot(api.store), before);
    });

    it('confirms only that submission’s records, and never one changed since', async () => {
      await submit(api, id, filledIn({ values: { email: 'bo@example.com' }, consents: { newsletter: true } }));
      const first = await confirmMail(api, 'bo@example.com', 'double_opt_in');
      const bo = await subjectByEmail(api, 'bo@example.com');
      await api.put(`/v1/subjects/${bo.id}/consents/newsletter`, { legalBasis: 'consent', status: 'withdrawn' });

      await submit(api, id, filledIn({ values: { email: 'bo@example.com' }, consents: { partners: true } }));
      await pressConfirm(api, first.token);
      const records = await consentsOf(api, bo.id);
      assert.equal(records.newsletter!.status, 'withdrawn', 'a later withdrawal stands');
      assert.equal(records.partners!.status, 'pending', 'another submission’s record waits for its own link');
    });

    it('never downgrades an active basis to pending', async () => {
      const plain = await publishedForm(api);
      await submit(api, plain, filledIn({ values: { email: 'cy@example.com' }, consents: { newsletter: true } }));
      const cy = await subjectByEmail(api, 'cy@example.com');
      const active = (await consentsOf(api, cy.id)).newsletter!;
      const sent = await submit(api, id, filledIn({ values: { email: 'cy@example.com' }, consents: { newsletter: true } }));
      assert.deepEqual(sent.body, { status: 'pending_confirmation' }, 'the answer does not tell');
      assert.deepEqual((await consentsOf(api, cy.id)).newsletter, active);
    });

    it('a wrong, forged, tampered or revoked link shows the same page and records nothing', async () => {
      await submit(api, id, filledIn({ values: { email: 'dee@example.com' }, consents: { newsletter: true } }));
      const { token } = await confirmMail(api, 'dee@example.com', 'double_opt_in');
      const dee = await subjectByEmail(api, 'dee@example.com');
      const forged = signToken('another-secret-that-is-long-enough-too', {
        purpose: 'confirm',
        subjectId: dee.id,
        tokenVersion: 0,
        expiresAt: new Date(Date.now() + DAY),
      });
      const manage = signToken(TEST_APP_OPTIONS.secret, {
        purpose: 'manage',
        subjectId: dee.id,
        tokenVersion: 0,
        expiresAt: new Date(Date.now() + DAY),
      });
      const tampered = `${token.slice(0, 10)}${token[10] === 'A' ? 'B' : 'A'}${token.slice(11)}`;
      const before = await snapshot(api.store);
      const missing = await openConfirmLink(api, '');
      assert.equal(missing.status, 404);
      for (const wrong of ['nonsense', forged, manage, tampered]) {
        for (const answer of [await openConfirmLink(api, wrong), await pressConfirm(api, wrong)]) {
          assert.equal(answer.status, 404);
          assert.equal(answer.body, missing.body);
        }
      }
      await api.request('POST', `/v1/subjects/${dee.id}/manage-link/revoke`);
      assert.equal((await pressConfirm(api, token)).body, missing.body, 'revoking a person’s links revokes this one too');
      const changed = await snapshot(api.store);
      assert.notEqual(changed, before, 'the revocation itself is stored');
      assert.equal((await consentsOf(api, dee.id)).newsletter!.status, 'pending');
    });

    it('pending records expire after the configured days, with a ledger event; the link then says so', async () => {
      await submit(api, id, filledIn({ values: { email: 'eli@example.com' }, consents: { newsletter: true } }));
      const { token } = await confirmMail(api, 'eli@example.com', 'double_opt_in');
      const eli = await subjectByEmail(api, 'eli@example.com');
      await api.put('/v1/settings', { ...(await api.get('/v1/settings')).body, doubleOptInExpiryDays: 3 });
      await age(api, eli.id, 2);
      await expirePendingConsents(api.store);
      assert.equal((await consentsOf(api, eli.id)).newsletter!.status, 'pending', 'two days are within three');

      await age(api, eli.id, 4);
      assert.match((await openConfirmLink(api, token)).body, /expired/, 'past the window, before any sweep, the link says so');
      const expired = await expirePendingConsents(api.store);
      assert.ok(expired >= 1);
      const record = (await consentsOf(api, eli.id)).newsletter!;
      assert.equal(record.status, 'expired');
      assert.deepEqual(record.updatedBy, { type: 'system', id: null });
      assert.equal((record.evidence as Record<string, unknown>).expiredAfterDays, 3);
      assert.equal((await ledgerOf(api, eli.id)).at(-1)!.data.status, 'expired');
      assert.equal((await api.get(`/v1/ledger/verify?subject=${eli.id}`)).body.ok, true);

      const before = await snapshot(api.store);
      const page = await pressConfirm(api, token);
      assert.equal(page.status, 200);
      assert.match(page.body, /This link has expired/);
      assert.equal(await snapshot(api.store), before, 'an expired link confirms nothing');
      const submission = (await api.get(`/v1/forms/${id}/submissions`)).body.items.find(
        (s: { subjectId: string }) => s.subjectId === eli.id,
      );
      assert.equal(submission.status, 'expired');
    });

    it('sweeps running at once on several instances expire each record once', async () => {
      await submit(api, id, filledIn({ values: { email: 'fay@example.com' }, consents: { newsletter: true, partners: true } }));
      const fay = await subjectByEmail(api, 'fay@example.com');
      await age(api, fay.id, 10);
      const instances = [
        startPendingConsentSweeper(api.store, { intervalMs: 60_000 }),
        startPendingConsentSweeper(api.store, { intervalMs: 60_000 }),
      ];
      const counts = await Promise.all([...instances, ...instances].map((sweeper) => sweeper.runOnce()));
      await Promise.all(instances.map((sweeper) => sweeper.stop()));
      const expiries = (await ledgerOf(api, fay.id)).filter((e) => e.data.status === 'expired');
      assert.equal(expiries.length, 2, `one event per record (runs expired ${counts.join(', ')})`);
    });
  });
}
