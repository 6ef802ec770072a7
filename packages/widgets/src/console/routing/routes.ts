// The console's addresses, as data: what a path under the console's base shows, and the path of
// each view. Pure, so the table is tested apart from the History API.
import type { AuditFilter } from '@basis/sdk';
import { OutboxKind, OutboxStatus } from '@basis/sdk/contract';
import { auditFilterOf, auditSearch } from '../audit/audit-filters.js';

/** The catalogs of processing that share one list and one editor. */
export const CATALOGS = ['purposes', 'legal-bases', 'sources', 'topics'] as const;
export type CatalogName = (typeof CATALOGS)[number];

export type Route =
  | { readonly name: 'dashboard' }
  | { readonly name: 'persons'; readonly query: string }
  | { readonly name: 'person'; readonly id: string }
  | { readonly name: 'catalog'; readonly catalog: CatalogName }
  | { readonly name: 'catalog-new'; readonly catalog: CatalogName }
  | { readonly name: 'catalog-item'; readonly catalog: CatalogName; readonly key: string }
  | { readonly name: 'settings' }
  | { readonly name: 'users' }
  | { readonly name: 'audit'; readonly filter: AuditFilter }
  | { readonly name: 'outbox'; readonly status: OutboxStatus | null; readonly kind: OutboxKind | null }
  | { readonly name: 'forms' }
  | { readonly name: 'form-new' }
  | { readonly name: 'form'; readonly id: string }
  | { readonly name: 'form-submissions'; readonly id: string }
  | { readonly name: 'mailings' }
  | { readonly name: 'mailing-new' }
  | { readonly name: 'mailing'; readonly id: string }
  | { readonly name: 'not-found'; readonly path: string };

export type RouteName = Route['name'];

/** Where the server hosts the console. */
export const CONSOLE_BASE = '/admin';

/** The view a signed-in user lands on. */
export const HOME: Route = { name: 'dashboard' };

const KEY = /^[a-z][a-z0-9_]{0,63}$/;
const ID = /^[0-9a-f-]{36}$/;

function isCatalog(segment: string | undefined): segment is CatalogName {
  return (CATALOGS as readonly string[]).includes(segment ?? '');
}

/** The outbox, filtered by what the address asks for; a status or kind the contract does not know is no filter. */
function outboxRoute(search: string): Route {
  const params = new URLSearchParams(search);
  const status = params.get('status');
  const kind = params.get('kind');
  return {
    name: 'outbox',
    status: OutboxStatus.options.find((known) => known === status) ?? null,
    kind: OutboxKind.options.find((known) => known === kind) ?? null,
  };
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** The route a location shows; anything the console does not know is `not-found`, never an exception. */
export function routeOf(location: { pathname: string; search: string }, base: string = CONSOLE_BASE): Route {
  const { pathname } = location;
  const notFound: Route = { name: 'not-found', path: pathname };
  if (pathname !== base && !pathname.startsWith(`${base}/`)) return notFound;
  const segments = pathname.slice(base.length).split('/').filter(Boolean).map(decode);
  if (segments.some((s) => s === undefined)) return notFound;
  const [first, second, ...rest] = segments as string[];
  if (first === 'forms') {
    if (second === undefined) return { name: 'forms' };
    if (second === 'new') return rest.length === 0 ? { name: 'form-new' } : notFound;
    if (!ID.test(second)) return notFound;
    if (rest.length === 0) return { name: 'form', id: second };
    return rest.length === 1 && rest[0] === 'submissions' ? { name: 'form-submissions', id: second } : notFound;
  }
  if (rest.length > 0) return notFound;
  if (first === undefined) return HOME;
  if (first === 'persons') {
    if (second === undefined) return { name: 'persons', query: new URLSearchParams(location.search).get('q') ?? '' };
    return ID.test(second) ? { name: 'person', id: second } : notFound;
  }
  if (first === 'settings') return second === undefined ? { name: 'settings' } : notFound;
  if (first === 'users') return second === undefined ? { name: 'users' } : notFound;
  if (first === 'audit') return second === undefined ? { name: 'audit', filter: auditFilterOf(location.search) } : notFound;
  if (first === 'dashboard') return second === undefined ? { name: 'dashboard' } : notFound;
  if (first === 'outbox') return second === undefined ? outboxRoute(location.search) : notFound;
  if (first === 'mailings') {
    if (second === undefined) return { name: 'mailings' };
    if (second === 'new') return { name: 'mailing-new' };
    return ID.test(second) ? { name: 'mailing', id: second } : notFound;
  }
  if (isCatalog(first)) {
    if (second === undefined) return { name: 'catalog', catalog: first };
    if (second === 'new') return { name: 'catalog-new', catalog: first };
    return KEY.test(second) ? { name: 'catalog-item', catalog: first, key: second } : notFound;
  }
  return notFound;
}

/** The path (and query) that shows a route. */
export function pathOf(route: Route, base: string = CONSOLE_BASE): string {
  switch (route.name) {
    case 'persons':
      return `${base}/persons${route.query ? `?${new URLSearchParams({ q: route.query }).toString()}` : ''}`;
    case 'person':
      return `${base}/persons/${encodeURIComponent(route.id)}`;
    case 'catalog':
      return `${base}/${route.catalog}`;
    case 'catalog-new':
      return `${base}/${route.catalog}/new`;
    case 'catalog-item':
      return `${base}/${route.catalog}/${encodeURIComponent(route.key)}`;
    case 'settings':
      return `${base}/settings`;
    case 'users':
      return `${base}/users`;
    case 'audit':
      return `${base}/audit${auditSearch(route.filter)}`;
    case 'dashboard':
      return `${base}/dashboard`;
    case 'outbox': {
      const filter = new URLSearchParams();
      if (route.status) filter.set('status', route.status);
      if (route.kind) filter.set('kind', route.kind);
      return `${base}/outbox${filter.size > 0 ? `?${String(filter)}` : ''}`;
    }
    case 'forms':
      return `${base}/forms`;
    case 'form-new':
      return `${base}/forms/new`;
    case 'form':
      return `${base}/forms/${encodeURIComponent(route.id)}`;
    case 'form-submissions':
      return `${base}/forms/${encodeURIComponent(route.id)}/submissions`;
    case 'mailings':
      return `${base}/mailings`;
    case 'mailing-new':
      return `${base}/mailings/new`;
    case 'mailing':
      return `${base}/mailings/${encodeURIComponent(route.id)}`;
    case 'not-found':
      return route.path;
  }
}

/** The section of the navigation a route belongs to, so the nav marks it as current. */
export function sectionOf(route: Route): string | undefined {
  switch (route.name) {
    case 'persons':
    case 'person':
      return 'persons';
    case 'catalog':
    case 'catalog-new':
    case 'catalog-item':
      return route.catalog;
    case 'settings':
      return 'settings';
    case 'users':
      return 'users';
    case 'audit':
      return 'audit';
    case 'dashboard':
      return 'dashboard';
    case 'outbox':
      return 'outbox';
    case 'forms':
    case 'form-new':
    case 'form':
    case 'form-submissions':
      return 'forms';
    case 'mailings':
    case 'mailing-new':
    case 'mailing':
      return 'mailings';
    case 'not-found':
      return undefined;
  }
}
