import { ApiError, type Preferences, RateLimitError, UnauthorizedError } from '@basis/sdk/public';
import { type PropertyDeclarations, type PropertyValues, type TemplateResult, html, nothing } from 'lit';
import { BasisElement } from '../../base/basis-element.js';
import { linkRequestClient, preferencesClient } from '../../base/public-client.js';
import type { Messages } from '../../locales/index.js';
import { type Choices, type PreferenceChange, applyChanges, changesBetween, choicesOf, inverseOf, toRequest } from './choices.js';
import { describeChanges } from './describe-changes.js';
import { type ManageToken, manageToken } from './manage-token.js';
import { subscriptionsStyles } from './subscriptions.styles.js';

/** What the element shows; reflected as the `state` attribute. */
export type SubscriptionsState = 'loading' | 'loaded' | 'saving' | 'saved' | 'error' | 'bad-token' | 'requesting-link' | 'link-requested';

/** The line in the live region; kept as a function of the catalog so it follows a change of language. */
interface Notice {
  say: (messages: Messages) => string;
  tone: 'info' | 'success' | 'error';
}

/**
 * "Maintain my subscriptions": the person who followed a manage link switches topics on or off,
 * unsubscribes from everything, and gives or withdraws consent per purpose — then saves, and can
 * undo. A link that no longer works offers to email a new one.
 *
 * @summary The preference page of a manage link: topics, "unsubscribe from everything", consents.
 *
 * @event basis-change - A switch changed; `detail` is the change: `{ kind: 'topic' | 'consent', key, value }` or `{ kind: 'optedOutOfAll', value }`.
 * @event basis-saved - Basis stored the changes (or their undo); `detail.preferences` is the state after it.
 * @event basis-error - A request failed; `detail.error` is the SDK's error. The element shows what the person can do.
 *
 * @csspart base - The element's box.
 * @csspart heading - The title.
 * @csspart intro - The line naming the (masked) address.
 * @csspart notice - The status line with its Undo or Try again button.
 * @csspart status - The live region inside the notice.
 * @csspart undo-button - Undoes the last save.
 * @csspart retry-button - Repeats what failed.
 * @csspart form - The form with the switches.
 * @csspart topics - The group of topic switches.
 * @csspart consents - The group of consent switches.
 * @csspart legend - The title of a group.
 * @csspart hint - The explanation under a group title.
 * @csspart topic - One topic: switch, label and description.
 * @csspart consent - One purpose: switch, label and description.
 * @csspart opt-out - "Unsubscribe from everything" with its explanation.
 * @csspart switch - Every switch (a checkbox with `role="switch"`).
 * @csspart label - Every label.
 * @csspart description - The text under a switch.
 * @csspart actions - The row with the Save button.
 * @csspart save-button - Saves the changes.
 * @csspart link-form - The form that asks for a new link.
 * @csspart email-input - Its email field.
 * @csspart field-error - The message under a field that is wrong.
 * @csspart request-button - Sends the request for a new link.
 *
 * @cssproperty --basis-font - Font family.
 * @cssproperty --basis-font-size - Base font size.
 * @cssproperty --basis-text - Text colour.
 * @cssproperty --basis-muted - Colour of descriptions and hints.
 * @cssproperty --basis-surface - Background.
 * @cssproperty --basis-border - Borders and switches that are off.
 * @cssproperty --basis-accent - Buttons and switches that are on.
 * @cssproperty --basis-accent-text - Text on the accent colour.
 * @cssproperty --basis-danger - Errors.
 * @cssproperty --basis-success - Confirmations.
 * @cssproperty --basis-focus - The focus ring.
 * @cssproperty --basis-radius - Corner radius.
 * @cssproperty --basis-space - Spacing between parts.
 */
export class BasisSubscriptions extends BasisElement {
  static override styles = [...BasisElement.styles, subscriptionsStyles];

  // Added to BasisElement's: Lit collects the declarations of the whole class chain.
  static override properties: PropertyDeclarations = {
    token: {},
    state: { reflect: true },
    preferences: { state: true },
    choices: { state: true },
    notice: { state: true },
    lastSaved: { state: true },
    failed: { state: true },
    emailInvalid: { state: true },
  };

