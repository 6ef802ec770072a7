import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createApiKey } from '../src/services/api-keys.js';
import { DIALECTS, snapshot, testApi } from './harness.js';

for (const dialect of DIALECTS) {
  describe(`Idempotency-Key (${dialect})`, async () => {
    const api = await testApi(dialect);
    await api.post('/v1/purposes', { key: 'newsletter', name: 'Newsletter', description: 'News.', allowedLegalBases: ['consent'] });
    const subject = (await api.post('/v1/subjects', { email: 'ann@example.com' })).body.id as string;
    const events = async () => (await api.get(`/v1/subjects/${subject}/ledger`)).body.items.length as number;
    const withKey = (key: string, json: unknown, path = `/v1/subjects/${subject}/consents/newsletter`, method = 'PUT') =>
      api.request(method, path, { json, headers: { 'idempotency-key': key } });

    it('a repeated write returns the first answer and appends no second ledger event', async () => {
      const before = await events();
      const first = await withKey('put-1', { legalBasis: 'consent' });
      const again = await withKey('put-1', { legalBasis: 'consent' });
      assert.equal(first.status, 200);
      assert.equal(again.status, 200);
      assert.deepEqual(again.body, first.body);
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      assert.equal(first.headers.get('idempotent-replayed'), null);
      assert.equal(await events(), before + 1);
    });

    it('a repeated create makes one person', async () => {
      const first = await withKey('create-bob', { email: 'bob@example.com' }, '/v1/subjects', 'POST');
      const again = await withKey('create-bob', { email: 'bob@example.com' }, '/v1/subjects', 'POST');
      assert.equal(first.status, 201);
      assert.equal(again.status, 201);
      assert.equal(again.body.id, first.body.id);
      const { items } = (await api.get('/v1/subjects?q=bob')).body;
      assert.equal(items.length, 1);
    });

    it('refuses a key reused for a different request, changing nothing', async () => {
      await withKey('put-2', { legalBasis: 'consent' });
      const before = await snapshot(api.store);
      const other = await withKey('put-2', { legalBasis: 'consent', status: 'withdrawn' });
      assert.equal(other.status, 422);
      assert.equal(other.body.errors[0].field, 'Idempotency-Key');
      assert.equal(await snapshot(api.store), before);
    });

    it('keeps nothing of a failed request, so it can be corrected and sent again', async () => {
      const failed = await withKey('put-3', { legalBasis: 'contract' });
      assert.equal(failed.status, 422);
      const corrected = await withKey('put-3', { legalBasis: 'consent' });
      assert.equal(corrected.status, 200);
      assert.equal(corrected.body.legalBasis, 'consent');
    });

    it('keys of different callers never collide', async () => {
      const other = await createApiKey(api.store, 'other system');
      const mine = await withKey('shared', { legalBasis: 'consent' });
      const theirs = await api.request('PUT', `/v1/subjects/${subject}/consents/newsletter`, {
        json: { legalBasis: 'consent', status: 'withdrawn' },
        headers: { 'idempotency-key': 'shared' },
        key: other.key,
      });
      assert.equal(mine.body.status, 'active');
      assert.equal(theirs.status, 200);
      assert.equal(theirs.body.status, 'withdrawn');
    });

    it('concurrent repeats append exactly one event', async () => {
      const before = await events();
      const answers = await Promise.all(Array.from({ length: 5 }, () => withKey('race', { legalBasis: 'consent', status: 'withdrawn' })));
      assert.ok(answers.some((a) => a.status === 200));
      for (const answer of answers) assert.ok([200, 409].includes(answer.status), `status ${answer.status}`);
      assert.equal(await events(), before + 1);
    });

    it('refuses a malformed key', async () => {
      const answer = await withKey('with space', { legalBasis: 'consent' });
      assert.equal(answer.status, 422);
      assert.equal(answer.body.errors[0].field, 'Idempotency-Key');
    });
  });
}
