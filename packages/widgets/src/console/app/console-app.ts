import { type Session, UnauthorizedError, type User } from '@basis/sdk';
import { LitElement, type PropertyDeclarations, type TemplateResult, html, nothing } from 'lit';
import { controls } from '../../base/controls.styles.js';
import { tokens } from '../../base/tokens.styles.js';
import { createConsoleClient } from '../client.js';
import type { ConsoleContext } from '../context.js';
import { ConsoleLocaleController } from '../locale-controller.js';
import type { ConsoleMessages } from '../locales/index.js';
import { ConsoleRouter, type NavigationCause } from '../routing/router.js';
import { HOME, type Route, pathOf, sectionOf } from '../routing/routes.js';
import type { SignInReason } from '../sign-in/sign-in-view.js';
import { consoleStyles } from '../ui/console.styles.js';
import type { ConsoleView } from '../ui/console-view.js';
import { errorMessage } from '../ui/view-states.js';
import { consoleAppStyles } from './console-app.styles.js';
import { navigationFor } from './navigation.js';
import { titleOf } from './route-titles.js';
import { viewForRoute } from './view-for-route.js';

/**
 * Where the app is: finding out whether a session exists, asking to sign in, asking a user whose
 * password someone else set to choose their own (the server allows nothing else until then), or at work.
 */
export type ConsolePhase = 'starting' | 'start-failed' | 'setting-up' | 'signed-out' | 'password-required' | 'signed-in';

/**
 * The Privacy Center: sign-in, then a header with the user and Sign out, the navigation, and the
 * view of the address, each kept in the browser's history.
 *
 * @summary The admin console app, served by Basis at `/admin`.
 */
export class BasisConsole extends LitElement {
  static override styles = [tokens, controls, consoleStyles, consoleAppStyles];

  static override properties: PropertyDeclarations = {
    locale: {},
    phase: { reflect: true },
    session: { state: true },
    signInReason: { state: true },
    startError: { state: true },
    viewTitle: { state: true },
    signingOut: { state: true },
    signOutError: { state: true },
    flash: { state: true },
  };

  /** The language to show; when absent, the page's `lang`, then the browser's. */
  declare locale?: string;
  /** Reflected as the `phase` attribute, for scripts and styles; the app sets it. */
  declare phase: ConsolePhase;
  declare private session: Session | undefined;
  declare private signInReason: SignInReason;
  declare private startError: unknown;
  declare private viewTitle: string | undefined;
  declare private signingOut: boolean;
  declare private signOutError: unknown;
  /** What a view said just happened, shown above the next view too. */
  declare private flash: string | undefined;

  private readonly localization = new ConsoleLocaleController(this);
  private readonly router = new ConsoleRouter(this, (route, cause) => void this.onRouteChange(route, cause));
  /** One client for the app's life: the SDK keeps the CSRF token of whichever session it signed in to. */
  private readonly client = createConsoleClient({ origin: location.origin, onSessionEnded: () => this.close('session-ended') });
  private context: ConsoleContext | undefined;

  constructor() {
    super();
    this.phase = 'starting';
    this.signingOut = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('basis-view-title', this.onViewTitle);
    void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('basis-view-title', this.onViewTitle);
  }

  /** Asks the server whether this browser is signed in. */
  private async start(): Promise<void> {
    this.phase = 'starting';
    try {
      this.open(await this.client.session.current());
    } catch (error) {
      if (error instanceof UnauthorizedError) {
        // The first start's one-time link: /admin/setup#<token>.
        this.phase = /\/setup\/?$/.test(location.pathname) ? 'setting-up' : 'signed-out';
        return;
      }
      this.startError = error;
      this.phase = 'start-failed';
    }
  }

  private open(session: Session): void {
    this.session = session;
    this.signInReason = undefined;
    this.phase = session.user.passwordChangeRequired ? 'password-required' : 'signed-in';
  }

  private close(reason: SignInReason): void {
    if (this.phase !== 'signed-in' && this.phase !== 'password-required') return;
    this.session = undefined;
    this.signInReason = reason;
    this.signOutError = undefined;
    this.phase = 'signed-out';
    void this.updateComplete.then(() => this.signInView?.focusFirstField());
  }

  private get signInView() {
    return this.renderRoot.querySelector('basis-sign-in');
  }

  private get view(): ConsoleView | null {
    return this.renderRoot.querySelector<ConsoleView>('#content > :not(.flash)');
  }

  private async signOut(): Promise<void> {
    if (!this.session || this.signingOut) return;
    this.signingOut = true;
    this.signOutError = undefined;
    try {
      await this.client.session.signOut();
      this.close('signed-out');
    } catch (error) {
      this.signOutError = error;
    } finally {
      this.signingOut = false;
    }
  }

  private async onRouteChange(_route: Route, cause: NavigationCause): Promise<void> {
    if (cause !== 'replace') {
      this.viewTitle = undefined;
      this.flash = undefined;
    }
    if (cause !== 'push' && cause !== 'pop') return;
    await this.updateComplete;
    const view = this.view;
    await view?.updateComplete;
    view?.focusHeading();
  }

  private readonly onSignedIn = async (event: CustomEvent<{ session: Session }>): Promise<void> => {
    this.open(event.detail.session);
    await this.updateComplete;
    if (this.phase === 'password-required') {
      const form = this.renderRoot.querySelector('basis-own-password');
      await form?.updateComplete;
      return form?.focusFirstField();
    }
    await this.view?.updateComplete;
    this.view?.focusHeading();
  };

