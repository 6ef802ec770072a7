import type { PasswordSet, User, UserCreate, UserPatch } from '../contract/users.js';
import { userEndpoints as api } from '../contract/users.js';
import type { CallOptions, Transport } from '../transport.js';

/** The users of the admin console (right `manage_users`; anyone may set their own password). */
export class Users {
  constructor(private readonly transport: Transport) {}

  async list(options?: CallOptions): Promise<User[]> {
    return (await this.transport.call(api.list, {}, options)).items;
  }

  get(id: string, options?: CallOptions): Promise<User> {
    return this.transport.call(api.get, { params: { id } }, options);
  }

  /** A new user, `viewer` unless given a role; they choose a password of their own at first sign-in. */
  create(input: UserCreate, options?: CallOptions): Promise<User> {
    return this.transport.call(api.create, { body: input }, options);
  }

  /** Changes name or role, or disables (`disabled: true`) and enables a user. */
  update(id: string, patch: UserPatch, options?: CallOptions): Promise<User> {
    return this.transport.call(api.update, { params: { id }, body: patch }, options);
  }

  /** Sets a new password; your own needs `currentPassword`. The user's other sessions end. */
  setPassword(id: string, input: PasswordSet, options?: CallOptions): Promise<User> {
    return this.transport.call(api.setPassword, { params: { id }, body: input }, options);
  }
}
