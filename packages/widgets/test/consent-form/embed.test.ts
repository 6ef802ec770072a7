import { assert, waitUntil } from '@open-wc/testing';

describe('embed.js and <basis-consent-form>', () => {
  it('defines <basis-consent-form> only once the page uses it', async () => {
    await import('../../src/embed/embed.js');
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.strictEqual(customElements.get('basis-consent-form'), undefined);

    const element = document.createElement('basis-consent-form');
    document.body.append(element);
    await waitUntil(() => customElements.get('basis-consent-form'), 'basis-consent-form was never defined', { timeout: 5000 });
    assert.isNotNull(element.shadowRoot);
    element.remove();
  });
});
