import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { startMailingSender } from '../src/jobs/mailing-sender.js';
import { startOutboxRunner } from '../src/jobs/outbox-runner.js';
import { smtpTransport } from '../src/mail/transport.js';
import { createApiKey } from '../src/services/api-keys.js';
import { stillWanted } from '../src/services/mailing-sending.js';
import { openStore } from '../src/store/dialect.js';
import { freePort, serve } from './cli-process.js';
import { POSTGRES_URL, TEST_APP_OPTIONS, testApi } from './harness.js';
import { type Received, mailServer } from './mail-server.js';

const content = {
  en: {
    subject: 'News for {{name}}',
    html: '<p>Hi {{name}}</p><a href="{{unsubscribe_url}}">Unsubscribe</a>',
    text: 'Hi {{name}}\n{{unsubscribe_url}}',
  },
};

/** Calls the API of a Basis at `url` with `key`. */
function client(url: string, key: string) {
  return async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    assert.ok(response.ok, `${method} ${path}: ${response.status} ${text}`);
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  };
}
type Call = ReturnType<typeof client>;

/** `count` persons subscribed to `topic`; every fourth has no legal basis for it. Runs eight at a time. */
async function addPersons(call: Call, count: number, topic: string, purpose: string): Promise<void> {
  const add = async (n: number) => {
    const person = await call('POST', '/v1/subjects', { email: `person${n}@example.com`, name: `Person ${n}` });
    if (n % 4 !== 0) await call('PUT', `/v1/subjects/${String(person.id)}/consents/${purpose}`, { legalBasis: 'consent' });
    await call('PUT', `/v1/subjects/${String(person.id)}/subscriptions`, { topics: [{ topic, subscribed: true }] });
  };
  for (let n = 0; n < count; n += 8) await Promise.all(Array.from({ length: Math.min(8, count - n) }, (_, i) => add(n + i)));
}

/** Every address the gate lets through, from the audience pages. */
async function eligibleAddresses(call: Call, mailingId: string): Promise<string[]> {
  const addresses: string[] = [];
  let cursor: string | null = null;
  do {
    const page = (await call(
      'GET',
      `/v1/mailings/${mailingId}/audience/persons?reason=eligible&limit=200${cursor ? `&cursor=${cursor}` : ''}`,
    )) as {
      items: { email: string }[];
      nextCursor: string | null;
    };
    addresses.push(...page.items.map((p) => p.email));
    cursor = page.nextCursor;
  } while (cursor);
  return addresses.sort();
}

/** The distinct messages each mailbox got: a message retried after a crash keeps its Message-ID and counts once. */
function messagesPerMailbox(received: Received[]): Map<string, Set<string>> {
  const byMailbox = new Map<string, Set<string>>();
  for (const mail of received) {
    for (const to of mail.to) byMailbox.set(to, (byMailbox.get(to) ?? new Set()).add(mail.messageId ?? mail.raw));
  }
  return byMailbox;
}

async function waitFor(condition: () => Promise<boolean> | boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) assert.fail(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('a mailing survives its server', () => {
  it('killed mid-send and restarted, the server mails every eligible person exactly once', async () => {
    const smtp = await mailServer({ delayMs: 30 });
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'basis-mailing-crash-'));
    const env = {
      BASIS_DATA_DIR: dataDir,
      PORT: String(port),
      PUBLIC_URL: `http://localhost:${port}`,
      SMTP_URL: smtp.url,
      BASIS_LEASE_SECONDS: '2',
    };
    let server = await serve(env);
    after(() => server.child.kill('SIGKILL'));
    const store = openStore(join(dataDir, 'basis.db'));
    const { key } = await createApiKey(store, 'recovery test');
    await store.close();
    const call = client(`http://localhost:${port}`, key);

    // The demo's purpose and topic, seeded on first start.
    await addPersons(call, 48, 'product_news', 'email_marketing');
    const mailing = await call('POST', '/v1/mailings', {
      name: 'Crash test',
      topic: 'product_news',
      from: 'Northwind <news@northwind.example>',
      defaultLocale: 'en',
      content,
    });
    const id = String(mailing.id);
    const eligible = await eligibleAddresses(call, id);
    assert.ok(eligible.length >= 36);
    await call('POST', `/v1/mailings/${id}/send`, {});

    await waitFor(() => smtp.received.length >= 10, 'some messages went out');
    server.child.kill('SIGKILL');
    await new Promise((resolve) => server.child.once('exit', resolve));
    const beforeRestart = smtp.received.length;
    assert.ok(beforeRestart < eligible.length, `the server was killed mid-send (${beforeRestart} of ${eligible.length} out)`);

    server = await serve(env);
    await waitFor(async () => (await call('GET', `/v1/mailings/${id}`)).status === 'sent', 'the mailing is sent');

    const perMailbox = messagesPerMailbox(smtp.received);
    assert.deepEqual([...perMailbox.keys()].sort(), eligible, 'every eligible person, and nobody else');
    for (const [mailbox, messages] of perMailbox) assert.equal(messages.size, 1, `${mailbox} got ${messages.size} different messages`);
    const totals = (await call('GET', `/v1/mailings/${id}`)).totals as Record<string, number>;
    assert.deepEqual(totals, { recipients: eligible.length, queued: 0, sent: eligible.length, failed: 0, skipped: 0 });
  });
});

describe('two instances on one PostgreSQL', () => {
  it('send one mailing together, each message exactly once', async () => {
    const api = await testApi('postgres');
    const smtp = await mailServer({ delayMs: 2 });
    await api.post('/v1/purposes', { key: 'marketing', name: 'Marketing', description: 'Email.', allowedLegalBases: ['consent'] });
    await api.post('/v1/topics', { key: 'news', name: 'News', purpose: 'marketing' });
    const call: Call = async (method, path, body) => {
      const answer = await api.request(method, path, body === undefined ? {} : { json: body });
      assert.ok(answer.status < 300, `${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
      return answer.body as Record<string, unknown>;
    };
    await addPersons(call, 48, 'news', 'marketing');
    const mailing = await call('POST', '/v1/mailings', {
      name: 'Together',
      topic: 'news',
      from: 'news@northwind.example',
      defaultLocale: 'en',
      content,
    });
    const id = String(mailing.id);
    const eligible = await eligibleAddresses(call, id);

    // Each instance: its own connections to the same schema, its own sender and outbox runner.
    const instances = [1, 2].map(() => {
      const store = openStore(POSTGRES_URL, { ...(api.store.schema ? { schema: api.store.schema } : {}) });
      const transport = smtpTransport(smtp.url, 'Basis <no-reply@basis.test>', 'basis.test');
      const jobs = [
        startMailingSender(store, TEST_APP_OPTIONS, { intervalMs: 20, batchSize: 10, batchesPerRun: 1 }),
        startOutboxRunner(store, transport, { intervalMs: 20, batchSize: 5, stillWanted }),
      ];
      return { stop: async () => (await Promise.all(jobs.map((job) => job.stop())), transport.close(), await store.close()) };
    });
    try {
      await call('POST', `/v1/mailings/${id}/send`, {});
      await waitFor(async () => (await call('GET', `/v1/mailings/${id}`)).status === 'sent', 'the mailing is sent');
    } finally {
      // Before the schema goes: it is dropped when the suite ends.
      await Promise.all(instances.map((instance) => instance.stop()));
    }

    assert.deepEqual(smtp.received.flatMap((mail) => mail.to).sort(), eligible, 'each eligible person exactly one message');
    const owners = await api.store.db
      .selectFrom('mailing_recipients')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('mailing_id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(Number(owners.count), eligible.length);
  });
});
