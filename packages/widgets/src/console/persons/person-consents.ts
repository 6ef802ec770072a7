import type { ConsentPut, ConsentRecord, LegalBasis, Purpose, Source } from '@basis/sdk';
import { type PropertyDeclarations, type TemplateResult, html, nothing } from 'lit';
import { nameOf } from '../catalog/catalog.js';
import { can } from '../context.js';
import type { BasisConfirmDialog } from '../ui/confirm-dialog.js';
import { ConsoleView } from '../ui/console-view.js';
import { formatDateTime } from '../ui/dates.js';
import { type Notice, renderNotice } from '../ui/notice.js';
import { renderConsentEvidence } from './consent-evidence.js';
import { errorMessage } from '../ui/view-states.js';

/** A change a console user makes by hand is recorded as coming from this source. */
export const MANUAL_SOURCE = 'manual';

type Change = { kind: 'set' | 'withdraw'; purpose: Purpose; record: ConsentRecord | undefined };

/**
 * A person's legal basis for each purpose: which, its status, since when, set by whom and from
 * where. Those who may edit persons set a basis or withdraw it, each with a comment that is kept as
 * evidence; withdrawing is confirmed, and is as quick as setting.
 *
 * @event basis-consent-changed - The server recorded a change; `detail.record` is the new record.
 */
export class BasisPersonConsents extends ConsoleView {
  static override properties: PropertyDeclarations = {
    personId: { attribute: false },
    consents: { attribute: false },
    purposes: { attribute: false },
    legalBases: { attribute: false },
    sources: { attribute: false },
    change: { state: true },
    commentError: { state: true },
    notice: { state: true },
    saving: { state: true },
  };

  declare personId: string;
  declare consents: ConsentRecord[];
  declare purposes: Purpose[];
  declare legalBases: LegalBasis[];
  declare sources: Source[];
  /** The change the dialog asks about. */
  declare private change: Change | undefined;
  declare private commentError: boolean;
  declare private notice: Notice | undefined;
  declare private saving: boolean;

  constructor() {
    super();
    this.commentError = false;
    this.saving = false;
  }

  private get dialog(): BasisConfirmDialog {
    return this.renderRoot.querySelector('basis-confirm-dialog')!;
  }

  private field<T extends HTMLElement>(id: string): T | null {
    return this.renderRoot.querySelector<T>(`#${id}`);
  }

  /** The purposes to show: every active one, and a deactivated one the person still has a record for. */
  private rows(): { purpose: Purpose; record: ConsentRecord | undefined }[] {
    return this.purposes
      .map((purpose) => ({ purpose, record: this.consents.find((c) => c.purpose === purpose.key) }))
      .filter(({ purpose, record }) => purpose.active || record);
  }

  private async ask(change: Change): Promise<void> {
    const m = this.m;
    this.change = change;
    this.commentError = false;
    await this.updateComplete;
    const comment = this.field<HTMLTextAreaElement>('consent-comment');
    if (comment) comment.value = '';
    const name = change.purpose.name;
    const withdraw = change.kind === 'withdraw';
    const confirmed = await this.dialog.ask({
      title: withdraw ? m.withdrawBasisFor(name) : m.setBasisFor(name),
      text: withdraw ? m.withdrawEffect(name) : m.legalBasesLead,
      confirmLabel: withdraw ? m.withdrawBasis : m.setBasis,
      cancelLabel: m.cancel,
      danger: withdraw,
      beforeConfirm: () => this.checkComment(),
    });
    if (confirmed) await this.send(change);
    else this.change = undefined;
  }

  /** A comment is required: it is the evidence of why a person's basis was changed by hand. */
  private checkComment(): boolean {
    const comment = this.field<HTMLTextAreaElement>('consent-comment');
    this.commentError = !comment?.value.trim();
    if (this.commentError) comment?.focus();
    return !this.commentError;
  }

