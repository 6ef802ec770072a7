import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Endpoint, ROLES, type Role, allEndpoints, hasRight } from '@basis/sdk/contract';
import { sql } from 'kysely';
import { VERSION } from '../src/app.js';
import { openApiDocument } from '../src/http/openapi.js';
import { createApiKey } from '../src/services/api-keys.js';
import { type Answer, type ConsoleSession, DIALECTS, type TestApi, snapshot, testApi } from './harness.js';

const NO_SUCH_ID = '01937a4e-9c2b-7e41-8a3f-2d5b6c7e8f90';

/** An address for the endpoint whose path parameters name nothing that exists: no probe finds anything to change. */
function probePath(endpoint: Endpoint): string {
  return endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => (/id$/i.test(name) ? NO_SUCH_ID : 'nothing_here'));
}

/**
 * Calls an endpoint as a caller would who passed every check but the right: an empty body, ids
 * of nothing. A caller with the right gets past authorisation to a 404 or 422 (or a list); one
 * without it gets 403 before anything is read.
 */
function probe(api: TestApi, endpoint: Endpoint, as: { key: string } | { session: ConsoleSession }): Promise<Answer> {
  return api.request(endpoint.method, probePath(endpoint), {
    ...('key' in as ? { key: as.key } : { session: as.session }),
    ...(endpoint.body ? { json: {} } : {}),
  });
}

const staff = allEndpoints.filter((e) => e.auth === 'staff');
const sessionOnly = allEndpoints.filter((e) => e.auth === 'session');

describe('the contract', () => {
  it('names a right on every staff endpoint, and it is one the admin holds', () => {
    for (const endpoint of staff) assert.ok(endpoint.right && hasRight('admin', endpoint.right), endpoint.operationId);
  });

  it('leaves no admin operation open: all but the visitor’s, health and signing in need staff or a session', () => {
    const open = allEndpoints.filter((e) => e.auth === 'none' || e.auth === 'subjectToken');
    const outside = open.filter((e) => !/^\/v1\/public\//.test(e.path) && !['/health', '/v1/session', '/v1/setup'].includes(e.path));
    assert.deepEqual(
      outside.map((e) => `${e.method} ${e.path}`),
      [],
    );
  });

  it('reads need a right every role holds unless the data is a right’s own', () => {
    const own: Record<string, string> = {
      listUsers: 'manage_users',
      getUser: 'manage_users',
      listFormSubmissions: 'design_forms',
      listAuditEntries: 'view_audit',
    };
    for (const endpoint of staff.filter((e) => e.method === 'GET')) {
      assert.equal(endpoint.right, own[endpoint.operationId] ?? 'view_persons', endpoint.operationId);
    }
  });
});

describe('the OpenAPI document', () => {
  const doc = openApiDocument(VERSION) as {
    paths: Record<string, Record<string, { security: object[]; description?: string; 'x-basis-right'?: string; responses: object }>>;
    components: { securitySchemes: Record<string, Record<string, string>> };
  };

  it('declares the API key (bearer) and the console session (cookie)', () => {
    assert.deepEqual(
      { type: doc.components.securitySchemes.apiKey!.type, scheme: doc.components.securitySchemes.apiKey!.scheme },
      { type: 'http', scheme: 'bearer' },
    );
    const { type, in: where, name } = doc.components.securitySchemes.session!;
    assert.deepEqual({ type, where, name }, { type: 'apiKey', where: 'cookie', name: 'basis_session' });
  });

  it('names each staff operation’s right, takes either credential, and documents its 403', () => {
    for (const endpoint of staff) {
      const op = doc.paths[endpoint.path]![endpoint.method.toLowerCase()]!;
      assert.equal(op['x-basis-right'], endpoint.right, endpoint.operationId);
      assert.ok(op.description?.includes(`\`${endpoint.right}\``), endpoint.operationId);
      assert.deepEqual(op.security, [{ apiKey: [] }, { session: [] }]);
      assert.ok('403' in op.responses);
    }
  });
});

for (const dialect of DIALECTS) {
  describe(`rights on every route (${dialect})`, async () => {
    const api = await testApi(dialect);
    const keys = {} as Record<Role, string>;
    const sessions = {} as Record<Role, ConsoleSession>;
    for (const role of ROLES) {
      keys[role] = (await createApiKey(api.store, `${role} key`, role)).key;
      sessions[role] = await api.sessionFor(role);
    }

    for (const endpoint of staff) {
      const { right } = endpoint;
      it(`${endpoint.method} ${endpoint.path} is allowed exactly to the roles with "${right}", by API key and by session`, async () => {
        const before = await snapshot(api.store);
        for (const role of ROLES) {
          for (const [via, as] of [
            ['API key', { key: keys[role] }],
            ['session', { session: sessions[role] }],
          ] as const) {
            const answer = await probe(api, endpoint, as);
            const who = `${role} by ${via}: ${answer.status} ${JSON.stringify(answer.body)}`;
            if (hasRight(role, right)) {
              assert.ok(answer.status !== 401 && answer.status !== 403, who);
            } else {
              assert.equal(answer.status, 403, who);
              assert.match(answer.headers.get('content-type') ?? '', /^application\/problem\+json/);
              assert.ok(answer.body.detail.includes(`"${right}"`), `the problem names the right: ${who}`);
            }
          }
        }
        assert.equal(await snapshot(api.store), before, 'no probe changed anything');
      });
    }

    for (const endpoint of sessionOnly) {
      it(`${endpoint.method} ${endpoint.path} is open to every signed-in role, and to no API key`, async () => {
        for (const role of ROLES) {
          // Signing out ends the session it is sent with: each role signs out of one of its own.
          const session = endpoint.method === 'GET' ? sessions[role] : await api.sessionFor(role);
          const answer = await probe(api, endpoint, { session });
          assert.equal(answer.status, endpoint.status, `${role}: ${JSON.stringify(answer.body)}`);
          assert.equal((await probe(api, endpoint, { key: keys[role] })).status, 401, `${role} by API key`);
        }
      });
    }

    it('a key made before roles existed acts as an admin', async () => {
      await sql`insert into api_keys (id, name, prefix, key_hash, created_at) values ('old', 'old', 'bk_old', 'hash', '2026-01-01T00:00:00.000Z')`.execute(
        api.store.db,
      );
      const row = await api.store.db.selectFrom('api_keys').select('role').where('id', '=', 'old').executeTakeFirstOrThrow();
      assert.equal(row.role, 'admin');
    });

    it('the test API key is an admin’s', async () => {
      const row = await api.store.db.selectFrom('api_keys').select('role').where('id', '=', api.keyId).executeTakeFirstOrThrow();
      assert.equal(row.role, 'admin');
    });
  });
}
