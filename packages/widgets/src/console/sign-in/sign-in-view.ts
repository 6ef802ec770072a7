import { type BasisClient, RateLimitError, type Session, UnauthorizedError, ValidationError } from '@basis/sdk';
import { LitElement, type PropertyDeclarations, type TemplateResult, html, nothing } from 'lit';
import { controls } from '../../base/controls.styles.js';
import { tokens } from '../../base/tokens.styles.js';
import type { ConsoleMessages } from '../locales/index.js';
import { consoleStyles } from '../ui/console.styles.js';
import { errorMessage } from '../ui/view-states.js';
import { signInStyles } from './sign-in-view.styles.js';

/** Why the sign-in form is shown, said above it. */
export type SignInReason = 'session-ended' | 'signed-out' | undefined;

type Field = 'email' | 'password';

/**
 * The sign-in form: email and password. A wrong password, a locked account and a server that cannot
 * be reached each get their own sentence; a field that is wrong says so under itself.
 *
 * @event basis-signed-in - The server opened a session; `detail.session` is it.
 */
export class BasisSignIn extends LitElement {
  static override styles = [tokens, controls, consoleStyles, signInStyles];

  static override properties: PropertyDeclarations = {
    messages: { attribute: false },
    reason: { attribute: false },
    client: { attribute: false },
    busy: { state: true },
    problem: { state: true },
    fieldProblems: { state: true },
  };

  declare messages: ConsoleMessages | undefined;
  declare reason: SignInReason;
  /** The app's client; signing in with it makes it act as the signed-in user. */
  declare client: BasisClient | undefined;
  declare private busy: boolean;
  /** The sentence about the whole attempt (wrong password, locked, offline). */
  declare private problem: string | undefined;
  declare private fieldProblems: Partial<Record<Field, string>>;

  constructor() {
    super();
    this.busy = false;
    this.fieldProblems = {};
  }

  private input(name: Field): HTMLInputElement {
    return this.renderRoot.querySelector<HTMLInputElement>(`#${name}`)!;
  }

  /** Puts the focus on the email field, or on the first field that is wrong. */
  focusFirstField(): void {
    const wrong = (['email', 'password'] as const).find((name) => this.fieldProblems[name]);
    this.input(wrong ?? 'email').focus();
  }

  private check(m: ConsoleMessages): boolean {
    const email = this.input('email');
    const password = this.input('password');
    const problems: Partial<Record<Field, string>> = {};
    if (!email.value.trim()) problems.email = m.emailMissing;
    else if (!email.checkValidity()) problems.email = m.emailMalformed;
    if (!password.value) problems.password = m.passwordMissing;
    this.fieldProblems = problems;
    return Object.keys(problems).length === 0;
  }

  private async submit(): Promise<void> {
    const m = this.messages;
    if (!m || !this.client || this.busy) return;
    this.problem = undefined;
    if (!this.check(m)) {
      await this.updateComplete;
      return this.focusFirstField();
    }
    this.busy = true;
    try {
      const session = await this.client.session.signIn({
        email: this.input('email').value.trim(),
        password: this.input('password').value,
      });
      this.dispatchEvent(new CustomEvent('basis-signed-in', { detail: { session }, bubbles: true, composed: true }));
    } catch (error) {
      await this.fail(m, error);
    } finally {
      this.busy = false;
    }
  }

  private async fail(m: ConsoleMessages, error: unknown): Promise<void> {
    const password = this.input('password');
    if (error instanceof ValidationError && error.errors.length > 0) {
      const problems: Partial<Record<Field, string>> = {};
      for (const { field, message } of error.errors) if (field === 'email' || field === 'password') problems[field] ??= message;
      this.fieldProblems = problems;
      if (Object.keys(problems).length > 0) {
        await this.updateComplete;
        return this.focusFirstField();
      }
    }
    if (error instanceof UnauthorizedError) {
      this.problem = m.wrongCredentials;
      password.value = '';
      await this.updateComplete;
      return password.focus();
    }
    if (error instanceof RateLimitError) {
      this.problem = error.retryAfter === undefined ? m.lockedOutLater : m.lockedOut(Math.max(1, Math.ceil(error.retryAfter / 60)));
      return;
    }
    this.problem = errorMessage(m, error);
  }

  override render(): TemplateResult | typeof nothing {
    const m = this.messages;
    if (!m) return nothing;
    const notice = this.reason === 'session-ended' ? m.sessionEnded : this.reason === 'signed-out' ? m.signedOut : undefined;
    return html`
      <div class="card">
        <p class="product">${m.productName}</p>
        <h1 tabindex="-1">${m.signInTitle}</h1>
        ${notice ? html`<p class="state" role="status">${notice}</p>` : nothing}
        <p class="lead">${m.signInIntro}</p>
        <form class="editor" novalidate aria-describedby=${this.problem ? 'problem' : nothing} @submit=${this.onSubmit}>
          <div id="problem" role="alert" class=${this.problem ? 'state error' : ''}>
            ${this.problem ? html`<p>${this.problem}</p>` : nothing}
          </div>
          ${this.renderField('email', m.emailLabel, 'email', 'username')}
          ${this.renderField('password', m.passwordLabel, 'password', 'current-password')}
          <div class="form-actions">
            <button type="submit" aria-disabled=${this.busy}>${this.busy ? m.signingIn : m.signIn}</button>
          </div>
        </form>
      </div>
    `;
  }

  private renderField(name: Field, label: string, type: string, autocomplete: string): TemplateResult {
    const problem = this.fieldProblems[name];
    return html`<div class="field">
      <label for=${name}>${label}</label>
      <input
        id=${name}
        name=${name}
        type=${type}
        autocomplete=${autocomplete}
        required
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${problem ? `${name}-error` : nothing}
      />
      ${problem ? html`<p id="${name}-error" class="field-error">${problem}</p>` : nothing}
    </div>`;
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.submit();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'basis-sign-in': BasisSignIn;
  }
  interface GlobalEventHandlersEventMap {
    /** The console's user signed in. */
    'basis-signed-in': CustomEvent<{ session: Session }>;
  }
}
