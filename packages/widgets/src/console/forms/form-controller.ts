import { type ReactiveController, type ReactiveControllerHost, type TemplateResult, html, nothing } from 'lit';
import type { ConsoleMessages } from '../locales/index.js';
import { focusField } from '../ui/fields.js';
import { errorMessage } from '../ui/view-states.js';
import { type ContractSchema, contractErrors } from './contract-errors.js';
import { NO_ERRORS, type PlacedErrors, fieldErrorsOf, firstFieldWithError, hasErrors, placeErrors } from './field-errors.js';

type Host = ReactiveControllerHost & { readonly renderRoot: ParentNode };

/** What the contract says for a check that has no message of its own. */
const GENERIC_MESSAGE = 'Invalid input';

export interface Submission<T> {
  /** The form's fields by name (the API's field paths), in the order shown. */
  fields: readonly string[];
  /** The request body, checked against `schema` before it is sent. */
  body: unknown;
  schema?: ContractSchema;
  /** What the browser's own checks say, by field, for fields the contract let through. */
  native?: Readonly<Record<string, string>>;
  send: () => Promise<T>;
  /** Words of the view's own for a failure it knows better than the general ones (a 409's cause). */
  explain?: (error: unknown) => string | undefined;
}

/**
 * One form's submission: checks the body with the contract (the server's own messages), then the
 * browser's checks, sends it, and shows a 422's field errors under the fields they name. Anything
 * else that fails (a 403, a conflict, no connection) is said above the form. The focus goes to the
 * first field that is wrong, else to that sentence.
 */
export class FormController implements ReactiveController {
  errors: PlacedErrors = NO_ERRORS;
  failure: unknown;
  /** The view's own words for `failure`, when it had some. */
  private failureText: string | undefined;
  busy = false;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The errors under one field. */
  errorsOf(field: string): readonly string[] {
    return this.errors.byField[field] ?? [];
  }

  reset(): void {
    this.errors = NO_ERRORS;
    this.failure = undefined;
    this.failureText = undefined;
    this.host.requestUpdate();
  }

  /** Sends the form; the answer, or undefined when it was refused or failed (and says why). */
  async submit<T>(submission: Submission<T>): Promise<T | undefined> {
    if (this.busy) return undefined;
    this.failure = undefined;
    this.failureText = undefined;
    const placed = placeErrors(submission.schema ? contractErrors(submission.schema, submission.body) : [], submission.fields);
    const byField: Record<string, readonly string[]> = { ...placed.byField };
    for (const [field, message] of Object.entries(submission.native ?? {})) {
      // The contract's words win, but not its bare "Invalid input" (a range without a message of its own): the browser says which range.
      const contract = byField[field];
      if (!contract || contract.every((said) => said === GENERIC_MESSAGE)) byField[field] = [message];
    }
    const checked = { byField, general: placed.general };
    if (hasErrors(checked)) {
      await this.show(checked, submission.fields);
      return undefined;
    }
    this.errors = NO_ERRORS;
    this.busy = true;
    this.host.requestUpdate();
    try {
      return await submission.send();
    } catch (error) {
      const answered = fieldErrorsOf(error);
      if (answered.length > 0) await this.show(placeErrors(answered, submission.fields), submission.fields);
      else await this.fail(error, submission.explain?.(error));
      return undefined;
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  private async show(errors: PlacedErrors, fields: readonly string[]): Promise<void> {
    this.errors = errors;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const first = firstFieldWithError(errors, fields);
    if (first) focusField(this.host.renderRoot, first);
  }

  private async fail(error: unknown, text: string | undefined): Promise<void> {
    this.failure = error;
    this.failureText = text;
    this.host.requestUpdate();
    await this.host.updateComplete;
  }

  /** The live region above the form: why it was not saved, when that is not about one field. */
  renderProblems(m: ConsoleMessages): TemplateResult {
    const { general, byField } = this.errors;
    const fieldCount = Object.keys(byField).length;
    let content: TemplateResult | typeof nothing = nothing;
    if (this.failure !== undefined) content = html`<p>${this.failureText ?? errorMessage(m, this.failure)}</p>`;
    else if (general.length || fieldCount) {
      content = html`${fieldCount ? html`<p>${m.checkFields}</p>` : nothing}${general.map((message) => html`<p>${message}</p>`)}`;
    }
    return html`<div class="form-problems ${content === nothing ? '' : 'state error'}" role="alert">${content}</div>`;
  }
}
