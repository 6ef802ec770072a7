import type { FieldSensitivity, LegalBasis, Purpose, Sensitivity, Settings } from '@basis/sdk';
import { SettingsPut } from '@basis/sdk/contract';
import { type PropertyDeclarations, type TemplateResult, html, nothing } from 'lit';
import { nameOf } from '../catalog/catalog.js';
import { can } from '../context.js';
import { firstFieldWithError } from '../forms/field-errors.js';
import { FormController } from '../forms/form-controller.js';
import { numberOrEmpty, text } from '../forms/form-values.js';
import type { BasisConfirmDialog } from '../ui/confirm-dialog.js';
import { ConsoleView } from '../ui/console-view.js';
import { type FieldSpec, fieldId, nativeProblems, readForm, renderField } from '../ui/fields.js';
import { LoadTask } from '../ui/load-task.js';
import { type Notice, renderNotice } from '../ui/notice.js';
import { errorState, loadingState } from '../ui/view-states.js';
import {
  ConsentRequestTemplateEditor,
  consentRequestTemplateStyles,
  renderConsentRequestTemplateSummary,
} from './consent-request-template.js';
import { renderSensitivityTable, sensitiveFieldProblem, sensitivitySummary } from './field-sensitivity.js';
import { normalizeOrigin, originProblem, removedOrigins } from './origins.js';

interface Loaded {
  settings: Settings;
  purposes: Purpose[];
  legalBases: LegalBasis[];
}

/**
 * The Privacy Center's settings: controller and DPO contacts, the consent request to new persons
 * (its purpose and wording), how long a double opt-in waits, the websites allowed to embed Basis,
 * and which person fields are sensitive. The default legal basis of each purpose is shown here and
 * changed on the purpose. Removing an allowed origin is confirmed.
 */
export class BasisSettingsView extends ConsoleView {
  static override styles = [...ConsoleView.styles, consentRequestTemplateStyles];

  static override properties: PropertyDeclarations = {
    origins: { state: true },
    originError: { state: true },
    classes: { state: true },
    classError: { state: true },
    notice: { state: true },
  };

  /** The allowed origins as they will be saved (the list on screen). */
  declare private origins: string[];
  declare private originError: string | undefined;
  /** The class of each person field as it will be saved. */
  declare private classes: FieldSensitivity;
  declare private classError: string | undefined;
  declare private notice: Notice | undefined;

  private readonly form = new FormController(this);
  private readonly template = new ConsentRequestTemplateEditor(this);
  private readonly data = new LoadTask<Loaded>(this, async (signal) => {
    const { client } = this.context!;
    const [settings, purposes, legalBases] = await Promise.all([
      client.settings.get({ signal }),
      client.purposes.list({ signal }),
      client.legalBases.list({ signal }),
    ]);
    this.origins = [...settings.allowedOrigins];
    this.classes = { ...settings.fieldSensitivity };
    this.template.load(settings.consentRequestTemplate, this.context!.locale);
    return { settings, purposes, legalBases };
  });

  constructor() {
    super();
    this.origins = [];
    this.classes = {};
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.data.run();
  }

  private get dialog(): BasisConfirmDialog {
    return this.renderRoot.querySelector('basis-confirm-dialog')!;
  }

  private fields(loaded: Loaded): FieldSpec[] {
    const m = this.m;
    const purposes = loaded.purposes.filter((p) => p.active || p.key === loaded.settings.consentRequestPurpose);
    return [
      { name: 'controllerName', kind: 'text', label: m.controllerName, maxLength: 500 },
      { name: 'controllerContact', kind: 'text', label: m.controllerContact, hint: m.controllerContactHint, maxLength: 500 },
      { name: 'dpoContact', kind: 'text', label: m.dpoContact, maxLength: 500 },
      { name: 'jurisdiction', kind: 'text', label: m.jurisdiction, hint: m.jurisdictionHint, required: true, maxLength: 20 },
      { name: 'withdrawalInstructions', kind: 'textarea', label: m.withdrawalInstructions, hint: m.withdrawalHint, maxLength: 2000 },
      {
        name: 'consentRequestPurpose',
        kind: 'select',
        label: m.consentRequestPurpose,
        emptyOption: m.noPurpose,
        options: purposes.map((p) => ({ value: p.key, label: p.name })),
      },
      {
        name: 'doubleOptInExpiryDays',
        kind: 'number',
        label: m.doubleOptInExpiryDays,
        hint: m.doubleOptInHint,
        required: true,
        min: 1,
        max: 30,
      },
    ];
  }

