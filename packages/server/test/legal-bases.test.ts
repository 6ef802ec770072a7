import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Answer, DIALECTS, snapshot, testApi } from './harness.js';

const fields = (answer: Answer) => (answer.body.errors as { field: string }[]).map((e) => e.field);

for (const dialect of DIALECTS) {
  describe(`legal bases (${dialect})`, async () => {
    const api = await testApi(dialect);

    it('always has the six bases of Art. 6(1)(a)–(f), built in and active', async () => {
      const { status, body } = await api.get('/v1/legal-bases');
      assert.equal(status, 200);
      const builtins = (body.items as { key: string; article: string; builtin: boolean; active: boolean }[])
        .filter((b) => b.builtin)
        .map((b) => [b.key, b.article, b.active]);
      assert.deepEqual(builtins, [
        ['consent', '6.1.a', true],
        ['contract', '6.1.b', true],
        ['legal_obligation', '6.1.c', true],
        ['vital_interests', '6.1.d', true],
        ['public_task', '6.1.e', true],
        ['legitimate_interests', '6.1.f', true],
      ]);
    });

    it('defines a company basis mapped to exactly one article', async () => {
      const created = await api.post('/v1/legal-bases', {
        key: 'customer_care',
        name: 'Customer care',
        article: '6.1.f',
        description: 'Following up on a support case.',
      });
      assert.equal(created.status, 201);
      assert.equal(created.body.key, 'customer_care');
      assert.equal(created.body.name, 'Customer care');
      assert.equal(created.body.article, '6.1.f');
      assert.equal(created.body.description, 'Following up on a support case.');
      assert.equal(created.body.builtin, false);
      assert.equal(created.body.active, true);
      const listed = (await api.get('/v1/legal-bases')).body.items.find((b: { key: string }) => b.key === 'customer_care');
      assert.deepEqual(listed, created.body);
    });

    it('refuses a second basis with a key that exists (409) and changes nothing', async () => {
      await api.post('/v1/legal-bases', { key: 'fair_follow_up', name: 'Fair follow-up', article: '6.1.f' });
      for (const key of ['fair_follow_up', 'consent']) {
        const before = await snapshot(api.store);
        const answer = await api.post('/v1/legal-bases', { key, name: 'Another name', article: '6.1.b' });
        assert.equal(answer.status, 409, key);
        assert.equal(answer.body.status, 409);
        assert.equal(await snapshot(api.store), before, key);
      }
      const kept = (await api.get('/v1/legal-bases')).body.items.find((b: { key: string }) => b.key === 'fair_follow_up');
      assert.equal(kept.name, 'Fair follow-up');
      assert.equal(kept.article, '6.1.f');
    });

    it('renames, describes, deactivates and reactivates a basis, keeping its article', async () => {
      await api.post('/v1/legal-bases', { key: 'loyalty_programme', name: 'Loyalty programme', article: '6.1.b' });
      const renamed = await api.patch('/v1/legal-bases/loyalty_programme', { name: 'Loyalty club', description: 'Club membership.' });
      assert.equal(renamed.status, 200);
      assert.equal(renamed.body.name, 'Loyalty club');
      assert.equal(renamed.body.description, 'Club membership.');
      assert.equal(renamed.body.article, '6.1.b');
      assert.equal(renamed.body.active, true);

      const deactivated = await api.patch('/v1/legal-bases/loyalty_programme', { active: false });
      assert.equal(deactivated.status, 200);
      assert.equal(deactivated.body.active, false);
      assert.equal(deactivated.body.name, 'Loyalty club');
      const listed = (await api.get('/v1/legal-bases')).body.items.find((b: { key: string }) => b.key === 'loyalty_programme');
      assert.deepEqual(listed, deactivated.body);

      const reactivated = await api.patch('/v1/legal-bases/loyalty_programme', { active: true });
      assert.equal(reactivated.body.active, true);
    });

    it('never changes the article of a basis: `article` in a PATCH is an unknown field (422)', async () => {
      await api.post('/v1/legal-bases', { key: 'warranty_service', name: 'Warranty service', article: '6.1.b' });
      const before = await snapshot(api.store);
      const answer = await api.patch('/v1/legal-bases/warranty_service', { article: '6.1.a' });
      assert.equal(answer.status, 422);
      assert.deepEqual(fields(answer), ['article']);
      assert.equal(await snapshot(api.store), before);
      const listed = (await api.get('/v1/legal-bases')).body.items.find((b: { key: string }) => b.key === 'warranty_service');
      assert.equal(listed.article, '6.1.b');
    });

    it('answers 404 for a PATCH of a basis that does not exist', async () => {
      const before = await snapshot(api.store);
      const answer = await api.patch('/v1/legal-bases/no_such_basis', { name: 'Anything' });
      assert.equal(answer.status, 404);
      assert.equal(await snapshot(api.store), before);
    });

    it('refuses to deactivate the default basis of an active purpose (409) and changes nothing', async () => {
      await api.post('/v1/legal-bases', { key: 'member_benefit', name: 'Member benefit', article: '6.1.b' });
      await api.post('/v1/purposes', {
        key: 'member_offers',
        name: 'Member offers',
        description: 'Offers for club members.',
        allowedLegalBases: ['member_benefit', 'consent'],
        defaultLegalBasis: 'member_benefit',
      });
      const before = await snapshot(api.store);
      const answer = await api.patch('/v1/legal-bases/member_benefit', { active: false });
      assert.equal(answer.status, 409);
      assert.match(answer.body.detail, /member_offers/);
      assert.equal(await snapshot(api.store), before);

      // Once the purpose no longer applies it to new persons, the basis may go.
      assert.equal((await api.patch('/v1/purposes/member_offers', { active: false })).status, 200);
      const deactivated = await api.patch('/v1/legal-bases/member_benefit', { active: false });
      assert.equal(deactivated.status, 200);
      assert.equal(deactivated.body.active, false);
    });

    it('refuses a deactivated basis for new consents and keeps the records given under it', async () => {
      await api.post('/v1/legal-bases', { key: 'event_consent', name: 'Event consent', article: '6.1.a' });
      await api.post('/v1/purposes', {
        key: 'event_photos',
        name: 'Event photos',
        description: 'Photos taken at our events.',
        allowedLegalBases: ['consent', 'event_consent'],
      });
      const subject = (await api.post('/v1/subjects', { email: 'eve@example.com' })).body.id as string;
      const given = await api.put(`/v1/subjects/${subject}/consents/event_photos`, { legalBasis: 'event_consent' });
      assert.equal(given.status, 200);

      assert.equal((await api.patch('/v1/legal-bases/event_consent', { active: false })).status, 200);
      const before = await snapshot(api.store);
      const refused = await api.put(`/v1/subjects/${subject}/consents/event_photos`, { legalBasis: 'event_consent' });
      assert.equal(refused.status, 422);
      assert.deepEqual(fields(refused), ['legalBasis']);
      assert.equal(await snapshot(api.store), before);

      const records = (await api.get(`/v1/subjects/${subject}/consents`)).body.items;
      assert.deepEqual(records, [given.body]);
    });
  });
}
