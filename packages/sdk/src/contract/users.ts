import * as z from 'zod/mini';
import { Email, IdParams, Name, Timestamp } from './common.js';
import { endpoint } from './endpoint.js';
import { Right, Role } from './rights.js';

/** A new password: at least 12 characters; length beats rules about kinds of characters. */
export const NewPassword = z.string().check(z.minLength(12, 'Use at least 12 characters.'), z.maxLength(256));

/** A password being checked, not chosen: no rule but a bound, so a sign-in never tells what the rules are. */
export const GivenPassword = z.string().check(z.minLength(1, 'Must not be empty.'), z.maxLength(256));

/** A person who works in the admin console; their role decides their rights. */
export const User = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: Role,
    /** What the role allows, for the console to show only what the server would allow. */
    rights: z.array(Right),
    /** A disabled user cannot sign in; their sessions ended when they were disabled. */
    disabled: z.boolean(),
    /** After 5 failed sign-ins the account is locked for 15 minutes. */
    lockedUntil: z.nullable(Timestamp),
    /** A password someone else set (or the command line generated) works once: the user sets their own before anything else. */
    passwordChangeRequired: z.boolean(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .register(z.globalRegistry, { id: 'User' });
export type User = z.infer<typeof User>;

/** A new user starts as a `viewer` unless given a role; the password is theirs to change at first sign-in. */
export const UserCreate = z.strictObject({
  email: Email,
  name: Name,
  role: z.optional(Role),
  password: NewPassword,
});
export type UserCreate = z.infer<typeof UserCreate>;

/** Disabling a user ends their sessions. Nobody can disable themselves or take away their own right to manage users. */
export const UserPatch = z.strictObject({
  name: z.optional(Name),
  role: z.optional(Role),
  disabled: z.optional(z.boolean()),
});
export type UserPatch = z.infer<typeof UserPatch>;

/** Users changing their own password give the current one; a holder of `manage_users` setting another's does not. */
export const PasswordSet = z.strictObject({
  password: NewPassword,
  currentPassword: z.optional(GivenPassword),
});
export type PasswordSet = z.infer<typeof PasswordSet>;

const tag = 'Users';
export const userEndpoints = {
  list: endpoint({
    method: 'GET',
    path: '/v1/users',
    operationId: 'listUsers',
    tag,
    auth: 'staff',
    right: 'manage_users',
    summary: 'The users of the admin console, in the order they were added.',
    status: 200,
    response: z.object({ items: z.array(User) }),
  }),
  create: endpoint({
    method: 'POST',
    path: '/v1/users',
    operationId: 'createUser',
    tag,
    auth: 'staff',
    right: 'manage_users',
    summary: 'Add a user. The role is `viewer` unless given; the user sets a password of their own at first sign-in.',
    body: UserCreate,
    status: 201,
    response: User,
  }),
  get: endpoint({
    method: 'GET',
    path: '/v1/users/{id}',
    operationId: 'getUser',
    tag,
    auth: 'staff',
    right: 'manage_users',
    summary: 'Read one user.',
    params: IdParams,
    status: 200,
    response: User,
  }),
  update: endpoint({
    method: 'PATCH',
    path: '/v1/users/{id}',
    operationId: 'updateUser',
    tag,
    auth: 'staff',
    right: 'manage_users',
    summary: 'Change a user’s name or role, or disable them. At least one active admin always remains.',
    params: IdParams,
    body: UserPatch,
    status: 200,
    response: User,
  }),
  setPassword: endpoint({
    method: 'POST',
    path: '/v1/users/{id}/password',
    operationId: 'setUserPassword',
    tag,
    auth: 'staff',
    right: 'manage_users',
    orSelf: true,
    summary: 'Set a new password. Users may set their own with their current one. Every other session of the user ends.',
    params: IdParams,
    body: PasswordSet,
    status: 200,
    response: User,
  }),
};
