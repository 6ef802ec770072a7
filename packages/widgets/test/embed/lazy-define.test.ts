import { assert, waitUntil } from '@open-wc/testing';
import { defineWhenUsed } from '../../src/embed/lazy-define.js';

describe('defineWhenUsed', () => {
  it('loads an element already on the page at once, and one added later only when it appears', async () => {
    const loaded: string[] = [];
    const loader = (tag: string) => () => {
      loaded.push(tag);
      return Promise.resolve(class extends HTMLElement {});
    };
    const early = document.body.appendChild(document.createElement('basis-early'));

    defineWhenUsed({ 'basis-early': loader('basis-early'), 'basis-late': loader('basis-late'), 'basis-unused': loader('basis-unused') });
    await waitUntil(() => customElements.get('basis-early'), 'basis-early was not defined');
    assert.deepEqual(loaded, ['basis-early']);

    const late = document.createElement('section');
    late.innerHTML = '<div><basis-late></basis-late></div>';
    document.body.append(late);
    await waitUntil(() => customElements.get('basis-late'), 'basis-late was not defined');
    assert.deepEqual(loaded, ['basis-early', 'basis-late']);
    assert.strictEqual(customElements.get('basis-unused'), undefined);
    early.remove();
    late.remove();
  });
});
