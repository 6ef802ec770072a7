/** Where the token came from decides the source recorded with each change. */
export interface ManageToken {
  value: string;
  source: 'email' | 'web_form';
}

/**
 * The person's manage-link token: the element's `token` attribute (a page that embeds the form
 * itself), else the page's `?token=` (the person followed the link in an email).
 */
export function manageToken(attribute: string | undefined, pageUrl: string = location.href): ManageToken | undefined {
  if (attribute) return { value: attribute, source: 'web_form' };
  const fromPage = new URL(pageUrl).searchParams.get('token');
  return fromPage ? { value: fromPage, source: 'email' } : undefined;
}
