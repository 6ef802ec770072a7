import { assert, expect, waitUntil } from '@open-wc/testing';
import da from '../../src/console/locales/da.js';
import de from '../../src/console/locales/de.js';
import en from '../../src/console/locales/en.js';
import es from '../../src/console/locales/es.js';
import fi from '../../src/console/locales/fi.js';
import fr from '../../src/console/locales/fr.js';
import it_ from '../../src/console/locales/it.js';
import nb from '../../src/console/locales/nb.js';
import nl from '../../src/console/locales/nl.js';
import sv from '../../src/console/locales/sv.js';
import type { ConsoleMessages } from '../../src/console/locales/index.js';
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
    assert.strictEqual(document.documentElement.lang, 'de', 'the page is in the console’s language');
    await expect(app).to.be.accessible();
  });

  it('falls back to English for a language it has no catalog for', async () => {
    const app = await mountConsole(api(), { path: '/admin/purposes', locale: 'pt' });
    assert.strictEqual(find(currentView(app), 'h1').textContent.trim(), 'Purposes');
  });

  it('speaks Finnish, the last of the visitor elements’ languages, too', async () => {
    const app = await mountConsole(api(), { path: '/admin/purposes', locale: 'fi' });
    await waitUntil(
      () => find(currentView(app), 'h1').textContent.trim() === fi.catalogs.purposes.title,
      'the Finnish catalog never loaded',
    );
    assert.strictEqual(app.shadowRoot!.querySelector('.layout')!.getAttribute('lang'), 'fi');
    await expect(app).to.be.accessible();
  });

  // Words a language shares with English, and strings made only of the parts they are given.
  const SHARED = ['Basis Privacy Center', 'x · Basis Privacy Center', 'x, y', 'x (y)', 'Basis'];
  const catalogs: Record<string, [ConsoleMessages, string[]]> = {
    de: [
      de,
      [
        'Name',
        'Status',
        'Version',
        'Details',
        'Service',
        'Position',
        'Text',
        'Text, x',
        'Marketing',
        'Mailings',
        'Version x',
        'Person',
        'Normal',
        'Browser',
      ],
    ],
    fr: [
      fr,
      [
        'Marketing',
        'Audience',
        'Configuration',
        'Administration',
        'Sources',
        'Actions',
        'Description',
        'Position',
        'Version',
        'Normal',
        'Source',
        'Active',
        'Page',
        'Action',
        'Version x',
        'Type',
      ],
    ],
    es: [es, ['Marketing', 'Normal', 'No']],
    it: [it_, ['Marketing', 'Password', 'Email', 'Browser', 'No']],
    nl: [nl, ['Marketing', 'Mailings', 'Status', 'Details', 'Filters', 'Browser', 'Label']],
    nb: [nb, ['Status', 'Send test', 'Send', 'Administrator', 'Type', 'Person']],
    sv: [sv, ['Status', 'Administration', 'Version', 'Version x', 'Text', 'Text, x', 'Normal', 'Person']],
    da: [
      da,
      ['Status', 'Send test', 'Send', 'Administration', 'Administrator', 'Version', 'Version x', 'Normal', 'Browser', 'Type', 'Person'],
    ],
    fi: [fi, []],
  };
  for (const [locale, [catalog, same]] of Object.entries(catalogs))
    it(`has every English string in ${locale}`, () => {
      const english = strings(en);
      const translated = strings(catalog);
      assert.strictEqual(translated.length, english.length);
      const untranslated = translated.filter((text, i) => text === english[i] && !SHARED.includes(text) && !same.includes(text));
      assert.deepEqual(untranslated, []);
    });
});
