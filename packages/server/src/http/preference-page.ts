/**
 * The page a manage link opens: Basis's own `<basis-subscriptions>`, which reads the token from
 * the address. It changes nothing by being opened (mail scanners follow links).
 */
export function preferencePage(title = 'Manage my subscriptions'): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="referrer" content="no-referrer"><title>${title}</title><link rel="stylesheet" href="/assets/preference-page.css">
<script type="module" src="/embed.js"></script></head>
<body><main><basis-subscriptions></basis-subscriptions></main></body></html>`;
}

export const PREFERENCE_PAGE_CSS = `body{margin:0;font:16px/1.5 system-ui,sans-serif;background:#f8fafc;color:#0f172a}
main{max-width:40rem;margin:0 auto;padding:2rem 1rem}
@media (prefers-color-scheme:dark){body{background:#0f172a;color:#e2e8f0}}`;

/** The page's headers: no script but Basis's own, no referrer (the address holds a token), never cached. */
export const PREFERENCE_PAGE_HEADERS = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};
