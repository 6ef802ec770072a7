import { assert, fixture, html, waitUntil } from '@open-wc/testing';
import { useFakeBasis } from '../support/mock-api.js';
import { button, flip, mountSubscriptions, part, statusText, until } from '../support/subscriptions.js';

describe('<basis-subscriptions> speaks the person’s language', () => {
  useFakeBasis();

  const heading = (element: HTMLElement) => element.shadowRoot!.querySelector('[part="heading"]')!.textContent;

  it('from its `locale` attribute', async () => {
    const element = await mountSubscriptions({ locale: 'de' });
    assert.strictEqual(heading(element), 'Ihre E-Mail-Abonnements');
    assert.strictEqual(part(element, '[part="save-button"]').textContent.trim(), 'Speichern');
    assert.strictEqual(part(element, '[part="base"]').lang, 'de');
  });

  it('from a regional tag, by its language', async () => {
    assert.strictEqual(heading(await mountSubscriptions({ locale: 'fr-CA' })), 'Vos abonnements e-mail');
  });

  it('from the page’s <html lang>', async () => {
    document.documentElement.lang = 'fr';
    try {
      assert.strictEqual(heading(await mountSubscriptions()), 'Vos abonnements e-mail');
    } finally {
      document.documentElement.removeAttribute('lang');
    }
  });

  it('from the nearest ancestor with a lang', async () => {
    const wrapper = await fixture(
      html`<div lang="nl"><basis-subscriptions api="https://basis.test" token="tok_valid"></basis-subscriptions></div>`,
    );
    const element = wrapper.querySelector('basis-subscriptions')!;
    await until(element, 'loaded');
    // The Dutch catalog loads on demand.
    await waitUntil(() => heading(element) === 'Je e-mailabonnementen', `the heading stayed "${heading(element)}"`);
  });

  it('in English when no language asked for has a catalog', async () => {
    const languages = Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages')!;
    Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['pt-BR', 'ja'] });
    try {
      assert.strictEqual(heading(await mountSubscriptions({ locale: 'pt' })), 'Your email subscriptions');
    } finally {
      Object.defineProperty(navigator, 'languages', languages);
    }
  });

  it('including the confirmation of what was saved', async () => {
    const element = await mountSubscriptions({ locale: 'de' });
    flip(element, 'topic-events');
    flip(element, 'consent-profiling');
    button(element, 'save-button').click();
    await until(element, 'saved');
    assert.strictEqual(
      statusText(element),
      'Gespeichert: Event invitations abonniert und Einwilligung für Personalised offers widerrufen.',
    );
  });

  it('and follows a change of its `locale`', async () => {
    const element = await mountSubscriptions({ locale: 'de' });
    element.locale = 'sv';
    await waitUntil(() => heading(element) === 'Dina e-postprenumerationer', `the heading stayed "${heading(element)}"`);
  });
});
