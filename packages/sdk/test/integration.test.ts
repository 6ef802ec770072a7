import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConflictError, NotFoundError, UnauthorizedError, ValidationError, createBasisClient, type ApiError } from '@basis/sdk';
import { liveServer } from './live-server.js';

describe('the SDK against the real server', async () => {
  const server = await liveServer();
  const client = createBasisClient({ baseUrl: server.baseUrl, apiKey: server.apiKey });

  it('reads health', async () => {
    assert.deepEqual(await client.health(), { status: 'ok', database: 'ok' });
  });

  it('manages legal bases, sources, purposes and topics', async () => {
    assert.deepEqual(
      (await client.legalBases.list()).map((b) => b.article),
      ['6.1.a', '6.1.b', '6.1.c', '6.1.d', '6.1.e', '6.1.f'],
    );
    const basis = await client.legalBases.create({ key: 'works_agreement', name: 'Works agreement', article: '6.1.c' });
    assert.equal(basis.builtin, false);
    assert.equal((await client.legalBases.update('works_agreement', { active: false })).active, false);

    assert.equal((await client.sources.create({ key: 'trade_fair', name: 'Trade fair' })).key, 'trade_fair');
    assert.ok((await client.sources.list()).some((s) => s.key === 'trade_fair'));

    const purpose = await client.purposes.create({
      key: 'newsletter',
      name: 'Newsletter',
      description: 'News by email.',
      allowedLegalBases: ['consent'],
    });
    assert.equal(purpose.defaultLegalBasis, null);
    const changed = await client.purposes.update('newsletter', { description: 'News and offers by email.' });
    assert.equal(changed.version, 2);
    assert.deepEqual(
      (await client.purposes.versions('newsletter')).map((v) => v.description),
      ['News by email.', 'News and offers by email.'],
    );
    assert.equal((await client.purposes.get('newsletter')).version, 2);
    assert.equal((await client.purposes.list()).length, 1);

    await client.topics.create({ key: 'product_news', name: 'Product news', purpose: 'newsletter' });
    await client.topics.create({ key: 'events', name: 'Events', purpose: 'newsletter' });
    await client.topics.update('events', { order: 0 });
    assert.deepEqual(
      (await client.topics.list()).map((t) => t.key),
      ['events', 'product_news'],
    );
  });

  it('records a person’s consent and subscriptions, with a verifiable ledger and a receipt', async () => {
    const ann = await client.subjects.create({ email: 'Ann@Example.com', name: 'Ann', source: 'trade_fair' });
    assert.equal(ann.email, 'ann@example.com');
    const record = await client.subjects.consents.set(ann.id, 'newsletter', { legalBasis: 'consent', evidence: { ip: '203.0.113.5' } });
    assert.equal(record.evidence.ip, '203.0.113.0');
    assert.equal(record.purposeVersion, 2);
    assert.deepEqual(
      (await client.subjects.consents.list(ann.id)).map((r) => [r.purpose, r.status]),
      [['newsletter', 'active']],
    );
    const subscriptions = await client.subjects.subscriptions.set(ann.id, { topics: [{ topic: 'events', subscribed: true }] });
    assert.deepEqual(
      subscriptions.topics.map((t) => [t.topic, t.subscribed]),
      [
        ['events', true],
        ['product_news', false],
      ],
    );
    assert.equal((await client.subjects.subscriptions.get(ann.id)).optedOutOfAll, false);
    const events = await client.subjects.ledger.list(ann.id).toArray();
    assert.deepEqual(
      events.map((e) => e.type),
      ['consent.set', 'subscription.set'],
    );
    assert.deepEqual(await client.ledger.verify(), { ok: true, events: 2 });
    const receipt = await client.ledger.receipt(record.eventId);
    assert.equal(receipt.eventHash, events[0]!.hash);
    assert.equal((await client.subjects.update(ann.id, { company: 'Acme' })).company, 'Acme');
    assert.equal((await client.subjects.get(ann.id)).company, 'Acme');
  });

  it('pages through persons with for await', async () => {
    for (let i = 0; i < 7; i++) await client.subjects.create({ email: `page${i}@example.com` });
    const seen: string[] = [];
    for await (const subject of client.subjects.list({ q: 'page', limit: 3 })) seen.push(subject.email ?? 'masked');
    assert.deepEqual(
      seen,
      [6, 5, 4, 3, 2, 1, 0].map((i) => `page${i}@example.com`),
    );
  });

  it('replaces the settings', async () => {
    const settings = {
      ...(await client.settings.get()),
      controllerName: 'Northwind Outdoor GmbH',
      allowedOrigins: ['https://northwind.example'],
    };
    assert.deepEqual(await client.settings.update(settings), settings);
    assert.deepEqual(await client.settings.get(), settings);
  });

  it('a repeated write with the same key is applied once', async () => {
    const bob = await client.subjects.create({ email: 'bob@example.com' });
    const first = await client.subjects.consents.set(bob.id, 'newsletter', { legalBasis: 'consent' }, { idempotencyKey: 'bob-1' });
    const again = await client.subjects.consents.set(bob.id, 'newsletter', { legalBasis: 'consent' }, { idempotencyKey: 'bob-1' });
    assert.equal(again.eventId, first.eventId);
    assert.equal((await client.subjects.ledger.list(bob.id).toArray()).length, 1);
  });

  it('throws the error class of each status, with the server’s problem details', async () => {
    const reject = async (promise: Promise<unknown>, type: new (...args: never[]) => ApiError) => {
      const error = await promise.then(
        () => assert.fail('expected an error'),
        (e: unknown) => e,
      );
      assert.ok(error instanceof type, `${String(error)} is a ${type.name}`);
      return error;
    };
    const missing = await reject(client.subjects.get('01a224fc-0000-7000-8000-000000000000'), NotFoundError);
    assert.equal(missing.status, 404);
    const invalid = await reject(client.subjects.create({ email: 'not an email' }), ValidationError);
    assert.equal(invalid.errors[0]?.field, 'email');
    await reject(client.subjects.create({ email: 'bob@example.com' }), ConflictError);
    const anonymous = createBasisClient({ baseUrl: server.baseUrl });
    await reject(anonymous.purposes.list(), UnauthorizedError);
  });
});
