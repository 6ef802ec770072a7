import { Problem, allEndpoints, type Endpoint } from '@basis/sdk/contract';
import * as z from 'zod/mini';

type JsonSchema = Record<string, unknown>;

/** Converts one contract schema; named schemas it uses are lifted into `components`. */
function jsonSchema(schema: z.ZodMiniType, io: 'input' | 'output', components: Record<string, JsonSchema>): JsonSchema {
  const converted = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  const text = JSON.stringify(converted).replaceAll('"#/$defs/', '"#/components/schemas/');
  const { $schema, $defs, ...rest } = JSON.parse(text) as JsonSchema & { $defs?: Record<string, JsonSchema> };
  void $schema;
  Object.assign(components, $defs ?? {});
  const id = z.globalRegistry.get(schema)?.id;
  if (typeof id === 'string') {
    components[id] = rest;
    return { $ref: `#/components/schemas/${id}` };
  }
  return rest;
}

function parameters(schema: z.ZodMiniType | undefined, where: 'path' | 'query', components: Record<string, JsonSchema>) {
  if (!schema) return [];
  const object = jsonSchema(schema, 'input', components) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (object.required ?? []).includes(name),
    schema: property,
  }));
}

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/** Who may call: an API key or a console session for staff operations, the link token for a person's own. */
function security(endpoint: Endpoint) {
  if (endpoint.auth === 'staff') return [{ apiKey: [] }, { session: [] }];
  if (endpoint.auth === 'session') return [{ session: [] }];
  if (endpoint.auth === 'subjectToken') return [{ subjectToken: [] }];
  return [];
}

function operation(endpoint: Endpoint, components: Record<string, JsonSchema>) {
  const errors: Record<string, unknown> = {};
  if (endpoint.auth === 'staff') {
    errors['401'] = problemResponse('No API key or console session, or one that is not valid.');
    errors['403'] = problemResponse(
      `The caller’s role lacks the right \`${endpoint.right}\`${endpoint.method === 'GET' ? '' : ', or a session’s write came without its `X-CSRF-Token`'}.`,
    );
  }
  if (endpoint.auth === 'session') errors['401'] = problemResponse('No console session, or one that has ended.');
  if (endpoint.auth === 'subjectToken') errors['401'] = problemResponse('The link is not valid or has expired.');
  if (endpoint.params) errors['404'] = problemResponse('Nothing is found at this address.');
  if (endpoint.body) {
    errors['400'] = problemResponse('The body is not valid JSON.');
    errors['409'] = problemResponse('The change conflicts with what is stored.');
    errors['413'] = problemResponse('The body is larger than 64 KiB.');
    errors['415'] = problemResponse('The body is not sent as JSON.');
  }
  if (endpoint.body || endpoint.query) errors['422'] = problemResponse('A field is invalid; `errors` names each one.');
  const needs =
    endpoint.auth === 'staff'
      ? `Needs the right \`${endpoint.right}\`${endpoint.orSelf ? ' (users may call it on themselves without it)' : ''}.`
      : undefined;
  const description = [endpoint.description, needs].filter(Boolean).join('\n\n');
  return {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    ...(description ? { description } : {}),
    tags: [endpoint.tag],
    security: security(endpoint),
    ...(endpoint.auth === 'staff' ? { 'x-basis-right': endpoint.right } : {}),
    parameters: [...parameters(endpoint.params, 'path', components), ...parameters(endpoint.query, 'query', components)],
    ...(endpoint.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(endpoint.body, 'input', components) } } } }
      : {}),
    responses: {
      [String(endpoint.status)]: {
        description: endpoint.status === 201 ? 'Created.' : 'OK.',
        content: { 'application/json': { schema: jsonSchema(endpoint.response, 'output', components) } },
      },
      ...errors,
    },
  };
}

/** The OpenAPI 3.1 document, generated from the contract: the same schemas the server validates with. */
export function openApiDocument(version: string): Record<string, unknown> {
  const components: Record<string, JsonSchema> = {};
  jsonSchema(Problem, 'output', components);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of allEndpoints) {
    (paths[endpoint.path] ??= {})[endpoint.method.toLowerCase()] = operation(endpoint, components);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Basis API',
      version,
      description: 'Legal bases, purposes, persons, their consents and subscriptions, with a provable ledger.',
    },
    tags: [...new Set(allEndpoints.map((e) => e.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        apiKey: {
          type: 'http',
          scheme: 'bearer',
          description: 'An API key from `basis apikey create`; it acts with the rights of its role.',
        },
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'basis_session',
          description:
            'A console session from `POST /v1/session`. Every write made with it also sends the session’s `csrfToken` as the `X-CSRF-Token` header.',
        },
        subjectToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'The token of a person’s manage link (also accepted as `?token=`).',
        },
      },
    },
  };
}
