import { consentTextParts } from '@basis/sdk/contract';

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
