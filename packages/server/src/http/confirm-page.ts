import { createHash } from 'node:crypto';
import { consentTextHtml, escapeHtml } from '../lib/html.js';
import { CONFIRM_PATH, type Confirmation } from '../services/confirm-links.js';

const STYLE = `body{margin:0;font:16px/1.5 system-ui,sans-serif;background:#f8fafc;color:#0f172a}
main{max-width:36rem;margin:0 auto;padding:2rem 1rem}a{color:#1d4ed8}
button{font:inherit;font-weight:600;padding:.6rem 1.4rem;border:0;border-radius:.4rem;background:#1d4ed8;color:#fff;cursor:pointer}
button:focus-visible{outline:3px solid #93c5fd;outline-offset:2px}small{color:#475569}
@media (prefers-color-scheme:dark){body{background:#0f172a;color:#e2e8f0}a{color:#93c5fd}small{color:#94a3b8}}`;

/**
 * Only Basis's own inline style block, no script at all, and the one form posts back here: the
 * page works without JavaScript and nothing on it can be replaced by another origin's.
 */
export const CONFIRM_PAGE_HEADERS = {
  'Content-Security-Policy': `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`,
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

function list(texts: Confirmation['texts']): string {
  const item = ({ text, locale }: Confirmation['texts'][number]) =>
    `<li${locale ? ` lang="${escapeHtml(locale)}"` : ''}>${consentTextHtml(text)}</li>`;
  return texts.length ? `<ul>${texts.map(item).join('')}</ul>` : '';
}

function body(confirmation: Confirmation, token: string): { title: string; html: string } {
  const from = escapeHtml(confirmation.controllerName || 'us');
  switch (confirmation.state) {
    case 'ask':
      return {
        title: 'Please confirm',
        html: `<h1>Please confirm</h1>
<p>${confirmation.texts.length ? `Confirm that you want this from ${from}:` : `Confirm your email address for ${from}.`}</p>${list(confirmation.texts)}
<form method="post" action="${CONFIRM_PATH}"><input type="hidden" name="token" value="${escapeHtml(token)}"><button type="submit">Confirm</button></form>
<p><small>If you did not ask for this, close this page: nothing is recorded unless you press the button.</small></p>`,
      };
    case 'confirmed':
      return {
        title: 'Confirmed',
        html: `<h1>Confirmed</h1><p>Thank you. This is recorded; there is nothing more to do.</p>${list(confirmation.texts)}
<p><small>You can change your mind at any time with “Maintain my subscriptions” in any email from ${from}.</small></p>`,
      };
    case 'expired':
      return {
        title: 'This link has expired',
        html: `<h1>This link has expired</h1><p>It was not confirmed in time, so nothing was recorded. Fill in the form again to get a new link.</p>`,
      };
    case 'invalid':
      return {
        title: 'This link does not work',
        html: `<h1>This link does not work</h1><p>It is not valid, or it has expired. Nothing was recorded.</p>`,
      };
  }
}

/**
 * The page a confirm link opens. Opening it changes nothing (mail scanners follow links): only
 * its one button, a form posting back, confirms.
 */
export function confirmPage(confirmation: Confirmation, token: string): string {
  const { title, html } = body(confirmation, token);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="referrer" content="no-referrer"><title>${title}</title><style>${STYLE}</style></head>
<body><main>${html}</main></body></html>`;
}
