import { assert } from '@open-wc/testing';
import { apiRoot, setDefaultApi } from '../../src/base/api-root.js';

describe('apiRoot', () => {
  it('is the page’s own origin until a default is set, and an element’s `api` wins over both', () => {
    assert.strictEqual(apiRoot(undefined), new URL('/', location.href).href);
    setDefaultApi('https://basis.example.com/');
    assert.strictEqual(apiRoot(undefined), 'https://basis.example.com/');
    assert.strictEqual(apiRoot('https://eu.basis.example.com'), 'https://eu.basis.example.com/');
  });
});
