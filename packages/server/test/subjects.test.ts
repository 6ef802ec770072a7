import assert from 'node:assert/strict';
import { describe, it, mock } from 'node:test';
import { type Answer, DIALECTS, NEWSLETTER, snapshot, testApi } from './harness.js';

const fields = (answer: Answer) => (answer.body.errors as { field: string }[]).map((e) => e.field);
const idsOf = (answer: Answer) => (answer.body.items as { id: string }[]).map((s) => s.id);

for (const dialect of DIALECTS) {
  describe(`subjects (${dialect})`, async () => {
    const api = await testApi(dialect);
    await api.post('/v1/purposes', {
      key: 'service_updates',
      name: 'Service updates',
      description: 'Notices about the service you use.',
      allowedLegalBases: ['contract', 'legitimate_interests'],
      defaultLegalBasis: 'contract',
    });
    await api.post('/v1/purposes', NEWSLETTER);
    await api.post('/v1/purposes', {
      key: 'old_offers',
      name: 'Old offers',
      description: 'Offers we no longer send.',
      allowedLegalBases: ['legitimate_interests'],
      defaultLegalBasis: 'legitimate_interests',
    });
    await api.patch('/v1/purposes/old_offers', { active: false });

    it('stores the email trimmed and in lower case', async () => {
      const created = await api.post('/v1/subjects', { email: '  Ann.Lee@Example.COM ', name: 'Ann Lee' });
      assert.equal(created.status, 201);
      assert.equal(created.body.email, 'ann.lee@example.com');
      assert.equal(created.body.name, 'Ann Lee');
      const read = await api.get(`/v1/subjects/${created.body.id}`);
      assert.equal(read.status, 200);
      assert.deepEqual(read.body, created.body);
    });

    it('refuses a second person with the same email in any case (409) and changes nothing', async () => {
      const before = await snapshot(api.store);
      const answer = await api.post('/v1/subjects', { email: 'ANN.LEE@example.com ' });
      assert.equal(answer.status, 409);
      assert.equal(await snapshot(api.store), before);
    });

    it('refuses to change a person’s email to another person’s (409) and changes nothing', async () => {
      const ben = (await api.post('/v1/subjects', { email: 'ben@example.com' })).body.id as string;
      const before = await snapshot(api.store);
      const answer = await api.patch(`/v1/subjects/${ben}`, { email: 'Ann.Lee@example.com' });
      assert.equal(answer.status, 409);
      assert.equal(await snapshot(api.store), before);
      assert.equal((await api.get(`/v1/subjects/${ben}`)).body.email, 'ben@example.com');
      // Their own address, written differently, is not a conflict.
      const own = await api.patch(`/v1/subjects/${ben}`, { email: ' BEN@example.com' });
      assert.equal(own.status, 200);
      assert.equal(own.body.email, 'ben@example.com');
    });

    it('records each active purpose’s default legal basis for a new person, by the system, with the call’s source', async () => {
      const created = await api.post('/v1/subjects', { email: 'cara@example.com', source: 'web_form' });
      assert.equal(created.status, 201);
      const consents = await api.get(`/v1/subjects/${created.body.id}/consents`);
      assert.equal(consents.status, 200);
      // No record for `newsletter` (no default) nor for `old_offers` (inactive).
      assert.equal(consents.body.items.length, 1);
      const [record] = consents.body.items;
      assert.equal(record.subjectId, created.body.id);
      assert.equal(record.purpose, 'service_updates');
      assert.equal(record.legalBasis, 'contract');
      assert.equal(record.status, 'active');
      assert.deepEqual(record.updatedBy, { type: 'system', id: null });
      assert.equal(record.source, 'web_form');
      assert.equal(record.purposeVersion, 1);

      const ledger = (await api.get(`/v1/subjects/${created.body.id}/ledger`)).body.items;
      assert.equal(ledger.length, 1);
      assert.equal(ledger[0].id, record.eventId);
      assert.equal(ledger[0].type, 'consent.set');
      assert.deepEqual(ledger[0].data, {
        purpose: 'service_updates',
        purposeVersion: 1,
        legalBasis: 'contract',
        status: 'active',
        source: 'web_form',
        updatedBy: { type: 'system', id: null },
      });
      assert.equal((await api.get(`/v1/ledger/verify?subject=${created.body.id}`)).body.ok, true);
    });

    it('records default legal bases with the source `api` when the call names none', async () => {
      const created = await api.post('/v1/subjects', { email: 'dan@example.com' });
      const records = (await api.get(`/v1/subjects/${created.body.id}/consents`)).body.items;
      assert.deepEqual(
        records.map((r: { purpose: string; source: string }) => [r.purpose, r.source]),
        [['service_updates', 'api']],
      );
    });

    it('records nothing for a new person when no active purpose has a default', async () => {
      await api.patch('/v1/purposes/service_updates', { defaultLegalBasis: null });
      try {
        const created = await api.post('/v1/subjects', { email: 'dina@example.com' });
        assert.deepEqual((await api.get(`/v1/subjects/${created.body.id}/consents`)).body.items, []);
        assert.deepEqual((await api.get(`/v1/subjects/${created.body.id}/ledger`)).body.items, []);
      } finally {
        await api.patch('/v1/purposes/service_updates', { defaultLegalBasis: 'contract' });
      }
    });

    it('answers 404 for a person who does not exist', async () => {
      for (const id of ['01890000-0000-7000-8000-000000000000', 'nobody']) {
        const answer = await api.get(`/v1/subjects/${id}`);
        assert.equal(answer.status, 404, id);
        assert.equal(answer.body.status, 404);
      }
      const before = await snapshot(api.store);
      assert.equal((await api.patch('/v1/subjects/01890000-0000-7000-8000-000000000000', { name: 'X' })).status, 404);
      assert.equal(await snapshot(api.store), before);
    });

    it('changes the fields a PATCH names and keeps the others', async () => {
      const created = (
        await api.post('/v1/subjects', {
          email: 'eli@example.com',
          name: 'Eli',
          phone: '+41 44 000 00 00',
          company: 'Northwind',
          locale: 'de-CH',
          customFields: { shoeSize: 42 },
        })
      ).body;
      const patched = await api.patch(`/v1/subjects/${created.id}`, {
        name: 'Eli Berger',
        company: null,
        locale: 'fr',
        customFields: { shoeSize: 43, newsletterSeen: true },
      });
      assert.equal(patched.status, 200);
      assert.equal(patched.body.id, created.id);
      assert.equal(patched.body.email, 'eli@example.com');
      assert.equal(patched.body.name, 'Eli Berger');
      assert.equal(patched.body.phone, '+41 44 000 00 00');
      assert.equal(patched.body.company, null);
      assert.equal(patched.body.locale, 'fr');
      assert.deepEqual(patched.body.customFields, { shoeSize: 43, newsletterSeen: true });
      assert.equal(patched.body.createdAt, created.createdAt);
      assert.ok(patched.body.updatedAt >= created.updatedAt);
      assert.deepEqual((await api.get(`/v1/subjects/${created.id}`)).body, patched.body);
    });
  });

  describe(`subjects list and search (${dialect})`, async () => {
    const api = await testApi(dialect);
    const created: string[] = [];
    for (const [email, name] of [
      ['anna.berg@example.com', 'Anna Berg'],
      ['bob.stone@example.com', 'Robert Stone'],
      ['carl@joanna.example', 'Carl Meyer'],
      ['dora@example.com', 'Marianna Ruiz'],
      ['emil@example.com', null],
      ['fay@example.com', 'Fay'],
      ['gus@example.com', 'Gus'],
    ] as const) {
      created.push((await api.post('/v1/subjects', { email, name })).body.id as string);
    }
    const newestFirst = [...created].reverse();

    it('lists persons newest first', async () => {
      const { status, body } = await api.get('/v1/subjects');
      assert.equal(status, 200);
      assert.deepEqual(
        body.items.map((s: { id: string }) => s.id),
        newestFirst,
      );
      assert.equal(body.nextCursor, null);
    });

    it('pages through every person with the cursor, none twice and none missing', async () => {
      const pages: string[][] = [];
      let cursor: string | null = null;
      do {
        const answer: Answer = await api.get(`/v1/subjects?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        assert.equal(answer.status, 200);
        pages.push(idsOf(answer));
        cursor = answer.body.nextCursor as string | null;
      } while (cursor !== null && pages.length < 10);
      assert.deepEqual(
        pages.map((p) => p.length),
        [3, 3, 1],
      );
      assert.deepEqual(pages.flat(), newestFirst);
    });

    it('searches by the start of the email and anywhere in the name, ignoring case', async () => {
      const search = async (q: string) => idsOf(await api.get(`/v1/subjects?q=${encodeURIComponent(q)}`));
      const [anna, bob, , dora] = created;
      // `carl@joanna.example` has "anna" inside its email, not at its start.
      assert.deepEqual(await search('ANNA'), [dora, anna]);
      assert.deepEqual(await search('Bob.'), [bob]);
      assert.deepEqual(await search('stone'), [bob]);
      assert.deepEqual(await search('example.com'), []);
      assert.deepEqual(await search('_'), []);
      assert.deepEqual(await search('%'), []);
    });

    it('pages through search results too', async () => {
      const [anna, , , dora] = created;
      const first = await api.get('/v1/subjects?q=anna&limit=1');
      assert.deepEqual(idsOf(first), [dora]);
      const second = await api.get(`/v1/subjects?q=anna&limit=1&cursor=${encodeURIComponent(first.body.nextCursor)}`);
      assert.deepEqual(idsOf(second), [anna]);
      assert.equal(second.body.nextCursor, null);
    });

    it('keeps persons added within one millisecond newest first', async () => {
      const sameMoment: string[] = [];
      mock.timers.enable({ apis: ['Date'], now: Date.now() });
      try {
        for (let i = 0; i < 5; i++) {
          sameMoment.push((await api.post('/v1/subjects', { email: `same.moment.${i}@example.com` })).body.id as string);
        }
      } finally {
        mock.timers.reset();
      }
      assert.deepEqual(idsOf(await api.get('/v1/subjects?q=same.moment')), [...sameMoment].reverse());
    });

    it('refuses a cursor Basis did not give out (422 naming `cursor`)', async () => {
      const answer = await api.get('/v1/subjects?cursor=not-a-cursor');
      assert.equal(answer.status, 422);
      assert.deepEqual(fields(answer), ['cursor']);
      assert.equal(answer.body.errors[0].in, 'query');
    });
  });
}
