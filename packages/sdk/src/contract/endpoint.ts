import type * as z from 'zod/mini';
import type { Right } from './rights.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Schema = z.ZodMiniType;

/** Where an operation lives and what it answers: all a client needs to call it. */
export interface Route<R extends Schema = Schema> {
  method: Method;
  /** OpenAPI style: `/v1/purposes/{key}`. */
  path: string;
  status: 200 | 201 | 202;
  response: R;
}

/** A route on its own, for the visitor subset of the contract, whose browser bundle needs no more. */
export function defineRoute<R extends Schema>(route: Route<R>): Route<R> {
  return route;
}

/**
 * Who may call an operation.
 *
 * - `staff`: an API key (`Authorization: Bearer <key>`) or a console session (the `basis_session`
 *   cookie, with `X-CSRF-Token` on every write), whose role holds `right`. With `orSelf`, a signed-in
 *   user may also call it on their own `{id}` without the right.
 * - `session`: a console session only, whatever its role: who is signed in, signing out.
 * - `subjectToken`: a person's signed link token, as `Authorization: Bearer <token>` or `?token=`.
 * - `none`: open to anyone.
 */
export type Access =
  { auth: 'staff'; right: Right; orSelf?: true } | { auth: 'session' | 'subjectToken' | 'none'; right?: undefined; orSelf?: undefined };

/** What an operation is, apart from who may call it. */
export interface Operation<
  P extends Schema | undefined = Schema | undefined,
  Q extends Schema | undefined = Schema | undefined,
  B extends Schema | undefined = Schema | undefined,
  R extends Schema = Schema,
> extends Route<R> {
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  params?: P;
  query?: Q;
  body?: B;
}

/**
 * One operation of the API, described once: the server routes, authorises and validates with it,
 * the client calls with it, and the OpenAPI document is generated from it.
 */
export type Endpoint<
  P extends Schema | undefined = Schema | undefined,
  Q extends Schema | undefined = Schema | undefined,
  B extends Schema | undefined = Schema | undefined,
  R extends Schema = Schema,
> = Operation<P, Q, B, R> & Access;

export function endpoint<P extends Schema | undefined, Q extends Schema | undefined, B extends Schema | undefined, R extends Schema>(
  definition: Endpoint<P, Q, B, R>,
): Endpoint<P, Q, B, R> {
  return definition;
}

export type ParamsOf<E> =
  E extends Endpoint<infer P, Schema | undefined, Schema | undefined, Schema> ? (P extends Schema ? z.infer<P> : undefined) : never;
export type QueryOf<E> =
  E extends Endpoint<Schema | undefined, infer Q, Schema | undefined, Schema> ? (Q extends Schema ? z.infer<Q> : undefined) : never;
export type BodyOf<E> =
  E extends Endpoint<Schema | undefined, Schema | undefined, infer B, Schema> ? (B extends Schema ? z.infer<B> : undefined) : never;
export type BodyInputOf<E> =
  E extends Endpoint<Schema | undefined, Schema | undefined, infer B, Schema> ? (B extends Schema ? z.input<B> : undefined) : never;
export type ResponseOf<E> = E extends Endpoint<Schema | undefined, Schema | undefined, Schema | undefined, infer R> ? z.infer<R> : never;
