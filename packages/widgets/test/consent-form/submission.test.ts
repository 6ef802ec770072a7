import { assert } from '@open-wc/testing';
import { submissionKeys } from '../../src/embed/consent-form/submission-key.js';
import { formSubmission, pageUrlOf } from '../../src/embed/consent-form/submission.js';
import { sampleForm } from '../support/fake-basis.js';

describe('a consent form’s submission', () => {
  const shown = { locale: 'en', startedAt: '2026-11-29T10:15:00.000Z', pageUrl: undefined, honeypot: '' };

  it('reads each field and box by the name the server gives it in an error', () => {
    const read = (name: string) => (name.startsWith('consents.') ? name === 'consents.partners' : `<${name}>`);
    const submission = formSubmission(sampleForm(), read, shown);
    assert.deepEqual(submission.values, {
      email: '<values.email>',
      name: '<values.name>',
      phone: '<values.phone>',
      interest: '<values.interest>',
      member: '<values.member>',
      message: '<values.message>',
    });
    assert.deepEqual(submission.consents, { newsletter: false, partners: true });
    assert.notProperty(submission, 'pageUrl');
  });

  it('records the page only at an http(s) address Basis takes', () => {
    assert.strictEqual(pageUrlOf('https://www.example.com/sign-up?ref=mail'), 'https://www.example.com/sign-up?ref=mail');
    assert.strictEqual(pageUrlOf('http://localhost:8788/'), 'http://localhost:8788/');
    assert.strictEqual(pageUrlOf('file:///home/ann/form.html'), undefined);
    assert.strictEqual(pageUrlOf('about:srcdoc'), undefined);
    assert.strictEqual(pageUrlOf(`https://www.example.com/?q=${'x'.repeat(2000)}`), undefined);
  });

  it('keeps its Idempotency-Key while it stays the same, and gets a new one once it changes', () => {
    const keyFor = submissionKeys();
    const submission = formSubmission(sampleForm(), () => '', shown);
    const first = keyFor(submission);
    assert.strictEqual(keyFor(structuredClone(submission)), first);
    const changed = { ...submission, values: { ...submission.values, name: 'Ann' } };
    const second = keyFor(changed);
    assert.notStrictEqual(second, first);
    assert.strictEqual(keyFor(changed), second);
  });
});
