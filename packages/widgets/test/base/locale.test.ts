import { assert, fixture, html } from '@open-wc/testing';
import { inheritedLang, pickLocale } from '../../src/base/locale.js';
import { SUPPORTED_LOCALES, loadMessages } from '../../src/locales/index.js';

describe('locale selection', () => {
  it('picks the first requested language that has a catalog, by its language subtag', () => {
    assert.strictEqual(pickLocale(['pt-BR', 'de-CH', 'fr']), 'de');
    assert.strictEqual(pickLocale(['FI']), 'fi');
    assert.strictEqual(pickLocale([undefined, '', 'sv_SE']), 'sv');
  });

  it('reads Norwegian of any written form as Bokmål', () => {
    assert.strictEqual(pickLocale(['no']), 'nb');
    assert.strictEqual(pickLocale(['nn-NO']), 'nb');
  });

  it('falls back to English', () => {
    assert.strictEqual(pickLocale(['pt', 'ja']), 'en');
    assert.strictEqual(pickLocale([]), 'en');
  });

  it('finds the nearest lang, through shadow roots', async () => {
    const outer = await fixture(html`<section lang="it"><div></div></section>`);
    const host = outer.querySelector('div')!;
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    assert.strictEqual(inheritedLang(inner), 'it');
  });

  it('has a catalog with every message for each supported locale', async () => {
    const en = await loadMessages('en');
    for (const locale of SUPPORTED_LOCALES) {
      const catalog = await loadMessages(locale);
      assert.sameMembers(Object.keys(catalog), Object.keys(en), locale);
      for (const [key, message] of Object.entries(catalog)) {
        const sample = typeof message === 'function' ? message('«x»') : message;
        assert.isString(sample, `${locale}.${key}`);
        assert.notStrictEqual(sample, '', `${locale}.${key}`);
        if (typeof message === 'function') assert.include(sample, '«x»', `${locale}.${key} uses its value`);
      }
    }
  });
});
