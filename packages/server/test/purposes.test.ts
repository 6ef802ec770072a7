import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Answer, DIALECTS, snapshot, testApi } from './harness.js';

const fields = (answer: Answer) => (answer.body.errors as { field: string }[]).map((e) => e.field);

for (const dialect of DIALECTS) {
  describe(`purposes (${dialect})`, async () => {
    const api = await testApi(dialect);

    it('creates a purpose at version 1 with no default legal basis (privacy by default)', async () => {
      const created = await api.post('/v1/purposes', {
        key: 'email_marketing',
        name: 'Email marketing',
        description: 'We send you offers by email.',
        allowedLegalBases: ['consent', 'legitimate_interests'],
      });
      assert.equal(created.status, 201);
      assert.equal(created.body.key, 'email_marketing');
      assert.equal(created.body.name, 'Email marketing');
      assert.equal(created.body.description, 'We send you offers by email.');
      assert.deepEqual(created.body.allowedLegalBases, ['consent', 'legitimate_interests']);
      assert.equal(created.body.defaultLegalBasis, null);
      assert.equal(created.body.retentionDays, null);
      assert.equal(created.body.active, true);
      assert.equal(created.body.version, 1);

      const read = await api.get('/v1/purposes/email_marketing');
      assert.equal(read.status, 200);
      assert.deepEqual(read.body, created.body);
      const listed = await api.get('/v1/purposes');
      assert.equal(listed.status, 200);
      assert.deepEqual(
        listed.body.items.find((p: { key: string }) => p.key === 'email_marketing'),
        created.body,
      );
    });

    it('keeps a default legal basis and retention period that are given', async () => {
      const created = await api.post('/v1/purposes', {
        key: 'order_service',
        name: 'Order service',
        description: 'Delivering what you ordered.',
        allowedLegalBases: ['contract'],
        defaultLegalBasis: 'contract',
        retentionDays: 3650,
      });
      assert.equal(created.status, 201);
      assert.equal(created.body.defaultLegalBasis, 'contract');
      assert.equal(created.body.retentionDays, 3650);
      assert.deepEqual((await api.get('/v1/purposes/order_service')).body, created.body);
    });

    it('answers 404 for a purpose that does not exist', async () => {
      assert.equal((await api.get('/v1/purposes/no_such_purpose')).status, 404);
      assert.equal((await api.get('/v1/purposes/no_such_purpose/versions')).status, 404);
    });

    it('refuses a purpose whose key exists (409) and changes nothing', async () => {
      const before = await snapshot(api.store);
      const answer = await api.post('/v1/purposes', {
        key: 'email_marketing',
        name: 'Other',
        description: 'Other text.',
        allowedLegalBases: ['consent'],
      });
      assert.equal(answer.status, 409);
      assert.equal(await snapshot(api.store), before);
    });

    it('creates a new version when the name or the text changes, and lists every version', async () => {
      await api.post('/v1/purposes', {
        key: 'profiling',
        name: 'Profiling',
        description: 'Tailoring offers.',
        allowedLegalBases: ['consent'],
      });
      const renamed = await api.patch('/v1/purposes/profiling', { name: 'Personal offers' });
      assert.equal(renamed.status, 200);
      assert.equal(renamed.body.version, 2);
      const reworded = await api.patch('/v1/purposes/profiling', { description: 'Tailoring offers to what you bought.' });
      assert.equal(reworded.body.version, 3);
      assert.equal((await api.get('/v1/purposes/profiling')).body.version, 3);

      const versions = await api.get('/v1/purposes/profiling/versions');
      assert.equal(versions.status, 200);
      assert.deepEqual(
        versions.body.items.map((v: { purpose: string; version: number; name: string; description: string }) => [
          v.purpose,
          v.version,
          v.name,
          v.description,
        ]),
        [
          ['profiling', 1, 'Profiling', 'Tailoring offers.'],
          ['profiling', 2, 'Personal offers', 'Tailoring offers.'],
          ['profiling', 3, 'Personal offers', 'Tailoring offers to what you bought.'],
        ],
      );
    });

    it('keeps the version when anything but the name or the text changes', async () => {
      await api.post('/v1/purposes', {
        key: 'partner_sharing',
        name: 'Partner sharing',
        description: 'Sharing with partners.',
        allowedLegalBases: ['consent'],
      });
      const patches = [
        { allowedLegalBases: ['consent', 'legitimate_interests'] },
        { defaultLegalBasis: 'legitimate_interests' },
        { retentionDays: 365 },
        { active: false },
        { name: 'Partner sharing', description: 'Sharing with partners.' },
      ];
      for (const patch of patches) {
        const answer = await api.patch('/v1/purposes/partner_sharing', patch);
        assert.equal(answer.status, 200, JSON.stringify(patch));
        assert.equal(answer.body.version, 1, JSON.stringify(patch));
      }
      const read = (await api.get('/v1/purposes/partner_sharing')).body;
      assert.deepEqual(read.allowedLegalBases, ['consent', 'legitimate_interests']);
      assert.equal(read.defaultLegalBasis, 'legitimate_interests');
      assert.equal(read.retentionDays, 365);
      assert.equal(read.active, false);
      assert.equal((await api.get('/v1/purposes/partner_sharing/versions')).body.items.length, 1);
    });

    it('refuses a default legal basis that is not among the allowed ones (422 naming `defaultLegalBasis`)', async () => {
      let before = await snapshot(api.store);
      const created = await api.post('/v1/purposes', {
        key: 'web_tracking',
        name: 'Website tracking',
        description: 'Measuring visits.',
        allowedLegalBases: ['consent'],
        defaultLegalBasis: 'legitimate_interests',
      });
      assert.equal(created.status, 422);
      assert.deepEqual(fields(created), ['defaultLegalBasis']);
      assert.equal(await snapshot(api.store), before);
      assert.equal((await api.get('/v1/purposes/web_tracking')).status, 404);

      await api.post('/v1/purposes', {
        key: 'direct_sales',
        name: 'Direct sales',
        description: 'Calls from our sales team.',
        allowedLegalBases: ['consent', 'legitimate_interests'],
        defaultLegalBasis: 'legitimate_interests',
      });
      before = await snapshot(api.store);
      const patched = await api.patch('/v1/purposes/direct_sales', { defaultLegalBasis: 'contract' });
      assert.equal(patched.status, 422);
      assert.deepEqual(fields(patched), ['defaultLegalBasis']);
      // Taking away the basis that is the default leaves the default outside the allowed ones.
      const narrowed = await api.patch('/v1/purposes/direct_sales', { allowedLegalBases: ['consent'] });
      assert.equal(narrowed.status, 422);
      assert.deepEqual(fields(narrowed), ['defaultLegalBasis']);
      assert.equal(await snapshot(api.store), before);
    });

    it('refuses an unknown legal basis among the allowed ones (422 naming its index)', async () => {
      let before = await snapshot(api.store);
      const created = await api.post('/v1/purposes', {
        key: 'surveys',
        name: 'Surveys',
        description: 'Asking your opinion.',
        allowedLegalBases: ['consent', 'gut_feeling'],
      });
      assert.equal(created.status, 422);
      assert.deepEqual(fields(created), ['allowedLegalBases.1']);
      assert.equal(await snapshot(api.store), before);

      before = await snapshot(api.store);
      const patched = await api.patch('/v1/purposes/email_marketing', { allowedLegalBases: ['gut_feeling'] });
      assert.equal(patched.status, 422);
      assert.deepEqual(fields(patched), ['allowedLegalBases.0']);
      assert.equal(await snapshot(api.store), before);
    });

    it('keeps on a consent record the version it was given under after the text changes', async () => {
      await api.post('/v1/purposes', {
        key: 'product_tips',
        name: 'Product tips',
        description: 'Tips v1.',
        allowedLegalBases: ['consent'],
      });
      const subject = (await api.post('/v1/subjects', { email: 'tia@example.com' })).body.id as string;
      const given = await api.put(`/v1/subjects/${subject}/consents/product_tips`, { legalBasis: 'consent' });
      assert.equal(given.body.purposeVersion, 1);

      const changed = await api.patch('/v1/purposes/product_tips', { description: 'Tips v2, now with videos.' });
      assert.equal(changed.body.version, 2);
      const kept = (await api.get(`/v1/subjects/${subject}/consents`)).body.items.filter(
        (r: { purpose: string }) => r.purpose === 'product_tips',
      );
      assert.deepEqual(kept, [given.body]);

      const other = (await api.post('/v1/subjects', { email: 'tom@example.com' })).body.id as string;
      const renewed = await api.put(`/v1/subjects/${other}/consents/product_tips`, { legalBasis: 'consent' });
      assert.equal(renewed.body.purposeVersion, 2);
      // A form that still showed the old text records the version it showed.
      const shownOld = await api.put(`/v1/subjects/${other}/consents/product_tips`, { legalBasis: 'consent', purposeVersion: 1 });
      assert.equal(shownOld.status, 200);
      assert.equal(shownOld.body.purposeVersion, 1);
    });

    it('refuses a purposeVersion beyond the current one (422 naming `purposeVersion`) and changes nothing', async () => {
      await api.post('/v1/purposes', { key: 'webinars', name: 'Webinars', description: 'Invitations.', allowedLegalBases: ['consent'] });
      const subject = (await api.post('/v1/subjects', { email: 'wes@example.com' })).body.id as string;
      const current = (await api.get('/v1/purposes/webinars')).body.version as number;
      const before = await snapshot(api.store);
      const answer = await api.put(`/v1/subjects/${subject}/consents/webinars`, { legalBasis: 'consent', purposeVersion: current + 1 });
      assert.equal(answer.status, 422);
      assert.deepEqual(fields(answer), ['purposeVersion']);
      assert.equal(await snapshot(api.store), before);
    });
  });
}
