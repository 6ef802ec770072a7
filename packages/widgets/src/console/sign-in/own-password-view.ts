import type { BasisClient, User } from '@basis/sdk';
import { PasswordSet, type SessionUser } from '@basis/sdk/contract';
import { LitElement, type PropertyDeclarations, type TemplateResult, html, nothing } from 'lit';
import { controls } from '../../base/controls.styles.js';
import { tokens } from '../../base/tokens.styles.js';
import { FormController } from '../forms/form-controller.js';
import type { ConsoleMessages } from '../locales/index.js';
import { consoleStyles } from '../ui/console.styles.js';
import { type FieldSpec, focusField, readForm, renderField } from '../ui/fields.js';
import { confirmationProblem, newPasswordFields } from '../ui/new-password.js';
import { signInStyles } from './sign-in-view.styles.js';

const FIELDS = ['currentPassword', 'password', 'confirmation'] as const;

/**
 * Shown right after signing in with a password someone else set: the server refuses everything
 * else until the user chooses one of their own. Current password, new password (the contract's
 * rule and words) and the new one again.
 *
 * @event basis-own-password-set - The password is set; `detail.user` is the user as the server now has them.
 * @event basis-sign-out-requested - The user would rather sign out than choose a password now.
 */
export class BasisOwnPassword extends LitElement {
  static override styles = [tokens, controls, consoleStyles, signInStyles];

  static override properties: PropertyDeclarations = {
    messages: { attribute: false },
    client: { attribute: false },
    user: { attribute: false },
  };

  declare messages: ConsoleMessages | undefined;
  declare client: BasisClient | undefined;
  declare user: SessionUser | undefined;

  private readonly form = new FormController(this);

  /** Puts the focus on the first field. */
  focusFirstField(): void {
    focusField(this.renderRoot, 'currentPassword');
  }

  private specs(m: ConsoleMessages): FieldSpec[] {
    return [
      { name: 'currentPassword', kind: 'password', label: m.currentPasswordLabel, required: true, autocomplete: 'current-password' },
      ...newPasswordFields(m),
    ];
  }

  private async submit(formElement: HTMLFormElement): Promise<void> {
    const { messages: m, client, user } = this;
    if (!m || !client || !user) return;
    const values = readForm(formElement, this.specs(m));
    const body: PasswordSet = { currentPassword: String(values.currentPassword), password: String(values.password) };
    const saved = await this.form.submit({
      fields: FIELDS,
      body,
      schema: PasswordSet,
      native: confirmationProblem(m, values),
      send: () => client.users.setPassword(user.id, body),
    });
    if (saved) this.dispatchEvent(new CustomEvent('basis-own-password-set', { detail: { user: saved }, bubbles: true, composed: true }));
  }

  override render(): TemplateResult | typeof nothing {
    const m = this.messages;
    if (!m) return nothing;
    const specs = this.specs(m);
    return html`
      <div class="card">
        <p class="product">${m.productName}</p>
        <h1 tabindex="-1">${m.ownPasswordTitle}</h1>
        <p class="lead">${m.ownPasswordIntro}</p>
        ${this.form.renderProblems(m)}
        <form class="editor" novalidate @submit=${this.onSubmit}>
          ${specs.map((spec) => renderField(spec, '', this.form.errorsOf(spec.name)))}
          <div class="form-actions">
            <button type="submit" aria-disabled=${this.form.busy}>${this.form.busy ? m.settingPassword : m.setOwnPassword}</button>
            <button type="button" class="secondary" @click=${this.onSignOut}>${m.signOut}</button>
          </div>
        </form>
      </div>
    `;
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.submit(event.currentTarget as HTMLFormElement);
  };

  private readonly onSignOut = (): void => {
    this.dispatchEvent(new CustomEvent('basis-sign-out-requested', { bubbles: true, composed: true }));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'basis-own-password': BasisOwnPassword;
  }
  interface GlobalEventHandlersEventMap {
    /** The signed-in user chose a password of their own. */
    'basis-own-password-set': CustomEvent<{ user: User }>;
    'basis-sign-out-requested': CustomEvent<Record<string, never>>;
  }
}
