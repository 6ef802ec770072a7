import type { Right } from '@basis/sdk/contract';
import type { ConsoleMessages } from '../locales/index.js';
import type { Route } from '../routing/routes.js';

export interface NavItem {
  /** Matches `sectionOf(route)`, so the item is marked current on every page of its section. */
  readonly section: string;
  readonly label: (m: ConsoleMessages) => string;
  readonly route: Route;
  /** The right a user needs to see the item; without it the item is not shown. */
  readonly right: Right;
}

export interface NavGroup {
  readonly heading: (m: ConsoleMessages) => string;
  readonly items: readonly NavItem[];
}

/**
 * The console's navigation, as data. Forms, mailings and requests join these
 * groups (or a new one) as their views are built, each behind the right it needs.
 */
export const NAVIGATION: readonly NavGroup[] = [
  {
    heading: (m) => m.overview.navHeading,
    items: [{ section: 'dashboard', label: (m) => m.overview.dashboardTitle, route: { name: 'dashboard' }, right: 'view_persons' }],
  },
  {
    heading: (m) => m.navPeople,
    items: [{ section: 'persons', label: (m) => m.personsTitle, route: { name: 'persons', query: '' }, right: 'view_persons' }],
  },
  {
    heading: (m) => m.mailings.navHeading,
    items: [{ section: 'mailings', label: (m) => m.mailings.title, route: { name: 'mailings' }, right: 'view_persons' }],
  },
  {
    heading: (m) => m.navProcessing,
    items: (['purposes', 'legal-bases', 'sources', 'topics'] as const).map((catalog) => ({
      section: catalog,
      label: (m: ConsoleMessages) => m.catalogs[catalog].title,
      route: { name: 'catalog', catalog },
      right: 'view_persons',
    })),
  },
  {
    heading: (m) => m.forms.navHeading,
    items: [{ section: 'forms', label: (m) => m.forms.title, route: { name: 'forms' }, right: 'view_persons' }],
  },
  {
    heading: (m) => m.navConfiguration,
    items: [{ section: 'settings', label: (m) => m.settingsTitle, route: { name: 'settings' }, right: 'view_persons' }],
  },
  {
    heading: (m) => m.navAdministration,
    items: [
      { section: 'users', label: (m) => m.usersTitle, route: { name: 'users' }, right: 'manage_users' },
      { section: 'audit', label: (m) => m.auditTitle, route: { name: 'audit', filter: {} }, right: 'view_audit' },
      {
        section: 'outbox',
        label: (m) => m.overview.outboxTitle,
        route: { name: 'outbox', status: null, kind: null },
        right: 'view_persons',
      },
    ],
  },
];

/** The groups and items a user with these rights sees; a group with nothing left is dropped. */
export function navigationFor(rights: readonly Right[]): NavGroup[] {
  return NAVIGATION.map((group) => ({ ...group, items: group.items.filter((item) => rights.includes(item.right)) })).filter(
    (group) => group.items.length > 0,
  );
}
