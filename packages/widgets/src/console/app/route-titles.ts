import type { ConsoleMessages } from '../locales/index.js';
import type { Route } from '../routing/routes.js';

/** What a route is called before its view knows more (a person's address, a purpose's name). */
export function titleOf(route: Route, m: ConsoleMessages): string {
  switch (route.name) {
    case 'persons':
    case 'person':
      return m.personsTitle;
    case 'catalog':
    case 'catalog-item':
      return m.catalogs[route.catalog].title;
    case 'catalog-new':
      return m.catalogs[route.catalog].newItem;
    case 'settings':
      return m.settingsTitle;
    case 'users':
      return m.usersTitle;
    case 'audit':
      return m.auditTitle;
    case 'dashboard':
      return m.overview.dashboardTitle;
    case 'outbox':
      return m.overview.outboxTitle;
    case 'mailings':
    case 'mailing':
      return m.mailings.title;
    case 'mailing-new':
      return m.mailings.newMailing;
    case 'forms':
    case 'form':
      return m.forms.title;
    case 'form-new':
      return m.forms.newForm;
    case 'form-submissions':
      return m.forms.submissions;
    case 'not-found':
      return m.notFoundTitle;
  }
}
