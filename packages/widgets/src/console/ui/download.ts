/**
 * Hands the user a JSON file: a Blob behind a link with `download`, clicked once. Nothing is
 * written into the page's markup, so it works under a strict Content-Security-Policy.
 */
export function downloadJson(filename: string, data: unknown, container: Node): void {
  const blob = new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  container.appendChild(link);
  link.click();
  link.remove();
  // The browser has the file once the click is handled; the URL is freed a little later, not at once,
  // because some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
