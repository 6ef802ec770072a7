import { consentTextParts, fillPlaceholders } from '@basis/sdk/contract';

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A consent text as HTML: its `[words](https://…)` links as anchors, everything else as text. */
export function consentTextHtml(text: string): string {
  return consentTextParts(text)
    .map((part) => ('href' in part ? `<a href="${escapeHtml(part.href)}">${escapeHtml(part.text)}</a>` : escapeHtml(part.text)))
    .join('');
}

/** A consent text for a plain-text email: each link as `words (https://…)`. */
export function consentTextPlain(text: string): string {
  return consentTextParts(text)
    .map((part) => ('href' in part ? `${part.text} (${part.href})` : part.text))
    .join('');
}

/**
 * A plain-text email body as HTML, for a text written by the Privacy Center: every character is
 * escaped, blank lines part paragraphs and single ones break lines, and each placeholder is filled
 * with `value` — escaped, or as a link to it for those `links` names. The text's own markup stays text.
 */
export function plainTextHtml(text: string, value: (name: string) => string, links: readonly string[] = []): string {
  const fill = (name: string) => {
    const filled = escapeHtml(value(name));
    return links.includes(name) ? `<a href="${filled}">${filled}</a>` : filled;
  };
  return text
    .split(/\r?\n[ \t]*(?:\r?\n[ \t]*)+/)
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => `<p>${fillPlaceholders(escapeHtml(paragraph.trim()), fill).replace(/\r?\n/g, '<br>\n')}</p>`)
    .join('\n');
}
