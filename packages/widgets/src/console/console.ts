// The admin console's entry, loaded only by the page the server hosts at /admin. It defines every
// console element in one place; the visitor embed never imports anything under console/.
import { define } from '../base/define.js';
import { BasisConsole } from './app/console-app.js';
import { BasisNotFoundView } from './app/not-found-view.js';
import { BasisCatalogEditor } from './catalog/catalog-editor-view.js';
import { BasisCatalogList } from './catalog/catalog-list-view.js';
import { BasisPersonConsents } from './persons/person-consents.js';
import { BasisPersonContact } from './persons/person-contact.js';
import { BasisPersonLedger } from './persons/person-ledger.js';
import { BasisPersonView } from './persons/person-view.js';
import { BasisPersonsView } from './persons/persons-view.js';
import { BasisPurposeVersions } from './purposes/purpose-versions.js';
import { BasisSettingsView } from './settings/settings-view.js';
import { BasisUsersView } from './users/users-view.js';
import { BasisAuditView } from './audit/audit-view.js';
import { BasisDashboardView } from './dashboard/dashboard-view.js';
import { BasisOutboxView } from './outbox/outbox-view.js';
import { BasisOwnPassword } from './sign-in/own-password-view.js';
import { BasisSetup } from './sign-in/setup-view.js';
import { BasisSignIn } from './sign-in/sign-in-view.js';
import { BasisConfirmDialog } from './ui/confirm-dialog.js';
import { defineFormsDesigner } from './forms-designer/elements.js';
import { defineMailings } from './mailings/index.js';

/** Defines the console's elements; the app element last, so that its views are known when it first renders. */
export function defineConsole(): void {
  define('basis-confirm-dialog', BasisConfirmDialog);
  define('basis-sign-in', BasisSignIn);
  define('basis-own-password', BasisOwnPassword);
  define('basis-setup', BasisSetup);
  define('basis-not-found-view', BasisNotFoundView);
  define('basis-catalog-list', BasisCatalogList);
  define('basis-catalog-editor', BasisCatalogEditor);
  define('basis-purpose-versions', BasisPurposeVersions);
  define('basis-persons-view', BasisPersonsView);
  define('basis-person-view', BasisPersonView);
  define('basis-person-contact', BasisPersonContact);
  define('basis-person-consents', BasisPersonConsents);
  define('basis-person-ledger', BasisPersonLedger);
  define('basis-settings-view', BasisSettingsView);
  define('basis-users-view', BasisUsersView);
  define('basis-audit-view', BasisAuditView);
  define('basis-dashboard-view', BasisDashboardView);
  define('basis-outbox-view', BasisOutboxView);
  defineFormsDesigner();
  defineMailings();
  define('basis-console', BasisConsole);
}

defineConsole();
