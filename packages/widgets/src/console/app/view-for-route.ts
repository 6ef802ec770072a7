import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { ConsoleContext } from '../context.js';
import type { Route } from '../routing/routes.js';

/**
 * The view element of a route. Each page gets a fresh element (keyed by what it shows), so that no
 * state of one purpose leaks into the next; the person list keeps its element while its search changes.
 */
export function viewForRoute(route: Route, context: ConsoleContext): unknown {
  switch (route.name) {
    case 'persons':
      return keyed('persons', html`<basis-persons-view .context=${context} .query=${route.query}></basis-persons-view>`);
    case 'person':
      return keyed(`person ${route.id}`, html`<basis-person-view .context=${context} .personId=${route.id}></basis-person-view>`);
    case 'catalog':
      return keyed(
        `catalog ${route.catalog}`,
        html`<basis-catalog-list .context=${context} .catalog=${route.catalog}></basis-catalog-list>`,
      );
    case 'catalog-new':
      return keyed(
        `new ${route.catalog}`,
        html`<basis-catalog-editor .context=${context} .catalog=${route.catalog}></basis-catalog-editor>`,
      );
    case 'catalog-item':
      return keyed(
        `item ${route.catalog} ${route.key}`,
        html`<basis-catalog-editor .context=${context} .catalog=${route.catalog} .itemKey=${route.key}></basis-catalog-editor>`,
      );
    case 'settings':
      return keyed('settings', html`<basis-settings-view .context=${context}></basis-settings-view>`);
    case 'users':
      return keyed('users', html`<basis-users-view .context=${context}></basis-users-view>`);
    case 'audit':
      return keyed('audit', html`<basis-audit-view .context=${context} .filter=${route.filter}></basis-audit-view>`);
    case 'dashboard':
      return keyed('dashboard', html`<basis-dashboard-view .context=${context}></basis-dashboard-view>`);
    case 'outbox':
      return keyed('outbox', html`<basis-outbox-view .context=${context} .status=${route.status} .kind=${route.kind}></basis-outbox-view>`);
    case 'mailings':
      return keyed('mailings', html`<basis-mailings-view .context=${context}></basis-mailings-view>`);
    case 'mailing-new':
      return keyed('new mailing', html`<basis-mailing-view .context=${context}></basis-mailing-view>`);
    case 'mailing':
      return keyed(`mailing ${route.id}`, html`<basis-mailing-view .context=${context} .mailingId=${route.id}></basis-mailing-view>`);
    case 'forms':
      return keyed('forms', html`<basis-forms-list .context=${context}></basis-forms-list>`);
    case 'form-new':
      return keyed('new form', html`<basis-form-designer .context=${context}></basis-form-designer>`);
    case 'form':
      return keyed(`form ${route.id}`, html`<basis-form-designer .context=${context} .formId=${route.id}></basis-form-designer>`);
    case 'form-submissions':
      return keyed(
        `form submissions ${route.id}`,
        html`<basis-form-submissions .context=${context} .formId=${route.id}></basis-form-submissions>`,
      );
    case 'not-found':
      return keyed(`not-found ${route.path}`, html`<basis-not-found-view .context=${context}></basis-not-found-view>`);
  }
}