  private async send(change: Change): Promise<void> {
    const m = this.m;
    const comment = this.field<HTMLTextAreaElement>('consent-comment')!.value.trim();
    const basis = change.kind === 'withdraw' ? change.record!.legalBasis : this.field<HTMLSelectElement>('consent-basis')!.value;
    const input: ConsentPut = {
      legalBasis: basis,
      status: change.kind === 'withdraw' ? 'withdrawn' : 'active',
      source: MANUAL_SOURCE,
      evidence: { comment },
    };
    this.saving = true;
    this.notice = undefined;
    try {
      const record = await this.context!.client.subjects.consents.set(this.personId, change.purpose.key, input);
      this.dispatchEvent(new CustomEvent('basis-consent-changed', { detail: { record }, bubbles: true, composed: true }));
      this.notice = {
        tone: 'success',
        text: change.kind === 'withdraw' ? m.basisWithdrawn(change.purpose.name) : m.basisSet(change.purpose.name),
      };
    } catch (error) {
      this.notice = { tone: 'error', text: errorMessage(m, error) };
    } finally {
      this.saving = false;
      this.change = undefined;
    }
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.context || !this.purposes) return nothing;
    const m = this.m;
    const edit = can(this.context, 'edit_persons');
    const rows = this.rows();
    return html`<section aria-labelledby="consents-heading">
      <h2 id="consents-heading">${m.legalBasesSection}</h2>
      <p class="lead">${m.legalBasesLead}</p>
      ${renderNotice(this.notice)}
      ${
        rows.length === 0
          ? html`<p class="state">${m.catalogs.purposes.empty}</p>`
          : html`<table>
              <caption class="sr-only">
                ${m.legalBasesSection}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${m.purposeColumn}</th>
                  <th scope="col">${m.basisColumn}</th>
                  <th scope="col">${m.statusColumn}</th>
                  <th scope="col">${m.sinceColumn}</th>
                  <th scope="col">${m.updatedByColumn}</th>
                  <th scope="col">${m.sourceColumn}</th>
                  <th scope="col">${m.evidence}</th>
                  ${edit ? html`<th scope="col"><span class="sr-only">${m.actionsColumn}</span></th>` : nothing}
                </tr>
              </thead>
              <tbody>
                ${rows.map((row) => this.renderRow(row.purpose, row.record, edit))}
              </tbody>
            </table>`
      }
      <basis-confirm-dialog>${this.renderDialogFields()}</basis-confirm-dialog>
    </section>`;
  }

  private renderRow(purpose: Purpose, record: ConsentRecord | undefined, edit: boolean): TemplateResult {
    const m = this.m;
    const locale = this.context!.locale;
    const good = record?.status === 'active';
    const withdrawable = record && (record.status === 'active' || record.status === 'pending');
    const updatedBy = record
      ? record.updatedBy.type === 'user' && record.updatedBy.id === this.context!.user.id
        ? m.you
        : m.updatedBy[record.updatedBy.type]
      : '';
    return html`<tr data-purpose=${purpose.key}>
      <th scope="row">${purpose.name}</th>
      ${
        record
          ? html`<td>${nameOf(this.legalBases, record.legalBasis)}</td>
              <td>
                <span class="badge ${good ? 'good' : record.status === 'pending' ? 'neutral' : 'bad'}">${m.statuses[record.status]}</span>
              </td>
              <td>${formatDateTime(record.setAt, locale)}</td>
              <td>${updatedBy}</td>
              <td>${nameOf(this.sources, record.source)}</td>
              <td>${renderConsentEvidence(m, record, purpose.name, locale)}</td>`
          : html`<td colspan="6" class="muted">${m.noBasis}</td>`
      }
      ${
        edit
          ? html`<td class="actions">
              <button
                type="button"
                class="secondary small"
                aria-disabled=${this.saving}
                @click=${() => void this.ask({ kind: 'set', purpose, record })}
              >
                ${m.setBasis}<span class="sr-only">${m.forPurpose(purpose.name)}</span>
              </button>
              ${
                withdrawable
                  ? html`<button
                      type="button"
                      class="secondary small danger"
                      aria-disabled=${this.saving}
                      @click=${() => void this.ask({ kind: 'withdraw', purpose, record })}
                    >
                      ${m.withdrawBasis}<span class="sr-only">${m.forPurpose(purpose.name)}</span>
                    </button>`
                  : nothing
              }
            </td>`
          : nothing
      }
    </tr>`;
  }

  /** The fields inside the dialog: the basis to set (not when withdrawing) and the comment. */
  private renderDialogFields(): TemplateResult | typeof nothing {
    const change = this.change;
    if (!change) return nothing;
    const m = this.m;
    const allowed = this.legalBases.filter((basis) => basis.active && change.purpose.allowedLegalBases.includes(basis.key));
    const current = change.record?.legalBasis ?? change.purpose.defaultLegalBasis ?? allowed[0]?.key;
    return html`<div class="editor dialog-fields">
      ${
        change.kind === 'set'
          ? html`<div class="field">
              <label for="consent-basis">${m.basisColumn}</label>
              <select id="consent-basis">
                ${allowed.map((basis) => html`<option value=${basis.key} ?selected=${basis.key === current}>${basis.name} (${m.articles[basis.article]})</option>`)}
              </select>
            </div>`
          : nothing
      }
      <div class="field">
        <label for="consent-comment">${m.comment}</label>
        <textarea
          id="consent-comment"
          required
          maxlength="2000"
          aria-invalid=${this.commentError ? 'true' : 'false'}
          aria-describedby="consent-comment-hint ${this.commentError ? 'consent-comment-error' : ''}"
        ></textarea>
        ${this.commentError ? html`<p id="consent-comment-error" class="field-error">${m.commentRequired}</p>` : nothing}
        <p id="consent-comment-hint" class="hint">${m.commentHint}</p>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'basis-person-consents': BasisPersonConsents;
  }
  interface GlobalEventHandlersEventMap {
    'basis-consent-changed': CustomEvent<{ record: ConsentRecord }>;
  }
}
