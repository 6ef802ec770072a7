import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createApiKey } from '../src/services/api-keys.js';
import { DIALECTS, NEWSLETTER, snapshot, testApi } from './harness.js';

for (const dialect of DIALECTS) {
  describe(`the audit log (${dialect})`, async () => {
    const api = await testApi(dialect);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return -- tests read entries freely
    const entries = async (query: string): Promise<any[]> => (await api.get(`/v1/audit?${query}`)).body.items;

    it('records a change with who, what, when, and the resource before and after', async () => {
      await api.post('/v1/purposes', NEWSLETTER);
      const changed = await api.patch('/v1/purposes/newsletter', { name: 'Our newsletter' });
      assert.equal(changed.status, 200);
      const [entry] = await entries('action=updatePurpose');
      assert.ok(entry);
      assert.deepEqual(entry.actor, { type: 'api_key', id: api.keyId, name: 'test' });
      assert.deepEqual(entry.target, { type: 'purposes', id: 'newsletter' });
      assert.equal(entry.before.name, 'Newsletter');
      assert.equal(entry.after.name, 'Our newsletter');
      assert.ok(Math.abs(Date.parse(entry.at) - Date.now()) < 60_000);
    });

    it('names a created resource by the id or key it was given, with nothing before', async () => {
      const { body: person } = await api.post('/v1/subjects', { email: 'ann@example.com' });
      const [entry] = await entries('action=createSubject');
      assert.deepEqual(entry!.target, { type: 'subjects', id: person.id });
      assert.equal(entry!.before, null);
      assert.equal(entry!.after.email, 'ann@example.com');
      const [created] = await entries('action=createPurpose');
      assert.deepEqual(created!.target, { type: 'purposes', id: 'newsletter' });
    });

    it('records a write that changes nothing as no change', async () => {
      const { body: person } = await api.post('/v1/subjects', { email: 'eve@example.com' });
      await api.post('/v1/topics', { key: 'events', name: 'Events', purpose: 'newsletter' });
      const change = { topics: [{ topic: 'events', subscribed: true }] };
      await api.put(`/v1/subjects/${person.id}/subscriptions`, change);
      await api.put(`/v1/subjects/${person.id}/subscriptions`, change);
      assert.equal((await entries(`action=setSubscriptions&targetId=${person.id}`)).length, 1);
    });

    it('records nothing for a refused change', async () => {
      const before = await snapshot(api.store);
      assert.equal((await api.patch('/v1/purposes/newsletter', { name: '' })).status, 422);
      assert.equal((await api.patch('/v1/purposes/nothing_here', { name: 'x' })).status, 404);
      assert.equal(await snapshot(api.store), before);
    });

    it('keeps what Basis stores, never what was sent: no password, no untruncated address', async () => {
      const created = await api.post('/v1/users', { email: 'bob@example.com', name: 'Bob', password: 'bob’s first password' });
      assert.equal(created.status, 201);
      const { body: person } = await api.post('/v1/subjects', { email: 'dan@example.com' });
      await api.put(`/v1/subjects/${person.id}/consents/newsletter`, { legalBasis: 'consent', evidence: { ip: '203.0.113.77' } });
      const log = JSON.stringify(await entries('limit=200'));
      assert.doesNotMatch(log, /bob’s first password/);
      assert.doesNotMatch(log, /203\.0\.113\.77/);
      assert.match(log, /203\.0\.113\.0/, 'the truncated address, as stored');
    });

    it('tells a console user from an API key, and filters by actor, resource and time', async () => {
      const session = await api.sessionFor('privacy_officer');
      const changed = await api.request('PATCH', '/v1/purposes/newsletter', { session, json: { description: 'News, monthly.' } });
      assert.equal(changed.status, 200);
      const mine = await entries(`actor=user:${session.user.id}`);
      assert.deepEqual(
        mine.map((e: { action: string; target: { id: string } }) => [e.action, e.target.id]),
        [['updatePurpose', 'newsletter']],
      );
      assert.deepEqual(mine[0].actor, { type: 'user', id: session.user.id, name: session.user.name }, 'named as the user is called now');
      assert.equal((await entries('targetType=purposes')).length, 3, 'created, changed by the key, changed by the user');
      assert.equal((await entries(`targetType=purposes&targetId=newsletter&from=${encodeURIComponent(mine[0]!.at)}`)).length, 1);
      assert.equal((await entries(`to=${encodeURIComponent('2000-01-01T00:00:00+02:00')}`)).length, 0);
    });

    it('pages newest first: every entry once, and no empty page at the end', async () => {
      const all = (await api.get('/v1/audit?limit=200')).body.items.map((e: { id: string }) => e.id);
      assert.ok(all.length >= 3);
      const walked: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: { items: { id: string }[]; nextCursor: string | null } = (
          await api.get(`/v1/audit?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
        ).body;
        assert.ok(page.items.length > 0, 'no empty page');
        walked.push(...page.items.map((e) => e.id));
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor);
      assert.deepEqual(walked, all);
      assert.equal(pages, Math.ceil(all.length / 2));
    });

    it('is read only with the right view_audit', async () => {
      const marketer = await createApiKey(api.store, 'marketer', 'marketer');
      const refused = await api.request('GET', '/v1/audit', { key: marketer.key });
      assert.equal(refused.status, 403);
      assert.match(refused.body.detail, /view_audit/);
    });

    it('keeps an override of the consent gate with who, why and how many', async () => {
      await api.post('/v1/topics', { key: 'news', name: 'News', purpose: 'newsletter' });
      const { body: person } = await api.post('/v1/subjects', { email: 'cleo@example.com' });
      await api.put(`/v1/subjects/${person.id}/subscriptions`, { topics: [{ topic: 'news', subscribed: true }] });
      const content = { en: { subject: 'Hi', html: '<a href="{{unsubscribe_url}}">Leave</a>', text: 'Leave: {{unsubscribe_url}}' } };
      const { body: mailing } = await api.post('/v1/mailings', {
        name: 'News',
        topic: 'news',
        from: 'news@example.com',
        defaultLocale: 'en',
        content,
      });
      const override = { reasons: ['no_legal_basis'], reason: 'Cleo asked for it in person.' };
      assert.equal((await api.post(`/v1/mailings/${mailing.id}/send`, { override })).status, 200);
      const [entry] = await entries('action=sendMailing');
      assert.deepEqual(entry!.actor, { type: 'api_key', id: api.keyId, name: 'test' });
      assert.deepEqual(entry!.after.override.reasons, override.reasons);
      assert.equal(entry!.before.status, 'draft');
      assert.equal(entry!.after.override.reason, 'Cleo asked for it in person.');
      assert.equal(entry!.after.override.persons, 1);
    });
  });
}
