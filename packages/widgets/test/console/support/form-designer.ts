import type { BasisConsentForm } from '../../../src/index.js';
import type { BasisConsole } from '../../../src/console/app/console-app.js';
import type { BasisConfirmDialog } from '../../../src/console/ui/confirm-dialog.js';
import { fieldId } from '../../../src/console/ui/fields.js';
import { byText, currentView, find } from './console.js';

// Reading the forms designer the way its user does: its controls by the API's field path, the
// errors under them, its dialog, and the real consent form in its preview.

export const view = (app: BasisConsole) => currentView(app);

/** The control named by an API field path, such as `fields.1.label.de`. */
export const control = <T extends HTMLElement = HTMLInputElement>(app: BasisConsole, name: string): T =>
  find<T>(view(app), `#${fieldId(name)}`);

/** The error shown under a control, or undefined. */
export const errorUnder = (app: BasisConsole, name: string): string | undefined =>
  view(app)
    .shadowRoot!.querySelector(`#${fieldId(name)}-error`)
    ?.textContent.trim();

export const dialog = (app: BasisConsole): BasisConfirmDialog => find<BasisConfirmDialog>(view(app), 'basis-confirm-dialog');

export const button = (app: BasisConsole, text: string | RegExp): HTMLButtonElement => byText<HTMLButtonElement>(view(app), 'button', text);

/** The real `<basis-consent-form>` of the preview. */
export const preview = (app: BasisConsole): BasisConsentForm => find<BasisConsentForm>(view(app), 'basis-consent-form');

/** What the preview shows for a control it names like the API (`values.email`, `consents.newsletter`): its label's text. */
export function previewLabel(app: BasisConsole, name: string): string | undefined {
  return preview(app).shadowRoot!.querySelector(`label[for="${name}"]`)?.textContent.replace(/\s+/g, ' ').trim();
}
