import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Answer, DIALECTS, NEWSLETTER, snapshot, testApi, type TestApi } from './harness.js';

const fields = (answer: Answer) => (answer.body.errors as { field: string }[]).map((e) => e.field);
const eventCount = async (api: TestApi, subject: string) => (await api.get(`/v1/subjects/${subject}/ledger`)).body.items.length as number;

for (const dialect of DIALECTS) {
  describe(`consents (${dialect})`, async () => {
    const api = await testApi(dialect);
    await api.post('/v1/purposes', NEWSLETTER);
    await api.post('/v1/purposes', {
      key: 'service_updates',
      name: 'Service updates',
      description: 'Notices about your orders.',
      allowedLegalBases: ['contract', 'legitimate_interests'],
    });
    const newSubject = async (email: string) => (await api.post('/v1/subjects', { email })).body.id as string;

    it('sets a record with its basis, status active, source api, the API key as author and the current text version', async () => {
      await api.patch('/v1/purposes/newsletter', { description: 'News by email, once a month.' });
      const version = (await api.get('/v1/purposes/newsletter')).body.version as number;
      const subject = await newSubject('ada@example.com');
      const answer = await api.put(`/v1/subjects/${subject}/consents/newsletter`, { legalBasis: 'consent' });
      assert.equal(answer.status, 200);
      const record = answer.body;
      assert.equal(record.subjectId, subject);
      assert.equal(record.purpose, 'newsletter');
      assert.equal(record.legalBasis, 'consent');
      assert.equal(record.status, 'active');
      assert.equal(record.source, 'api');
      assert.deepEqual(record.updatedBy, { type: 'api_key', id: api.keyId });
      assert.equal(record.purposeVersion, version);
      assert.equal(version, 2);
      assert.deepEqual(record.evidence, {});
      assert.ok(Math.abs(Date.parse(record.setAt) - Date.now()) < 60_000, record.setAt);

      const listed = await api.get(`/v1/subjects/${subject}/consents`);
      assert.equal(listed.status, 200);
      assert.deepEqual(listed.body.items, [record]);
    });

    it('withdraws a consent: one current record per person and purpose, now withdrawn', async () => {
      const subject = await newSubject('bea@example.com');
      await api.put(`/v1/subjects/${subject}/consents/newsletter`, { legalBasis: 'consent', source: 'web_form' });
      const withdrawn = await api.put(`/v1/subjects/${subject}/consents/newsletter`, { legalBasis: 'consent', status: 'withdrawn' });
      assert.equal(withdrawn.status, 200);
      assert.equal(withdrawn.body.status, 'withdrawn');
      assert.equal(withdrawn.body.source, 'api');
      assert.deepEqual((await api.get(`/v1/subjects/${subject}/consents`)).body.items, [withdrawn.body]);
    });

    it('keeps one record per purpose for a person', async () => {
      const subject = await newSubject('cy@example.com');
      await api.put(`/v1/subjects/${subject}/consents/newsletter`, { legalBasis: 'consent' });
      await api.put(`/v1/subjects/${subject}/consents/service_updates`, { legalBasis: 'contract', status: 'objected' });
      const records = (await api.get(`/v1/subjects/${subject}/consents`)).body.items;
      assert.deepEqual(
        records.map((r: { purpose: string; legalBasis: string; status: string }) => [r.purpose, r.legalBasis, r.status]),
        [
          ['newsletter', 'consent', 'active'],
          ['service_updates', 'contract', 'objected'],
        ],
      );
    });

    it('refuses a legal basis the purpose does not allow (422 naming `legalBasis`) and changes nothing', async () => {
      const subject = await newSubject('dee@example.com');
      await api.put(`/v1/subjects/${subject}/consents/newsletter`, { legalBasis: 'consent' });
      for (const legalBasis of ['legitimate_interests', 'no_such_basis']) {
        const before = await snapshot(api.store);
        const answer = await api.put(`/v1/subjects/${subject}/consents/newsletter`, { legalBasis });
        assert.equal(answer.status, 422, legalBasis);
        assert.deepEqual(fields(answer), ['legalBasis']);
        assert.equal(await snapshot(api.store), before, legalBasis);
      }
      assert.equal((await api.get(`/v1/subjects/${subject}/consents`)).body.items[0].legalBasis, 'consent');
    });

    it('answers 404 for a purpose that does not exist and changes nothing', async () => {
      const subject = await newSubject('eda@example.com');
      const before = await snapshot(api.store);
      const answer = await api.put(`/v1/subjects/${subject}/consents/no_such_purpose`, { legalBasis: 'consent' });
      assert.equal(answer.status, 404);
      assert.match(answer.body.detail, /no_such_purpose/);
      assert.equal(await snapshot(api.store), before);
    });

    it('answers 404 for a person who does not exist and changes nothing', async () => {
      const nobody = '01890000-0000-7000-8000-000000000000';
      const before = await snapshot(api.store);
      const answer = await api.put(`/v1/subjects/${nobody}/consents/newsletter`, { legalBasis: 'consent' });
      assert.equal(answer.status, 404);
      assert.equal(await snapshot(api.store), before);
      assert.equal((await api.get(`/v1/subjects/${nobody}/consents`)).status, 404);
    });

    it('stores the IP address of the evidence truncated, never in full', async () => {
      const cases = [
        ['203.0.113.77', '203.0.113.0'],
        ['2001:db8:85a3:8d3:1319:8a2e:370:7348', '2001:db8:85a3::'],
        ['2001:db8:85a3::8a2e:370:7348', '2001:db8:85a3::'],
      ] as const;
      for (const [ip, truncated] of cases) {
        const subject = await newSubject(`ip.${cases.findIndex((c) => c[0] === ip)}@example.com`);
        const answer = await api.put(`/v1/subjects/${subject}/consents/newsletter`, {
          legalBasis: 'consent',
          source: 'web_form',
          evidence: { ip, userAgent: 'Firefox/140', locale: 'de-CH', formVersion: 3 },
        });
        assert.equal(answer.status, 200, ip);
        assert.deepEqual(answer.body.evidence, { ip: truncated, userAgent: 'Firefox/140', locale: 'de-CH', formVersion: 3 }, ip);
        assert.deepEqual((await api.get(`/v1/subjects/${subject}/consents`)).body.items[0].evidence, answer.body.evidence);
        const event = (await api.get(`/v1/subjects/${subject}/ledger`)).body.items.at(-1);
        assert.equal(event.details.evidence.ip, truncated, ip);
        assert.equal((await snapshot(api.store)).includes(ip), false, `${ip} is stored in full`);
      }
    });

    it('appends exactly one ledger event for each PUT, even one that repeats the current state', async () => {
      const subject = await newSubject('fin@example.com');
      const start = await eventCount(api, subject);
      const first = await api.put(`/v1/subjects/${subject}/consents/newsletter`, { legalBasis: 'consent' });
      assert.equal(await eventCount(api, subject), start + 1);
      const events = (await api.get(`/v1/subjects/${subject}/ledger`)).body.items;
      const event = events.at(-1);
      assert.equal(event.id, first.body.eventId);
      assert.equal(event.type, 'consent.set');
      assert.deepEqual(event.data, {
        purpose: 'newsletter',
        purposeVersion: first.body.purposeVersion,
        legalBasis: 'consent',
        status: 'active',
        source: 'api',
        updatedBy: { type: 'api_key', id: api.keyId },
      });

      const again = await api.put(`/v1/subjects/${subject}/consents/newsletter`, { legalBasis: 'consent' });
      assert.equal(await eventCount(api, subject), start + 2);
      assert.notEqual(again.body.eventId, first.body.eventId);
      await api.put(`/v1/subjects/${subject}/consents/newsletter`, { legalBasis: 'consent', status: 'withdrawn' });
      assert.equal(await eventCount(api, subject), start + 3);
      assert.deepEqual((await api.get(`/v1/ledger/verify?subject=${subject}`)).body, { ok: true, events: start + 3 });
    });
  });
}