  /** Every name the server may put in `errors[].field`, in the order shown. */
  private fieldNames(loaded: Loaded): string[] {
    const names = this.fields(loaded).map((f) => f.name);
    names.splice(names.indexOf('consentRequestPurpose'), 0, 'consentRequestOnNewSubject');
    names.splice(names.indexOf('consentRequestPurpose') + 1, 0, ...this.template.fieldNames());
    return [...names, 'allowedOrigins', 'fieldSensitivity'];
  }

  private addOrigin(): void {
    const input = this.renderRoot.querySelector<HTMLInputElement>('#new-origin')!;
    const origin = normalizeOrigin(input.value);
    this.originError = originProblem(origin, this.origins, this.m.originDuplicate);
    if (this.originError) return input.focus();
    this.origins = [...this.origins, origin];
    input.value = '';
    input.focus();
  }

  private addSensitiveField(): void {
    const input = this.renderRoot.querySelector<HTMLInputElement>('#new-sensitive-field')!;
    const field = input.value.trim();
    this.classError = sensitiveFieldProblem(field, this.classes, this.m);
    if (this.classError) return input.focus();
    this.classes = { ...this.classes, [field]: 'sensitive' };
    input.value = '';
    input.focus();
  }

  private readonly classify = (field: string, sensitivity: Sensitivity): void => {
    this.classes = { ...this.classes, [field]: sensitivity };
  };

