import { assert, waitUntil } from '@open-wc/testing';

describe('embed.js', () => {
  it('defines <basis-subscriptions> only once the page uses it', async () => {
    await import('../../src/embed/embed.js');
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.strictEqual(customElements.get('basis-subscriptions'), undefined);

    const element = document.createElement('basis-subscriptions');
    document.body.append(element);
    await waitUntil(() => customElements.get('basis-subscriptions'), 'basis-subscriptions was never defined', { timeout: 5000 });
    assert.isNotNull(element.shadowRoot);
    element.remove();
  });
});
