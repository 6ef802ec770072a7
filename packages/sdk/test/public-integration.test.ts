import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createBasisClient } from '@basis/sdk';
import { NotFoundError, UnauthorizedError, createPublicClient } from '@basis/sdk/public';
import { liveServer } from './live-server.js';

describe('the visitor SDK against the real server', async () => {
  const server = await liveServer();
  const admin = createBasisClient({ baseUrl: server.baseUrl, apiKey: server.apiKey });
  await admin.purposes.create({ key: 'newsletter', name: 'Newsletter', description: 'News.', allowedLegalBases: ['consent'] });
  await admin.topics.create({ key: 'product_news', name: 'Product news', purpose: 'newsletter' });
  const ann = await admin.subjects.create({ email: 'ann@example.com' });

  it('a person reads and changes their preferences with their manage link', async () => {
    const link = await admin.subjects.manageLinks.create(ann.id);
    const visitor = createPublicClient({ baseUrl: server.baseUrl, token: link.token });
    const before = await visitor.preferences.get();
    assert.equal(before.email, 'a•••@example.com');
    assert.equal(before.topics[0]!.subscribed, false);
    const after = await visitor.preferences.update({
      topics: [{ topic: 'product_news', subscribed: true }],
      consents: [{ purpose: 'newsletter', given: true }],
    });
    assert.equal(after.topics[0]!.subscribed, true);
    assert.equal(after.purposes[0]!.consented, true);
    const records = await admin.subjects.consents.list(ann.id);
    assert.deepEqual(records[0]!.updatedBy, { type: 'subject', id: ann.id });
  });

  it('a revoked link is refused', async () => {
    const link = await admin.subjects.manageLinks.create(ann.id);
    await admin.subjects.manageLinks.revokeAll(ann.id);
    const visitor = createPublicClient({ baseUrl: server.baseUrl, token: link.token });
    await assert.rejects(visitor.preferences.get(), UnauthorizedError);
  });

  it('asks for a new link without learning whether the address is known', async () => {
    const visitor = createPublicClient({ baseUrl: server.baseUrl });
    await visitor.requestManageLink({ email: 'ann@example.com' });
    await visitor.requestManageLink({ email: 'nobody@example.com' });
    const queued = await server.store.db.selectFrom('outbox').select('recipient').execute();
    assert.deepEqual(
      queued.map((m) => m.recipient),
      ['ann@example.com'],
    );
  });

  it('a visitor reads a published form and sends it; the marketer sees the submission', async () => {
    const draft = await admin.forms.create({
      name: 'Newsletter sign-up',
      defaultLocale: 'en',
      fields: [{ key: 'email', type: 'email', label: { en: 'Email' } }],
      consentItems: [{ purpose: 'newsletter', text: { en: 'Send me the newsletter.' } }],
      doubleOptIn: false,
      texts: { thankYou: { en: 'Thank you!' } },
    });
    await assert.rejects(createPublicClient({ baseUrl: server.baseUrl }).forms.get(draft.id), NotFoundError);
    const published = await admin.forms.publish(draft.id);
    assert.equal(published.publishedVersion, 1);
    assert.equal((await admin.forms.update(draft.id, { name: 'Sign-up' })).name, 'Sign-up');
    assert.deepEqual(
      (await admin.forms.list()).map((f) => f.id),
      [draft.id],
    );

    const visitor = createPublicClient({ baseUrl: server.baseUrl });
    const form = await visitor.forms.get(draft.id);
    assert.equal(form.version, 1);
    const result = await visitor.forms.submit(form.id, {
      version: form.version,
      locale: 'en',
      values: { email: 'cleo@example.com' },
      consents: { newsletter: true },
      startedAt: new Date(Date.now() - 10_000).toISOString(),
    });
    assert.deepEqual(result, { status: 'received' });
    const submissions = await admin.forms.submissions(form.id).toArray();
    assert.deepEqual(
      submissions.map((s) => s.status),
      ['received'],
    );
    const records = await admin.subjects.consents.list(submissions[0]!.subjectId);
    assert.equal(records[0]?.evidence.form, form.id);
    assert.equal((await admin.forms.get(form.id)).hasDraft, false);
  });
});
