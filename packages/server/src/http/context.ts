import type { LinkSettings } from '../services/manage-links.js';
import type { Readers } from './audit-trail.js';
import type { Store } from '../store/database.js';

/** What every router needs: the store, how links are signed, and whether to trust a proxy's headers. */
export interface AppContext {
  store: Store;
  links: LinkSettings;
  /** Behind a reverse proxy: take the client's address from `X-Forwarded-For`. */
  trustProxy: boolean;
  publicRequestsPerMinute: number;
  formSubmissionsPerHour: { perClient: number; perAddress: number };
  /** Sign-in attempts per client and 15 minutes, whichever accounts they are for. */
  signInsPerClient: number;
  /** The time sessions and sign-in locks are measured by; tests move it. */
  now: () => Date;
  /** The GET of every staff resource, filled as routes are added, for the audit log's "before". */
  readers: Readers;
}
