// Which Basis server elements talk to when they have no `api` attribute. Kept apart from the
// SDK client so that the embed entry can set it without loading the SDK.
let defaultApi: string | undefined;

/** Sets the Basis server for every element on the page that has no `api` attribute of its own. */
export function setDefaultApi(url: string): void {
  defaultApi = url;
}

/** The absolute base URL of the Basis server: the element's `api`, the page's default, or the page's own origin. */
export function apiRoot(api: string | undefined): string {
  return new URL(api ?? defaultApi ?? '/', document.baseURI).href;
}
