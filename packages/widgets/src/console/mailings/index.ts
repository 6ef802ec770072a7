import { define } from '../../base/define.js';
import { BasisAudiencePersons } from './audience-persons.js';
import { BasisMailingAudience } from './mailing-audience.js';
import { BasisMailingEditor } from './mailing-editor.js';
import { BasisMailingPreview } from './mailing-preview.js';
import { BasisMailingProgress } from './mailing-progress.js';
import { BasisMailingRecipients } from './mailing-recipients.js';
import { BasisMailingSend } from './mailing-send.js';
import { BasisMailingTestSend } from './mailing-test-send.js';
import { BasisMailingView } from './mailing-view.js';
import { BasisMailingsView } from './mailings-view.js';

/** Defines the mailing screens' elements; the console's entry calls it with the others. */
export function defineMailings(): void {
  define('basis-mailings-view', BasisMailingsView);
  define('basis-mailing-view', BasisMailingView);
  define('basis-mailing-editor', BasisMailingEditor);
  define('basis-mailing-preview', BasisMailingPreview);
  define('basis-mailing-test-send', BasisMailingTestSend);
  define('basis-mailing-audience', BasisMailingAudience);
  define('basis-audience-persons', BasisAudiencePersons);
  define('basis-mailing-send', BasisMailingSend);
  define('basis-mailing-progress', BasisMailingProgress);
  define('basis-mailing-recipients', BasisMailingRecipients);
}
