import { assert, expect, waitUntil } from '@open-wc/testing';
import de from '../../src/console/locales/de.js';
import en from '../../src/console/locales/en.js';
import { consoleLocaleOf } from '../../src/console/locales/index.js';
import { currentView, find, findAll, mountConsole, useFakeConsoleApi } from './support/console.js';

/** Every string of a catalog, functions called with sample arguments. */
function strings(catalog: object): string[] {
  return Object.values(catalog).flatMap((value: unknown) => {
    if (typeof value === 'string') return [value];
    if (typeof value === 'function') return [String((value as (...args: unknown[]) => unknown)('x', 'y', 'z', 'w'))];
    return strings(value as object);
  });
}

describe('console: languages', () => {
  const api = useFakeConsoleApi();

  it('speaks German where the page asks for it', async () => {
    const app = await mountConsole(api(), { path: '/admin/purposes', locale: 'de-CH' });
    await waitUntil(() => findAll(app, 'nav a').length > 0, 'the German catalog never loaded');
    assert.deepEqual(
      findAll(app, 'nav a').map((a) => a.textContent.trim()),
      [
        'Kennzahlen',
        'Personen',
        'Mailings',
        'Zwecke',
        'Rechtsgrundlagen',
        'Quellen',
        'Themen',
        'Formulare',
        'Einstellungen',
        'Benutzer',
        'Audit-Protokoll',
        'Postausgang',
      ],
    );
    assert.strictEqual(find(currentView(app), 'h1').textContent.trim(), 'Zwecke');
    assert.strictEqual(app.shadowRoot!.querySelector('.layout')!.getAttribute('lang'), 'de');
    await expect(app).to.be.accessible();
  });

  it('falls back to English for a language it has no catalog for', async () => {
    assert.strictEqual(consoleLocaleOf('fi'), 'en');
    const app = await mountConsole(api(), { path: '/admin/purposes', locale: 'fi' });
    assert.strictEqual(find(currentView(app), 'h1').textContent.trim(), 'Purposes');
  });

  it('has German for every English string', () => {
    const english = strings(en);
    const german = strings(de);
    assert.strictEqual(german.length, english.length);
    // Words both languages share, and strings made only of the parts they are given.
    const same = new Set([
      'Basis Privacy Center',
      'x · Basis Privacy Center',
      'x, y',
      'Name',
      'Status',
      'Version',
      'Details',
      'Service',
      'Position',
      'Basis',
      'Text',
      'Marketing',
      'Mailings',
      'x (y)',
      'Version x',
      'Person',
      'Normal',
      'Browser',
    ]);
    const untranslated = german.filter((text, i) => text === english[i] && !same.has(text));
    assert.deepEqual(untranslated, []);
  });
});
