import { assert } from '@open-wc/testing';
import { changedFields, formatValue, sameValue } from '../../src/console/audit/audit-diff.js';

describe('console: what an audit entry changed', () => {
  it('lists only the top-level fields whose value changed, with before and after', () => {
    assert.deepEqual(
      changedFields(
        { key: 'newsletter', name: 'Newsletter', retentionDays: 365, allowedLegalBases: ['consent'] },
        { key: 'newsletter', name: 'News', retentionDays: 365, allowedLegalBases: ['consent', 'contract'] },
      ),
      [
        { field: 'name', kind: 'changed', before: 'Newsletter', after: 'News' },
        { field: 'allowedLegalBases', kind: 'changed', before: ['consent'], after: ['consent', 'contract'] },
      ],
    );
  });

  it('lists every field as added for a creation and as removed for a removal', () => {
    assert.deepEqual(changedFields(null, { key: 'fair', name: 'Fair' }), [
      { field: 'key', kind: 'added', after: 'fair' },
      { field: 'name', kind: 'added', after: 'Fair' },
    ]);
    assert.deepEqual(changedFields({ key: 'fair' }, null), [{ field: 'key', kind: 'removed', before: 'fair' }]);
  });

  it('names a field that only one side has, and treats null as a value', () => {
    assert.deepEqual(changedFields({ a: 1, gone: true }, { a: 1, added: null }), [
      { field: 'added', kind: 'added', after: null },
      { field: 'gone', kind: 'removed', before: true },
    ]);
    assert.deepEqual(changedFields({ retentionDays: null }, { retentionDays: 30 }), [
      { field: 'retentionDays', kind: 'changed', before: null, after: 30 },
    ]);
  });

  it('sees no change in nested objects whose keys are only written in another order', () => {
    assert.deepEqual(changedFields({ texts: { en: 'Hi', de: 'Hallo' } }, { texts: { de: 'Hallo', en: 'Hi' } }), []);
    assert.isFalse(sameValue({ a: [1, 2] }, { a: [2, 1] }));
    assert.deepEqual(changedFields(null, null), []);
  });

  it('treats a value that is not an object as one field', () => {
    assert.deepEqual(changedFields('old', 'new'), [{ field: '', kind: 'changed', before: 'old', after: 'new' }]);
  });

  it('shows a value on one short line', () => {
    assert.strictEqual(formatValue('Newsletter'), 'Newsletter');
    assert.strictEqual(formatValue(['a', 'b']), '["a","b"]');
    assert.strictEqual(formatValue(null), 'null');
    assert.strictEqual(formatValue('x'.repeat(10), 5), 'xxxx…');
  });
});
