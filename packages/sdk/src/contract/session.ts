import * as z from 'zod/mini';
import { Email, Name, Timestamp } from './common.js';
import { endpoint } from './endpoint.js';
import { Right, Role } from './rights.js';
import { GivenPassword, NewPassword } from './users.js';

/** Who is signed in, and what they may do. */
export const SessionUser = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: Role,
  rights: z.array(Right),
  /** Until the user sets a password of their own, nothing else is allowed. */
  passwordChangeRequired: z.boolean(),
});
export type SessionUser = z.infer<typeof SessionUser>;

/**
 * A console session. The session itself travels in the `basis_session` cookie (HttpOnly, so no
 * script reads it); every write made with it sends `csrfToken` as the `X-CSRF-Token` header.
 */
export const Session = z
  .object({
    user: SessionUser,
    csrfToken: z.string(),
    /** When the session ends unless it is used before: 12 hours after its last use, at most 7 days after sign-in. */
    expiresAt: Timestamp,
  })
  .register(z.globalRegistry, { id: 'Session' });
export type Session = z.infer<typeof Session>;

export const SignIn = z.strictObject({ email: Email, password: GivenPassword });
export type SignIn = z.infer<typeof SignIn>;

/** The first administrator, with the token of the setup link Basis printed when it started with no users. */
export const Setup = z.strictObject({
  token: z.string().check(z.maxLength(200)),
  email: Email,
  name: Name,
  password: NewPassword,
});
export type Setup = z.infer<typeof Setup>;

const tag = 'Session';
export const sessionEndpoints = {
  signIn: endpoint({
    method: 'POST',
    path: '/v1/session',
    operationId: 'signIn',
    tag,
    auth: 'none',
    summary:
      'Sign in to the console: sets the `basis_session` cookie. After 5 failed attempts an account is locked for 15 minutes (429 with `Retry-After`).',
    body: SignIn,
    status: 200,
    response: Session,
  }),
  get: endpoint({
    method: 'GET',
    path: '/v1/session',
    operationId: 'getSession',
    tag,
    auth: 'session',
    summary: 'The signed-in user and the CSRF token of their session.',
    status: 200,
    response: Session,
  }),
  signOut: endpoint({
    method: 'DELETE',
    path: '/v1/session',
    operationId: 'signOut',
    tag,
    auth: 'session',
    summary: 'Sign out: the session ends and its cookie is cleared.',
    status: 200,
    response: z.object({ signedOut: z.boolean() }),
  }),
};

export const setupEndpoints = {
  create: endpoint({
    method: 'POST',
    path: '/v1/setup',
    operationId: 'setUp',
    tag,
    auth: 'none',
    summary: 'Create the first administrator and sign them in, with the setup link’s token; refused once any user exists.',
    body: Setup,
    status: 201,
    response: Session,
  }),
};
