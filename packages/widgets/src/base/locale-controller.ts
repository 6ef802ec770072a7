import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LOCALE, type Locale, type Messages, loadMessages } from '../locales/index.js';
import { resolveLocale } from './locale.js';

type Host = ReactiveControllerHost & Element & { locale?: string | undefined };

/**
 * Keeps an element's messages in its language. A catalog that is not bundled loads on demand;
 * until then `messages` is undefined, so the element shows no text in a language it will replace.
 */
export class LocaleController implements ReactiveController {
  locale: Locale = DEFAULT_LOCALE;
  messages: Messages | undefined;

  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.refresh();
  }

  /** Picks the locale again (after the `locale` attribute changed) and loads its catalog. */
  refresh(): void {
    const locale = resolveLocale(this.#host);
    if (locale === this.locale && this.messages) return;
    this.locale = locale;
    const loaded = loadMessages(locale);
    if (!(loaded instanceof Promise)) return this.#show(locale, loaded);
    // A catalog that cannot load (offline, a broken deployment) must not leave the element blank.
    loaded.then(
      (messages) => this.#show(locale, messages),
      () => this.#show(locale, loadMessages(DEFAULT_LOCALE) as Messages),
    );
  }

  #show(locale: Locale, messages: Messages): void {
    if (locale !== this.locale) return; // a later choice won the race
    this.messages = messages;
    this.#host.requestUpdate();
  }
}
