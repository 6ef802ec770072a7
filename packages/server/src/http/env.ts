import type { Role, UpdatedBy } from '@basis/sdk/contract';

/** Who is calling a staff route: an API key, or a user signed in to the console. */
export type Caller =
  | { type: 'api_key'; id: string; role: Role }
  | {
      type: 'user';
      id: string;
      role: Role;
      /** The SHA-256 of the session's token: which session the request came with. */
      sessionHash: string;
      passwordChangeRequired: boolean;
    };

/** What a request carries through the middleware chain. */
export interface AppEnv {
  Variables: {
    actor: UpdatedBy;
    caller: Caller;
    /** For a staff change: the resource as it was, for the audit log. */
    before: unknown;
  };
}