  /** The first administrator exists and is signed in: the link has served, and leaves the address. */
  private readonly onSetUp = async (event: CustomEvent<{ session: Session }>): Promise<void> => {
    this.router.navigate(HOME, { replace: true });
    await this.onSignedIn(event);
  };

  /** Their own password is set: on to the view they were going to. */
  private readonly onOwnPasswordSet = async (event: CustomEvent<{ user: User }>): Promise<void> => {
    const session = this.session;
    if (!session) return;
    this.open({ ...session, user: { ...session.user, passwordChangeRequired: event.detail.user.passwordChangeRequired } });
    this.flash = this.localization.messages?.ownPasswordSet;
    await this.updateComplete;
    await this.view?.updateComplete;
    this.view?.focusHeading();
  };

  private readonly onViewTitle = (event: CustomEvent<{ title: string }>): void => {
    this.viewTitle = event.detail.title;
  };

  /** The context views are given; a new object when anything in it changes, so views re-render. */
  private contextFor(m: ConsoleMessages): ConsoleContext | undefined {
    const { client, session } = this;
    if (!client || !session) return undefined;
    const current = this.context;
    if (current?.client === client && current.messages === m && current.user === session.user) return current;
    this.context = {
      client,
      user: session.user,
      messages: m,
      locale: this.localization.locale,
      navigate: (target, options) => this.router.navigate(target, options),
      href: (route) => pathOf(route, this.router.base),
      notify: (message) => {
        this.flash = message;
      },
    };
    return this.context;
  }

  protected override updated(): void {
    const m = this.localization.messages;
    if (!m) return;
    const title =
      this.phase === 'signed-in'
        ? (this.viewTitle ?? titleOf(this.router.route, m))
        : this.phase === 'password-required'
          ? m.ownPasswordTitle
          : this.phase === 'setting-up'
            ? m.setupTitle
            : m.signInTitle;
    document.title = m.windowTitle(title);
    // The console is its page: the page is in the language the console speaks.
    document.documentElement.lang = this.localization.locale;
  }

  override render(): TemplateResult | typeof nothing {
    const m = this.localization.messages;
    if (!m) return nothing;
    const lang = this.localization.locale;
    switch (this.phase) {
      case 'starting':
        return html`<main class="alone" lang=${lang}><p class="state" role="status">${m.startingUp}</p></main>`;
      case 'start-failed':
        return html`<main class="alone" lang=${lang}>
          <h1>${m.productName}</h1>
          <div class="state error" role="alert">
            <p>${errorMessage(m, this.startError)}</p>
            <button type="button" class="secondary" @click=${() => void this.start()}>${m.retry}</button>
          </div>
        </main>`;
      case 'setting-up':
        return html`<main lang=${lang}>
          <basis-setup
            .messages=${m}
            .client=${this.client}
            .token=${location.hash.slice(1) || undefined}
            @basis-setup-done=${this.onSetUp}
          ></basis-setup>
        </main>`;
      case 'signed-out':
        return html`<main lang=${lang}>
          <basis-sign-in
            .messages=${m}
            .reason=${this.signInReason}
            .client=${this.client}
            @basis-signed-in=${this.onSignedIn}
          ></basis-sign-in>
        </main>`;
      case 'password-required':
        return html`<main lang=${lang}>
          <basis-own-password
            .messages=${m}
            .client=${this.client}
            .user=${this.session?.user}
            @basis-own-password-set=${this.onOwnPasswordSet}
            @basis-sign-out-requested=${() => void this.signOut()}
          ></basis-own-password>
          ${this.signOutError ? html`<p class="sign-out-error" role="alert">${m.signOutFailed}</p>` : nothing}
        </main>`;
      case 'signed-in':
        return this.renderShell(m, lang);
    }
  }

  private renderShell(m: ConsoleMessages, lang: string): TemplateResult | typeof nothing {
    const context = this.contextFor(m);
    const session = this.session;
    if (!context || !session) return nothing;
    const route = this.router.route;
    const current = sectionOf(route);
    return html`
      <div class="layout" lang=${lang}>
        <button type="button" class="skip" @click=${this.onSkip}>${m.skipToContent}</button>
        <header>
          <a class="product" href=${context.href(HOME)}>${m.productName}</a>
          <div class="account" role="group" aria-label=${m.accountLabel}>
            <span class="user">${m.signedInAs(session.user.name, m.roles[session.user.role])}</span>
            <button type="button" class="secondary small" aria-disabled=${this.signingOut} @click=${() => void this.signOut()}>
              ${this.signingOut ? m.signingOut : m.signOut}
            </button>
          </div>
          ${this.signOutError ? html`<p class="sign-out-error" role="alert">${m.signOutFailed}</p>` : nothing}
        </header>
        <nav aria-label=${m.mainNavigation}>
          ${navigationFor(session.user.rights).map(
            (group) => html`
              <h2 id="nav-${group.items[0]!.section}">${group.heading(m)}</h2>
              <ul aria-labelledby="nav-${group.items[0]!.section}">
                ${group.items.map(
                  (item) =>
                    html`<li>
                      <a href=${context.href(item.route)} aria-current=${item.section === current ? 'page' : nothing}>${item.label(m)}</a>
                    </li>`,
                )}
              </ul>
            `,
          )}
        </nav>
        <main id="content">
          <div role="status" class="flash">${this.flash ? html`<p class="state success">${this.flash}</p>` : nothing}</div>
          ${viewForRoute(route, context)}
        </main>
      </div>
    `;
  }

  // A button, not a link to #content: a fragment cannot reach into the shadow root.
  private readonly onSkip = (): void => this.view?.focusHeading();
}

declare global {
  interface HTMLElementTagNameMap {
    'basis-console': BasisConsole;
  }
}
