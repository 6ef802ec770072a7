import { define } from '../../base/define.js';
import { BasisConsentForm } from '../../embed/consent-form/consent-form.js';
import { BasisEmbedSnippet } from './embed-snippet.js';
import { BasisFormDesigner } from './form-designer-view.js';
import { BasisFormSubmissions } from './form-submissions-view.js';
import { BasisFormsList } from './forms-list-view.js';

/** Defines the forms designer's elements, and the visitor's consent form that its preview shows. */
export function defineFormsDesigner(): void {
  define('basis-consent-form', BasisConsentForm);
  define('basis-embed-snippet', BasisEmbedSnippet);
  define('basis-forms-list', BasisFormsList);
  define('basis-form-designer', BasisFormDesigner);
  define('basis-form-submissions', BasisFormSubmissions);
}
