import { type Audience, type GateReason, type Mailing, MailingSend } from '@basis/sdk/contract';
import { type PropertyDeclarations, type TemplateResult, css, html, nothing } from 'lit';
import { can } from '../context.js';
import { FormController } from '../forms/form-controller.js';
import type { BasisConfirmDialog } from '../ui/confirm-dialog.js';
import { ConsoleView } from '../ui/console-view.js';
import { formatDateTime } from '../ui/dates.js';
import { renderField } from '../ui/fields.js';
import { type Notice, renderNotice } from '../ui/notice.js';
import { OVERRIDE_FIELDS, overrideReach, renderGateOverride } from './gate-override.js';

type When = 'now' | 'at';

/**
 * Sending a draft, now or at a time, after a confirmation that says how many persons it goes to
 * and on which topic. A sender who may override the consent gate can add persons it blocks, in
 * writing.
 *
 * @event basis-mailing-sent - The server took it; `detail.mailing` is the mailing after, `detail.scheduled` whether for later.
 */
export class BasisMailingSend extends ConsoleView {
  static override styles = [
    ...ConsoleView.styles,
    css`
      fieldset.override {
        display: grid;
        gap: var(--_space);
      }

      fieldset.override h3 {
        margin: 0;
      }

      .override .why {
        margin: 0 0 0.3em 1.65em;
      }

      .override .reach {
        margin: 0;
        font-weight: 600;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    mailing: { attribute: false },
    audience: { attribute: false },
    topicName: { attribute: false },
    when: { state: true },
    chosen: { state: true },
    notice: { state: true },
  };

  declare mailing: Mailing;
  declare audience: Audience;
  declare topicName: string;
  declare private when: When;
  /** The gate's reasons chosen to override. */
  declare private chosen: GateReason[];
  declare private notice: Notice | undefined;

  private readonly form = new FormController(this);

  constructor() {
    super();
    this.when = 'now';
    this.chosen = [];
  }

  private get dialog(): BasisConfirmDialog {
    return this.renderRoot.querySelector('basis-confirm-dialog')!;
  }

  private get mayOverride(): boolean {
    return can(this.context!, 'override_gate');
  }

  /** The request, and what the console itself says about the time (the server would send a past time at once). */
  private request(formElement: HTMLFormElement): { body: MailingSend; native: Record<string, string> } {
    const t = this.m.mailings;
    const body: MailingSend = {};
    const native: Record<string, string> = {};
    if (this.when === 'at') {
      const value = formElement.querySelector<HTMLInputElement>('[name="at"]')?.value ?? '';
      const at = value ? new Date(value) : undefined;
      if (!at || Number.isNaN(at.getTime())) native.at = t.scheduleAtMissing;
      else if (at.getTime() <= Date.now()) native.at = t.scheduleAtPast;
      else body.at = at.toISOString();
    }
    const reason = (formElement.querySelector<HTMLTextAreaElement>('[name="override.reason"]')?.value ?? '').trim();
    if (this.mayOverride && (this.chosen.length > 0 || reason)) body.override = { reasons: this.chosen, reason };
    return { body, native };
  }

  private async send(formElement: HTMLFormElement): Promise<void> {
    const m = this.m;
    const t = m.mailings;
    const { body, native } = this.request(formElement);
    const reach = body.override ? overrideReach(this.audience, this.chosen) : { persons: 0, exact: true };
    const total = this.audience.eligible + reach.persons;
    this.notice = undefined;
    if (total === 0 && Object.keys(native).length === 0) {
      this.notice = { tone: 'error', text: t.nobodyToSend };
      return;
    }
    const { mailing } = this;
    const sent = await this.form.submit({
      fields: ['at', ...OVERRIDE_FIELDS],
      body,
      schema: MailingSend,
      native,
      send: async () => {
        const confirmed = await this.dialog.ask({
          title: body.at ? t.scheduleQuestion(mailing.name, formatDateTime(body.at, this.context!.locale)) : t.sendQuestion(mailing.name),
          text: t.sendEffect(total, reach.exact, this.topicName, this.audience.eligible, reach.persons),
          confirmLabel: body.at ? t.confirmSchedule : t.confirmSend,
          cancelLabel: m.cancel,
        });
        return confirmed ? this.context!.client.mailings.send(mailing.id, body) : undefined;
      },
    });
    if (!sent) return;
    const detail = { mailing: sent, scheduled: body.at !== undefined };
    this.dispatchEvent(new CustomEvent('basis-mailing-sent', { detail, bubbles: true, composed: true }));
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.send(event.currentTarget as HTMLFormElement);
  };

  private readonly onChange = (event: Event): void => {
    const target = event.target as HTMLInputElement;
    if (target.name === 'when') this.when = target.value as When;
    if (target.name === 'override.reasons') {
      const boxes = [...this.renderRoot.querySelectorAll<HTMLInputElement>('input[name="override.reasons"]')];
      this.chosen = boxes.filter((box) => box.checked).map((box) => box.value as GateReason);
    }
  };

  override render(): TemplateResult | typeof nothing {
    if (!this.context) return nothing;
    const m = this.m;
    const t = m.mailings;
    const busy = this.form.busy;
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return html`
      <p class="lead">${t.sendLead}</p>
      ${this.form.renderProblems(m)}
      <form class="editor send" novalidate @submit=${this.onSubmit} @change=${this.onChange}>
        <fieldset class="field">
          <legend>${t.whenLegend}</legend>
          ${(['now', 'at'] as const).map(
            (when) =>
              html`<div class="option">
                <input type="radio" id="when-${when}" name="when" value=${when} .checked=${this.when === when} />
                <label for="when-${when}">${when === 'now' ? t.sendNowOption : t.scheduleOption}</label>
              </div>`,
          )}
        </fieldset>
        ${
          this.when === 'at'
            ? renderField(
                { name: 'at', kind: 'datetime-local', label: t.scheduleAtLabel, hint: t.scheduleAtHint(zone), required: true },
                '',
                this.form.errorsOf('at'),
              )
            : nothing
        }
        ${this.mayOverride ? renderGateOverride(m, this.audience, this.chosen, (field) => this.form.errorsOf(field)) : nothing}
        <div class="form-actions">
          <button type="submit" aria-disabled=${busy}>${busy ? t.sending : this.when === 'at' ? t.schedule : t.sendNow}</button>
        </div>
      </form>
      ${renderNotice(this.notice)}
      <basis-confirm-dialog></basis-confirm-dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'basis-mailing-send': BasisMailingSend;
  }
  interface GlobalEventHandlersEventMap {
    'basis-mailing-sent': CustomEvent<{ mailing: Mailing; scheduled: boolean }>;
  }
}
