import { assert, fixture, html, oneEvent } from '@open-wc/testing';
import { BasisElement } from '../../src/base/basis-element.js';
import { define } from '../../src/base/define.js';

class TestElement extends BasisElement {
  fail(error: unknown): boolean {
    return this.emit('basis-error', { error });
  }
}
define('basis-test-element', TestElement);

describe('BasisElement', () => {
  it('emits basis-* events that bubble out of shadow roots with an object detail', async () => {
    const host = await fixture(html`<div></div>`);
    const element = document.createElement('basis-test-element') as TestElement;
    host.attachShadow({ mode: 'open' }).append(element);
    const heard = oneEvent(document, 'basis-error');
    element.fail('offline');
    const event = await heard;
    assert.deepEqual(event.detail, { error: 'offline' });
    assert.strictEqual(event.bubbles, true);
    assert.strictEqual(event.composed, true);
  });

  it('tells the element when a listener prevented the default', async () => {
    const element = await fixture<TestElement>(html`<basis-test-element></basis-test-element>`);
    element.addEventListener('basis-error', (event) => event.preventDefault());
    assert.strictEqual(element.fail('x'), false);
  });
});

describe('define', () => {
  it('registers a tag once and ignores later definitions, without throwing', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    define('basis-defined-twice', First);
    assert.doesNotThrow(() => define('basis-defined-twice', Second));
    assert.strictEqual(customElements.get('basis-defined-twice'), First);
  });
});
