import type { UpdatedBy } from '@basis/sdk/contract';

/** What a request carries through the middleware chain. */
export interface AppEnv {
  Variables: {
    actor: UpdatedBy;
  };
}
