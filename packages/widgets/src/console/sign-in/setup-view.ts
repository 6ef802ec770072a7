import type { BasisClient } from '@basis/sdk';
import { type Session, Setup } from '@basis/sdk/contract';
import { LitElement, type PropertyDeclarations, type TemplateResult, html, nothing } from 'lit';
import { controls } from '../../base/controls.styles.js';
import { tokens } from '../../base/tokens.styles.js';
import { FormController } from '../forms/form-controller.js';
import type { ConsoleMessages } from '../locales/index.js';
import { consoleStyles } from '../ui/console.styles.js';
import { type FieldSpec, focusField, readForm, renderField } from '../ui/fields.js';
import { confirmationProblem, newPasswordFields } from '../ui/new-password.js';
import { signInStyles } from './sign-in-view.styles.js';

const FIELDS = ['email', 'name', 'password', 'confirmation'] as const;

/**
 * The first start's one-time link, `/admin/setup#<token>`: the person who installed Basis names the
 * first administrator — themselves — and is signed in. The token stays in the address's fragment,
 * which browsers never send to a server or in a Referer.
 *
 * @event basis-setup-done - The administrator exists and is signed in; `detail.session` is their session.
 */
export class BasisSetup extends LitElement {
  static override styles = [tokens, controls, consoleStyles, signInStyles];

  static override properties: PropertyDeclarations = {
    messages: { attribute: false },
    client: { attribute: false },
    token: {},
  };

  declare messages: ConsoleMessages | undefined;
  declare client: BasisClient | undefined;
  /** The setup token from the link. */
  declare token: string | undefined;

  private readonly form = new FormController(this);

  focusFirstField(): void {
    focusField(this.renderRoot, 'email');
  }

  private specs(m: ConsoleMessages): FieldSpec[] {
    return [
      { name: 'email', kind: 'email', label: m.emailLabel, required: true, autocomplete: 'email' },
      { name: 'name', kind: 'text', label: m.setupNameLabel, required: true, autocomplete: 'name' },
      ...newPasswordFields(m),
    ];
  }

  private async submit(formElement: HTMLFormElement): Promise<void> {
    const { messages: m, client, token } = this;
    if (!m || !client || !token) return;
    const values = readForm(formElement, this.specs(m));
    const body: Setup = { token, email: String(values.email), name: String(values.name), password: String(values.password) };
    const session = await this.form.submit({
      fields: FIELDS,
      body,
      schema: Setup,
      native: confirmationProblem(m, values),
      send: () => client.setup.create(body),
    });
    if (session) this.dispatchEvent(new CustomEvent('basis-setup-done', { detail: { session }, bubbles: true, composed: true }));
  }

  override render(): TemplateResult | typeof nothing {
    const m = this.messages;
    if (!m) return nothing;
    return html`
      <div class="card">
        <p class="product">${m.productName}</p>
        <h1 tabindex="-1">${m.setupTitle}</h1>
        <p class="lead">${this.token ? m.setupIntro : m.setupNoToken}</p>
        ${this.form.renderProblems(m)}
        ${
          this.token
            ? html`<form class="editor" novalidate @submit=${this.onSubmit}>
                ${this.specs(m).map((spec) => renderField(spec, '', this.form.errorsOf(spec.name)))}
                <div class="form-actions">
                  <button type="submit" aria-disabled=${this.form.busy}>${this.form.busy ? m.settingUp : m.setUp}</button>
                </div>
              </form>`
            : nothing
        }
      </div>
    `;
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.submit(event.currentTarget as HTMLFormElement);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'basis-setup': BasisSetup;
  }
  interface GlobalEventHandlersEventMap {
    /** The first administrator was created and signed in. */
    'basis-setup-done': CustomEvent<{ session: Session }>;
  }
}
