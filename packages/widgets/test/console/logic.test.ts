import { assert } from '@open-wc/testing';
import { PurposeCreate } from '@basis/sdk/contract';
import { ROLE_RIGHTS } from '@basis/sdk/contract';
import { NAVIGATION, navigationFor } from '../../src/console/app/navigation.js';
import { contractErrors } from '../../src/console/forms/contract-errors.js';
import { firstFieldWithError, placeErrors } from '../../src/console/forms/field-errors.js';
import { changed } from '../../src/console/forms/form-values.js';
import { changeBetween, diffWords } from '../../src/console/purposes/version-diff.js';
import { normalizeOrigin, originProblem, removedOrigins } from '../../src/console/settings/origins.js';

const body = (field: string, message = `${field} is wrong`) => ({ field, in: 'body' as const, message });

describe('console logic: placing field errors', () => {
  it('puts an error under the field it names, and one inside a list under the list', () => {
    const placed = placeErrors([body('name'), body('allowedLegalBases.1', 'No such basis.')], ['key', 'name', 'allowedLegalBases']);
    assert.deepEqual(placed.byField, { name: ['name is wrong'], allowedLegalBases: ['No such basis.'] });
    assert.deepEqual(placed.general, []);
  });

  it('prefers the longest field that holds the path, and never a field that only starts with the same letters', () => {
    const placed = placeErrors([body('origins.0'), body('originsNote')], ['origins', 'origins.0']);
    assert.deepEqual(placed.byField, { 'origins.0': ['origins.0 is wrong'] });
    assert.deepEqual(placed.general, ['originsNote is wrong']);
  });

  it('says what no field of the form holds, or what is not about the body, above the form', () => {
    const placed = placeErrors(
      [body('body', 'Not JSON.'), { field: 'Idempotency-Key', in: 'header', message: 'Already used.' }, body('name'), body('name')],
      ['name'],
    );
    assert.deepEqual(placed.general, ['Not JSON.', 'Already used.']);
    assert.deepEqual(placed.byField, { name: ['name is wrong'] }, 'a message is said once');
  });

  it('finds the first field with an error in the order the form shows them', () => {
    const placed = placeErrors([body('description'), body('key')], ['key', 'name', 'description']);
    assert.strictEqual(firstFieldWithError(placed, ['key', 'name', 'description']), 'key');
  });
});

describe('console logic: checking a body with the contract', () => {
  it('words every problem as the server does', () => {
    const errors = contractErrors(PurposeCreate, { key: 'Bad Key', name: '  ', allowedLegalBases: [], extra: 1 });
    assert.sameDeepMembers(errors, [
      { field: 'extra', in: 'body', message: 'Unknown field "extra"; remove it.' },
      { field: 'key', in: 'body', message: 'Use 1–64 lowercase letters, digits or underscores, starting with a letter.' },
      { field: 'name', in: 'body', message: 'Must not be empty.' },
      { field: 'description', in: 'body', message: 'This field is required.' },
      { field: 'allowedLegalBases', in: 'body', message: 'Allow at least one legal basis.' },
    ]);
  });

  it('has nothing to say about a valid body', () => {
    assert.deepEqual(contractErrors(PurposeCreate, { key: 'news', name: 'News', description: '', allowedLegalBases: ['consent'] }), []);
  });
});

describe('console logic: what changed between two purpose texts', () => {
  const join = (segments: { kind: string; text: string }[], keep: string) =>
    segments
      .filter((s) => s.kind === 'same' || s.kind === keep)
      .map((s) => s.text)
      .join('');

  it('marks the words removed and added, keeping the rest', () => {
    assert.deepEqual(diffWords('We send news every month.', 'We send news and offers every month.'), [
      { kind: 'same', text: 'We send news ' },
      { kind: 'added', text: 'and offers ' },
      { kind: 'same', text: 'every month.' },
    ]);
    assert.deepEqual(diffWords('once a month', 'twice a month'), [
      { kind: 'removed', text: 'once ' },
      { kind: 'added', text: 'twice ' },
      { kind: 'same', text: 'a month' },
    ]);
  });

  it('gives both texts back exactly', () => {
    const before = '  Alpha beta\ngamma  delta. Epsilon';
    const after = 'Alpha gamma\n delta, epsilon zeta ';
    const segments = diffWords(before, after);
    assert.strictEqual(join(segments, 'removed'), before);
    assert.strictEqual(join(segments, 'added'), after);
  });

  it('handles empty texts', () => {
    assert.deepEqual(diffWords('', 'New text'), [{ kind: 'added', text: 'New text' }]);
    assert.deepEqual(diffWords('Old text', ''), [{ kind: 'removed', text: 'Old text' }]);
    assert.deepEqual(diffWords('', ''), []);
  });

  it('reports a part that did not change as unchanged', () => {
    const change = changeBetween({ version: 1, name: 'News', description: 'A' }, { version: 2, name: 'News', description: 'B' });
    assert.isUndefined(change.name);
    assert.deepEqual(change.description, [
      { kind: 'removed', text: 'A' },
      { kind: 'added', text: 'B' },
    ]);
  });
});

describe('console logic: allowed origins', () => {
  it('stores an origin without a trailing slash, in lower case', () => {
    assert.strictEqual(normalizeOrigin(' HTTPS://Shop.Example.com/ '), 'https://shop.example.com');
  });

  it('refuses with the contract’s words, and refuses a duplicate', () => {
    assert.strictEqual(
      originProblem('https://example.com/path', [], 'dup'),
      'Use an origin such as "https://www.example.com", without a path.',
    );
    assert.strictEqual(originProblem('https://example.com', ['https://example.com'], 'dup'), 'dup');
    assert.isUndefined(originProblem('http://localhost:3000', ['https://example.com'], 'dup'));
  });

  it('names the origins a save would stop allowing', () => {
    assert.deepEqual(removedOrigins(['https://a.example', 'https://b.example'], ['https://b.example', 'https://c.example']), [
      'https://a.example',
    ]);
  });
});

describe('console logic: forms and navigation', () => {
  it('sends only the fields that differ', () => {
    assert.deepEqual(changed({ name: 'A', list: ['x'], retention: null }, { name: 'A', list: ['x', 'y'], retention: 30 }), {
      list: ['x'],
      retention: null,
    });
  });

  it('shows each user only the navigation their rights allow', () => {
    const viewer = navigationFor(ROLE_RIGHTS.viewer);
    assert.deepEqual(
      viewer.flatMap((group) => group.items.map((item) => item.section)),
      ['dashboard', 'persons', 'mailings', 'purposes', 'legal-bases', 'sources', 'topics', 'forms', 'settings', 'outbox'],
    );
    assert.deepEqual(navigationFor([]), []);
    assert.isTrue(NAVIGATION.every((group) => group.items.length > 0));
  });
});
