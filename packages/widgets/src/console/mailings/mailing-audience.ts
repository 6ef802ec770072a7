import { type Audience, FINAL_GATE_REASONS, GATE_REASONS, type GateReason } from '@basis/sdk/contract';
import { type PropertyDeclarations, type TemplateResult, html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { ConsoleView } from '../ui/console-view.js';
import type { BasisAudiencePersons } from './audience-persons.js';

type Group = GateReason | 'eligible';

/**
 * Who the consent gate lets through and who it blocks, as of now: the count for each of the
 * gate's reasons in the contract's order, what each reason means, and the persons behind a count.
 */
export class BasisMailingAudience extends ConsoleView {
  static override properties: PropertyDeclarations = {
    mailingId: { attribute: false },
    audience: { attribute: false },
    topicName: { attribute: false },
    purposeName: { attribute: false },
    open: { state: true },
  };

  declare mailingId: string;
  declare audience: Audience;
  declare topicName: string;
  declare purposeName: string;
  /** Whose persons are listed below the counts. */
  declare private open: Group | undefined;

  private label(group: Group): string {
    const t = this.m.mailings;
    return group === 'eligible' ? t.eligibleLabel : t.reasons[group].label;
  }

  private count(group: Group): number {
    return group === 'eligible' ? this.audience.eligible : (this.audience.blocked[group] ?? 0);
  }

  private async toggle(group: Group): Promise<void> {
    this.open = this.open === group ? undefined : group;
    await this.updateComplete;
    const persons = this.renderRoot.querySelector<BasisAudiencePersons>('basis-audience-persons');
    await persons?.updateComplete;
    persons?.focusList();
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.context) return nothing;
    const t = this.m.mailings;
    const { audience } = this;
    return html`
      <p class="lead">${t.audienceLead(audience.total, this.topicName, this.purposeName)}</p>
      <p class="eligible"><strong>${t.eligibleHeadline(audience.eligible)}</strong></p>
      <table class="audience">
        <caption class="sr-only">
          ${t.audienceSection}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.reasonColumn}</th>
            <th scope="col">${t.personsColumn}</th>
            <th scope="col">${t.meaningColumn}</th>
            <th scope="col"><span class="sr-only">${this.m.actionsColumn}</span></th>
          </tr>
        </thead>
        <tbody>
          ${this.renderRow('eligible', t.eligibleMeaning(this.purposeName))}
          ${GATE_REASONS.map((reason) => this.renderRow(reason, t.reasons[reason].meaning))}
        </tbody>
      </table>
      <div id="audience-persons">
        ${
          this.open
            ? keyed(
                this.open,
                html`<basis-audience-persons
                  .context=${this.context}
                  .mailingId=${this.mailingId}
                  .reason=${this.open}
                  .heading=${t.personsFor(this.label(this.open), this.count(this.open))}
                ></basis-audience-persons>`,
              )
            : nothing
        }
      </div>
    `;
  }

  private renderRow(group: Group, meaning: string): TemplateResult {
    const t = this.m.mailings;
    const count = this.count(group);
    const label = this.label(group);
    const final = group !== 'eligible' && FINAL_GATE_REASONS.includes(group);
    const open = this.open === group;
    return html`<tr data-reason=${group}>
      <th scope="row">${label} ${final ? html`<span class="badge bad">${t.neverOverridden}</span>` : nothing}</th>
      <td class="count">${count.toLocaleString(this.context!.locale)}</td>
      <td>${meaning}</td>
      <td class="actions">
        ${
          count > 0
            ? html`<button
                type="button"
                class="secondary small"
                aria-expanded=${open ? 'true' : 'false'}
                aria-controls="audience-persons"
                aria-label=${open ? t.hidePersonsFor(label) : t.showPersonsFor(label)}
                @click=${() => void this.toggle(group)}
              >
                ${open ? t.hidePersons : t.showPersons}
              </button>`
            : nothing
        }
      </td>
    </tr>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'basis-mailing-audience': BasisMailingAudience;
  }
}
