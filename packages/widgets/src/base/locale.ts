import { DEFAULT_LOCALE, type Locale, SUPPORTED_LOCALES } from '../locales/index.js';

// Languages without a catalog of their own, and the one their readers understand best.
const CLOSEST: Readonly<Record<string, Locale>> = { no: 'nb', nn: 'nb' };

function isSupported(tag: string): tag is Locale {
  return (SUPPORTED_LOCALES as readonly string[]).includes(tag);
}

/**
 * The first requested language we have a catalog for, matched by its language subtag
 * (`de-CH` → `de`); the default when none matches.
 */
export function pickLocale(requested: readonly (string | null | undefined)[]): Locale {
  for (const tag of requested) {
    const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
    if (!language) continue;
    if (isSupported(language)) return language;
    const closest = CLOSEST[language];
    if (closest) return closest;
  }
  return DEFAULT_LOCALE;
}

/** The `lang` of the element's nearest ancestor that has one, looking through shadow roots up to `<html>`. */
export function inheritedLang(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

/** The element's own `locale`, then the page's language around it, then the browser's languages. */
export function resolveLocale(element: Element & { locale?: string | undefined }): Locale {
  return pickLocale([element.locale, inheritedLang(element), ...navigator.languages]);
}
