import type { BasisClient } from '@basis/sdk';
import type { Right, SessionUser } from '@basis/sdk/contract';
import type { ConsoleLocale, ConsoleMessages } from './locales/index.js';
import type { Route } from './routing/routes.js';

/** What every view is given by the app: the API as the signed-in user, their rights, the language. */
export interface ConsoleContext {
  readonly client: BasisClient;
  readonly user: SessionUser;
  readonly messages: ConsoleMessages;
  readonly locale: ConsoleLocale;
  /** Shows another view; `replace` keeps a view's own state in the address without a new history entry. */
  navigate(target: Route, options?: { replace?: boolean }): void;
  /** The address of a route, for links. */
  href(route: Route): string;
  /** Says what just happened (created, saved) in the app's live region, across a navigation. */
  notify(message: string): void;
}

/** Whether the signed-in user holds a right. The server checks again; this only hides what it would refuse. */
export function can(context: Pick<ConsoleContext, 'user'>, right: Right): boolean {
  return context.user.rights.includes(right);
}