  private async removeOrigin(origin: string, index: number): Promise<void> {
    this.origins = this.origins.filter((o) => o !== origin);
    await this.updateComplete;
    // The focus moves to the next Remove button, or to the field for a new origin.
    const buttons = this.renderRoot.querySelectorAll<HTMLElement>('.origins button');
    (buttons[Math.min(index, buttons.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('#new-origin'))?.focus();
  }

  private async save(formElement: HTMLFormElement): Promise<void> {
    const loaded = this.data.value;
    if (!loaded) return;
    const m = this.m;
    const specs = this.fields(loaded);
    const values = readForm(formElement, specs);
    const body: SettingsPut = {
      controllerName: text(values.controllerName),
      controllerContact: text(values.controllerContact),
      dpoContact: text(values.dpoContact),
      jurisdiction: text(values.jurisdiction).trim(),
      withdrawalInstructions: text(values.withdrawalInstructions),
      consentRequestOnNewSubject: formElement.querySelector<HTMLInputElement>('#consent-request')!.checked,
      consentRequestPurpose: text(values.consentRequestPurpose) || null,
      doubleOptInExpiryDays: numberOrEmpty(values.doubleOptInExpiryDays) as number,
      allowedOrigins: [...this.origins],
      fieldSensitivity: { ...this.classes },
      consentRequestTemplate: this.template.value,
    };
    const removed = removedOrigins(loaded.settings.allowedOrigins, this.origins);
    if (removed.length > 0) {
      const confirmed = await this.dialog.ask({
        title: m.removeOriginsQuestion,
        text: m.removeOriginsEffect(new Intl.ListFormat(this.context!.locale, { type: 'conjunction' }).format(removed)),
        confirmLabel: m.removeOriginsConfirm,
        cancelLabel: m.cancel,
        danger: true,
      });
      if (!confirmed) return;
    }
    this.notice = undefined;
    const fields = this.fieldNames(loaded);
    const saved = await this.form.submit({
      fields,
      body,
      schema: SettingsPut,
      native: nativeProblems(formElement, specs),
      send: () => this.context!.client.settings.update(body),
    });
    if (!saved) {
      // An error in a language of the wording not shown: show that language, and focus its field.
      const first = firstFieldWithError(this.form.errors, fields);
      if (first) await this.template.showField(first);
      return;
    }
    this.origins = [...saved.allowedOrigins];
    this.classes = { ...saved.fieldSensitivity };
    this.template.load(saved.consentRequestTemplate, this.context!.locale);
    this.data.set({ ...loaded, settings: saved });
    this.notice = { tone: 'success', text: m.settingsSaved };
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.context) return nothing;
    const m = this.m;
    return html`
      <h1 tabindex="-1">${m.settingsTitle}</h1>
      <p class="lead">${m.settingsLead}</p>
      ${renderNotice(this.notice)} ${this.renderBody()}
      <basis-confirm-dialog></basis-confirm-dialog>
    `;
  }

  private renderBody(): TemplateResult {
    const m = this.m;
    if (this.data.status === 'loading' && !this.data.value) return loadingState(m.loadingSettings);
    if (this.data.status === 'error') return errorState(m, this.data.error, () => void this.data.run());
    const loaded = this.data.value!;
    const manage = can(this.context!, 'manage_settings');
    return html`${manage ? this.renderForm(loaded) : this.renderSummary(loaded)} ${this.renderDefaults(loaded)}`;
  }

  private renderForm(loaded: Loaded): TemplateResult {
    const m = this.m;
    const s = loaded.settings;
    const specs = Object.fromEntries(this.fields(loaded).map((spec) => [spec.name, spec]));
    const field = (name: Exclude<keyof SettingsPut, 'fieldSensitivity' | 'consentRequestTemplate'>) => {
      const value = s[name];
      return renderField(specs[name]!, value === null || value === undefined ? '' : String(value), this.form.errorsOf(name));
    };
    const requestErrors = this.form.errorsOf('consentRequestOnNewSubject');
    const originErrors = this.form.errorsOf('allowedOrigins');
    const classErrors = this.form.errorsOf('fieldSensitivity');
    return html`
      ${this.form.renderProblems(m)}
      <form class="editor" novalidate @submit=${this.onSubmit}>
        <h2>${m.controllerSection}</h2>
        ${field('controllerName')} ${field('controllerContact')} ${field('dpoContact')} ${field('jurisdiction')}
        ${field('withdrawalInstructions')}

        <h2>${m.consentRequestSection}</h2>
        <div class="field">
          <div class="option">
            <input
              type="checkbox"
              role="switch"
              id="consent-request"
              name="consentRequestOnNewSubject"
              .checked=${s.consentRequestOnNewSubject}
              aria-describedby="consent-request-hint ${requestErrors.length ? 'consent-request-error' : ''}"
            />
            <label for="consent-request">${m.consentRequestOnNewSubject}</label>
          </div>
          ${requestErrors.length ? html`<p id="consent-request-error" class="field-error">${requestErrors.join(' ')}</p>` : nothing}
          <p id="consent-request-hint" class="hint">${m.consentRequestHint}</p>
        </div>
        ${field('consentRequestPurpose')} ${this.template.render(m, this.context!.locale, (name) => this.form.errorsOf(name))}

        <h2>${m.doubleOptInSection}</h2>
        ${field('doubleOptInExpiryDays')}

        <h2 id="origins-heading">${m.originsSection}</h2>
        <p class="hint">${m.originsLead}</p>
        <div class="field" id=${fieldId('allowedOrigins')}>
          ${
            this.origins.length === 0
              ? html`<p class="state">${m.originsEmpty}</p>`
              : html`<ul class="origins" aria-labelledby="origins-heading">
                  ${this.origins.map(
                    (origin, index) =>
                      html`<li class="option">
                        <code class="grow">${origin}</code>
                        <button type="button" class="secondary small danger" @click=${() => void this.removeOrigin(origin, index)}>
                          ${m.removeOrigin(origin)}
                        </button>
                      </li>`,
                  )}
                </ul>`
          }
          ${originErrors.length ? html`<p id="origins-error" class="field-error">${originErrors.join(' ')}</p>` : nothing}
        </div>
        <div class="field">
          <label for="new-origin">${m.newOrigin}</label>
          <div class="option">
            <input
              id="new-origin"
              type="url"
              inputmode="url"
              autocomplete="off"
              placeholder="https://www.example.com"
              aria-invalid=${this.originError ? 'true' : 'false'}
              aria-describedby="new-origin-hint ${this.originError ? 'new-origin-error' : ''}"
              @keydown=${this.onOriginKey}
            />
            <button type="button" class="secondary" @click=${() => this.addOrigin()}>${m.addOrigin}</button>
          </div>
          ${this.originError ? html`<p id="new-origin-error" class="field-error">${this.originError}</p>` : nothing}
          <p id="new-origin-hint" class="hint">${m.newOriginHint}</p>
        </div>

        <h2 id="sensitivity-heading">${m.sensitivitySection}</h2>
        <p class="hint">${m.sensitivityLead}</p>
        <div class="field" id=${fieldId('fieldSensitivity')}>
          ${renderSensitivityTable(m, this.classes, this.classify)}
          ${classErrors.length ? html`<p class="field-error">${classErrors.join(' ')}</p>` : nothing}
        </div>
        <div class="field">
          <label for="new-sensitive-field">${m.newSensitiveField}</label>
          <div class="option">
            <input
              id="new-sensitive-field"
              autocomplete="off"
              spellcheck="false"
              aria-invalid=${this.classError ? 'true' : 'false'}
              aria-describedby="new-sensitive-field-hint ${this.classError ? 'new-sensitive-field-error' : ''}"
              @keydown=${this.onSensitiveFieldKey}
            />
            <button type="button" class="secondary" @click=${() => this.addSensitiveField()}>${m.addSensitiveField}</button>
          </div>
          ${this.classError ? html`<p id="new-sensitive-field-error" class="field-error">${this.classError}</p>` : nothing}
          <p id="new-sensitive-field-hint" class="hint">${m.newSensitiveFieldHint}</p>
        </div>

        <div class="form-actions">
          <button type="submit" aria-disabled=${this.form.busy}>${this.form.busy ? m.saving : m.save}</button>
        </div>
      </form>
    `;
  }

  private renderSummary(loaded: Loaded): TemplateResult {
    const m = this.m;
    const s = loaded.settings;
    return html`<dl class="summary">
      <dt>${m.controllerName}</dt>
      <dd>${s.controllerName || m.none}</dd>
      <dt>${m.controllerContact}</dt>
      <dd>${s.controllerContact || m.none}</dd>
      <dt>${m.dpoContact}</dt>
      <dd>${s.dpoContact || m.none}</dd>
      <dt>${m.jurisdiction}</dt>
      <dd>${s.jurisdiction}</dd>
      <dt>${m.withdrawalInstructions}</dt>
      <dd>${s.withdrawalInstructions || m.none}</dd>
      <dt>${m.consentRequestOnNewSubject}</dt>
      <dd>
        ${m.onOff(s.consentRequestOnNewSubject)}${s.consentRequestPurpose ? ` (${nameOf(loaded.purposes, s.consentRequestPurpose)})` : ''}
      </dd>
      ${renderConsentRequestTemplateSummary(m, s.consentRequestTemplate, this.context!.locale)}
      <dt>${m.doubleOptInExpiryDays}</dt>
      <dd>${s.doubleOptInExpiryDays}</dd>
      <dt>${m.originsSection}</dt>
      <dd>${s.allowedOrigins.length ? s.allowedOrigins.join(', ') : m.originsEmpty}</dd>
      <dt>${m.sensitivitySection}</dt>
      <dd>${sensitivitySummary(m, s.fieldSensitivity)}</dd>
    </dl>`;
  }

  private renderDefaults(loaded: Loaded): TemplateResult {
    const m = this.m;
    const purposes = loaded.purposes.filter((p) => p.active);
    return html`<section aria-labelledby="defaults-heading">
      <h2 id="defaults-heading">${m.defaultsSection}</h2>
      <p class="hint">${m.defaultsLead}</p>
      ${
        purposes.length === 0
          ? html`<p class="state">${m.catalogs.purposes.empty}</p>`
          : html`<table>
              <caption class="sr-only">
                ${m.defaultsSection}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${m.purposeColumn}</th>
                  <th scope="col">${m.fields.defaultLegalBasis}</th>
                </tr>
              </thead>
              <tbody>
                ${purposes.map(
                  (purpose) =>
                    html`<tr>
                      <th scope="row">
                        <a
                          href=${this.context!.href({ name: 'catalog-item', catalog: 'purposes', key: purpose.key })}
                          aria-label=${m.editOnPurpose(purpose.name)}
                          >${purpose.name}</a
                        >
                      </th>
                      <td>${nameOf(loaded.legalBases, purpose.defaultLegalBasis) || m.none}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
      }
    </section>`;
  }

  private readonly onOriginKey = (event: KeyboardEvent): void => {
    // Enter in the origin field adds it, instead of saving the whole form.
    if (event.key !== 'Enter') return;
    event.preventDefault();
    this.addOrigin();
  };

  private readonly onSensitiveFieldKey = (event: KeyboardEvent): void => {
    // Enter in the field adds it, instead of saving the whole form.
    if (event.key !== 'Enter') return;
    event.preventDefault();
    this.addSensitiveField();
  };

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.save(event.target as HTMLFormElement);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'basis-settings-view': BasisSettingsView;
  }
}
