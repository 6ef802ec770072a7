import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLocale } from '../base/locale.js';
import { CONSOLE_DEFAULT_LOCALE, type ConsoleLocale, type ConsoleMessages, loadConsoleMessages } from './locales/index.js';

type Host = ReactiveControllerHost & Element & { locale?: string | undefined };

/**
 * The console's messages in the user's language, chosen the way the visitor elements choose theirs
 * (the `locale` attribute, the page's `lang`, the browser's languages; English for a language
 * they do not speak) but from the console's own catalogs, which the visitor embed never loads.
 */
export class ConsoleLocaleController implements ReactiveController {
  locale: ConsoleLocale = CONSOLE_DEFAULT_LOCALE;
  messages: ConsoleMessages | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.refresh();
  }

  refresh(): void {
    const locale = resolveLocale(this.host);
    if (locale === this.locale && this.messages) return;
    this.locale = locale;
    const loaded = loadConsoleMessages(locale);
    if (!(loaded instanceof Promise)) return this.show(locale, loaded);
    loaded.then(
      (messages) => this.show(locale, messages),
      () => this.show(locale, loadConsoleMessages(CONSOLE_DEFAULT_LOCALE) as ConsoleMessages),
    );
  }

  private show(locale: ConsoleLocale, messages: ConsoleMessages): void {
    if (locale !== this.locale) return;
    this.messages = messages;
    this.host.requestUpdate();
  }
}