  /** The manage-link token; when absent, the page's `?token=` is used. */
  declare token?: string;

  /** What the element shows now, for scripts and for styles (`basis-subscriptions[state='saved']`); the element sets it. */
  declare state: SubscriptionsState;

  /** The server's state as last read or saved. */
  declare private preferences: Preferences | undefined;
  /** The switches, which differ from `preferences` by what the person has not saved yet. */
  declare private choices: Choices | undefined;
  declare private notice: Notice | undefined;
  /** The changes of the last save, for Undo. */
  declare private lastSaved: PreferenceChange[] | undefined;
  declare private failed: 'load' | 'save' | undefined;
  declare private emailInvalid: boolean;

  #manage: ManageToken | undefined;
  /** Counts loads, so that the answer to an older one (the token changed meanwhile) is dropped. */
  #loads = 0;

  constructor() {
    super();
    this.state = 'loading';
    this.emailInvalid = false;
  }

  get #saveButton(): HTMLButtonElement | null {
    return this.renderRoot.querySelector('#save');
  }

  get #emailInput(): HTMLInputElement | null {
    return this.renderRoot.querySelector('#email');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('token') || changed.has('api')) void this.#load();
  }

  async #load(): Promise<void> {
    const run = ++this.#loads;
    this.#manage = manageToken(this.token);
    this.#forgetPreferences();
    if (!this.#manage) return this.#showLinkForm();
    this.state = 'loading';
    this.notice = { say: (m) => m.loadingPreferences, tone: 'info' };
    try {
      const preferences = await preferencesClient(this.api, this.#manage.value).preferences.get();
      if (run !== this.#loads) return;
      this.preferences = preferences;
      this.choices = choicesOf(preferences);
      this.state = 'loaded';
      this.notice = undefined;
    } catch (error) {
      if (run === this.#loads) this.#fail(error, 'load');
    }
  }

  #toggle(change: PreferenceChange): void {
    if (!this.choices) return;
    this.choices = applyChanges(this.choices, [change]);
    this.emit('basis-change', change);
  }

  async #save(): Promise<void> {
    if (this.state === 'saving' || !this.preferences || !this.choices) return;
    const changes = changesBetween(choicesOf(this.preferences), this.choices);
    if (changes.length === 0) {
      this.notice = { say: (m) => m.nothingToSave, tone: 'info' };
      return;
    }
    await this.#commit(changes, 'save');
  }

  async #undo(): Promise<void> {
    if (this.state === 'saving' || !this.lastSaved || !this.choices) return;
    const changes = inverseOf(this.lastSaved);
    // The switches go back at once; if the request fails, they are simply unsaved changes.
    this.choices = applyChanges(this.choices, changes);
    await this.#commit(changes, 'undo');
  }

  /** Sends `changes` and nothing else; what the person switched meanwhile stays as they left it. */
  async #commit(changes: PreferenceChange[], kind: 'save' | 'undo'): Promise<void> {
    const manage = this.#manage;
    const { preferences } = this;
    if (!manage || !preferences) return;
    const expected = applyChanges(choicesOf(preferences), changes);
    this.state = 'saving';
    this.notice = { say: (m) => m.saving, tone: 'info' };
    try {
      const saved = await preferencesClient(this.api, manage.value).preferences.update(toRequest(changes, manage.source));
      this.choices = applyChanges(choicesOf(saved), changesBetween(expected, this.choices ?? expected));
      this.preferences = saved;
      this.lastSaved = kind === 'save' ? changes : undefined;
      this.failed = undefined;
      this.state = 'saved';
      const report = kind === 'save' ? 'saved' : 'restored';
      this.notice = { say: (m) => m[report](describeChanges(changes, saved, m, this.localization.locale)), tone: 'success' };
      this.emit('basis-saved', { preferences: saved });
    } catch (error) {
      this.#fail(error, 'save');
    }
  }

  #fail(error: unknown, failed: 'load' | 'save'): void {
    this.emit('basis-error', { error });
    if (error instanceof UnauthorizedError) return this.#showLinkForm();
    this.failed = failed;
    this.state = 'error';
    this.notice = { say: (m) => (failed === 'load' ? m.loadFailed : m.saveFailed), tone: 'error' };
  }

  #forgetPreferences(): void {
    this.preferences = undefined;
    this.choices = undefined;
    this.lastSaved = undefined;
  }

  #showLinkForm(): void {
    this.#forgetPreferences();
    this.state = 'bad-token';
    this.notice = { say: (m) => m.badToken, tone: 'error' };
  }

  async #requestLink(): Promise<void> {
    const input = this.#emailInput;
    if (this.state === 'requesting-link' || !input) return;
    this.emailInvalid = !input.checkValidity();
    if (this.emailInvalid) return input.focus();
    this.state = 'requesting-link';
    this.notice = { say: (m) => m.requestingLink, tone: 'info' };
    try {
      await linkRequestClient(this.api).requestManageLink({ email: input.value.trim(), locale: this.localization.locale });
      this.state = 'link-requested';
      this.notice = { say: (m) => m.linkRequested, tone: 'success' };
    } catch (error) {
      this.emit('basis-error', { error });
      this.#showLinkForm();
      if (error instanceof ApiError && (error.status === 400 || error.status === 422)) {
        this.emailInvalid = true;
        return input.focus();
      }
      const rateLimited = error instanceof RateLimitError;
      this.notice = { say: (m) => (rateLimited ? m.linkRateLimited : m.linkRequestFailed), tone: 'error' };
    }
  }

  async #retry(): Promise<void> {
    await (this.failed === 'load' ? this.#load() : this.#save());
    await this.#keepFocus();
  }

  async #undoAndKeepFocus(): Promise<void> {
    await this.#undo();
    await this.#keepFocus();
  }

  /**
   * Try again and Undo disappear once they have done their work. When the focus went with them, it
   * moves to Save, so that a keyboard user is not sent back to the top of the page.
   */
  async #keepFocus(): Promise<void> {
    await this.updateComplete;
    const lost = !this.matches(':focus-within') && (document.activeElement === null || document.activeElement === document.body);
    if (lost) this.#saveButton?.focus();
  }

  override render(): TemplateResult | typeof nothing {
    const m = this.messages;
    if (!m) return nothing;
    const linkForm = this.state === 'bad-token' || this.state === 'requesting-link' || this.state === 'link-requested';
    return html`
      <div part="base" class="base" lang=${this.localization.locale} aria-busy=${this.state === 'loading' || this.state === 'saving'}>
        <h2 part="heading">${linkForm ? m.newLinkHeading : m.subscriptionsHeading}</h2>
        ${this.preferences ? html`<p part="intro">${m.subscriptionsIntro(this.preferences.email)}</p>` : nothing} ${this.#renderNotice(m)}
        ${linkForm ? this.#renderLinkForm(m) : nothing}
        ${this.preferences && this.choices ? this.#renderPreferences(m, this.preferences, this.choices) : nothing}
      </div>
    `;
  }

  #renderNotice(m: Messages): TemplateResult {
    const { notice } = this;
    const saving = this.state === 'saving';
    let action: TemplateResult | typeof nothing = nothing;
    if (this.state === 'error') {
      action = html`<button
        type="button"
        part="retry-button"
        class="secondary"
        aria-describedby="status"
        @click=${() => void this.#retry()}
      >
        ${m.retry}
      </button>`;
    } else if (this.lastSaved && (this.state === 'saved' || saving)) {
      action = html`<button
        type="button"
        part="undo-button"
        class="secondary"
        aria-disabled=${saving}
        @click=${() => void this.#undoAndKeepFocus()}
      >
        ${m.undo}
      </button>`;
    }
    return html`
      <div part="notice" class="notice ${notice ? `shown ${notice.tone}` : ''}">
        <p id="status" part="status" role="status" aria-live="polite">${notice?.say(m) ?? ''}</p>
        ${action}
      </div>
    `;
  }

  #renderPreferences(m: Messages, preferences: Preferences, choices: Choices): TemplateResult {
    const saving = this.state === 'saving';
    const saveFailed = this.state === 'error' && this.failed === 'save';
    return html`
      <form part="form" novalidate @submit=${this.#onSave}>
        ${
          preferences.topics.length
            ? html`<fieldset part="topics" ?disabled=${choices.optedOutOfAll}>
                <legend part="legend">${m.topicsLegend}</legend>
                ${preferences.topics.map((topic) =>
                  this.#renderSwitch(
                    { kind: 'topic', key: topic.key, value: choices.topics[topic.key] ?? false },
                    topic.name,
                    topic.description,
                  ),
                )}
              </fieldset>`
            : nothing
        }
        ${this.#renderSwitch({ kind: 'optedOutOfAll', value: choices.optedOutOfAll }, m.optOutOfAll, m.optOutOfAllHint)}
        ${
          preferences.purposes.length
            ? html`<fieldset part="consents" aria-describedby="consents-hint">
                <legend part="legend">${m.consentsLegend}</legend>
                <p id="consents-hint" part="hint" class="hint">${m.consentsHint}</p>
                ${preferences.purposes.map((purpose) =>
                  this.#renderSwitch(
                    { kind: 'consent', key: purpose.key, value: choices.consents[purpose.key] ?? false },
                    purpose.name,
                    purpose.description,
                  ),
                )}
              </fieldset>`
            : nothing
        }
        <div part="actions" class="actions">
          <button id="save" type="submit" part="save-button" aria-disabled=${saving} aria-describedby=${saveFailed ? 'status' : nothing}>
            ${saving ? m.saving : m.save}
          </button>
        </div>
      </form>
    `;
  }

  #renderSwitch(change: PreferenceChange, label: string, description: string): TemplateResult {
    const id = change.kind === 'optedOutOfAll' ? 'opted-out-of-all' : `${change.kind}-${change.key}`;
    const part = change.kind === 'optedOutOfAll' ? 'opt-out' : change.kind;
    const onChange = (event: Event) => this.#toggle({ ...change, value: (event.target as HTMLInputElement).checked });
    return html`
      <div part=${part} class="choice">
        <input
          type="checkbox"
          role="switch"
          id=${id}
          part="switch"
          .checked=${change.value}
          aria-describedby=${description ? `${id}-description` : nothing}
          @change=${onChange}
        />
        <label for=${id} part="label">${label}</label>
        ${description ? html`<p id="${id}-description" part="description" class="description">${description}</p>` : nothing}
      </div>
    `;
  }

  #renderLinkForm(m: Messages): TemplateResult {
    const requesting = this.state === 'requesting-link';
    const failed = this.notice?.tone === 'error' && this.state === 'bad-token' && !this.emailInvalid;
    return html`
      <form part="link-form" class="link-form" novalidate @submit=${this.#onRequestLink}>
        <label for="email" part="label">${m.emailLabel}</label>
        <input
          id="email"
          part="email-input"
          type="email"
          name="email"
          autocomplete="email"
          required
          aria-invalid=${this.emailInvalid}
          aria-describedby=${this.emailInvalid ? 'email-error' : nothing}
        />
        ${this.emailInvalid ? html`<p id="email-error" part="field-error" class="field-error">${m.emailInvalid}</p>` : nothing}
        <button type="submit" part="request-button" aria-disabled=${requesting} aria-describedby=${failed ? 'status' : nothing}>
          ${requesting ? m.requestingLink : m.requestLink}
        </button>
      </form>
    `;
  }

  readonly #onSave = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.#save();
  };

  readonly #onRequestLink = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.#requestLink();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'basis-subscriptions': BasisSubscriptions;
  }
  interface GlobalEventHandlersEventMap {
    /** A switch changed (not yet saved). */
    'basis-change': CustomEvent<PreferenceChange>;
    /** Basis stored the person's changes; `preferences` is the state after them. */
    'basis-saved': CustomEvent<{ preferences: Preferences }>;
  }
}
