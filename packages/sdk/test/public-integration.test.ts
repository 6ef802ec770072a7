import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createBasisClient } from '@basis/sdk';
import { UnauthorizedError, createPublicClient } from '@basis/sdk/public';
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
});
