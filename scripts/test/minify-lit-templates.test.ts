import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { squeezeCss, squeezeHtml } from '../minify-lit-templates.js';

describe('squeezing Lit templates', () => {
  it('drops CSS comments and the spaces that mean nothing', () => {
    const css = `
      /* the box */
      .base {
        display: grid;
        gap: var(--_space), 1em;
      }
    `;
    // The leading space stays: next to a `${}` it may be what separates two tokens.
    assert.equal(squeezeCss(css), ' .base{display:grid;gap:var(--_space),1em;}');
  });

  it('keeps the space of a descendant selector: `a :hover` is not `a:hover`', () => {
    assert.equal(squeezeCss('nav a :hover { color: red }'), 'nav a :hover{color:red}');
    assert.equal(squeezeCss(':host(:dir(rtl)) input { translate: -1em 0 }'), ':host(:dir(rtl)) input{translate:-1em 0}');
  });

  it('turns each line break with its indentation into one space, which HTML reads the same', () => {
    assert.equal(squeezeHtml('<p>\n    <a href="/">Home</a>\n    <b>x</b>\n  </p>'), '<p> <a href="/">Home</a> <b>x</b> </p>');
    assert.equal(squeezeHtml('<label for="a">Email</label>'), '<label for="a">Email</label>');
  });
});
