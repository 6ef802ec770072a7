import { assert } from '@open-wc/testing';
import { FormCreate } from '@basis/sdk/contract';
import { contractErrors } from '../../src/console/forms/contract-errors.js';
import { placeErrors } from '../../src/console/forms/field-errors.js';
import { addLanguage, makeDefault, move, removeLanguage, writeAt } from '../../src/console/forms-designer/design-edits.js';
import { controlNames, controlShowing, localizedPart, problemsIn } from '../../src/console/forms-designer/design-errors.js';
import { createBody, patchBody, previewOf } from '../../src/console/forms-designer/form-body.js';
import { designOf, newDesign, newField } from '../../src/console/forms-designer/form-design.js';
import { signUpForm } from './support/sample-forms.js';

const STARTER = { emailLabel: 'Email', thankYou: 'Thanks!', checkInbox: 'Check your inbox.' };
const PLACEHOLDERS = { label: 'No label', consentText: 'No text' };

describe('console logic: a form’s design', () => {
  it('reads a saved form back into the same body, so an untouched form has nothing to save', () => {
    const design = designOf(signUpForm());
    assert.deepEqual(design.locales, ['en', 'de']);
    assert.deepEqual(patchBody(design, signUpForm()), {});
    assert.deepEqual(contractErrors(FormCreate, createBody(design)), []);
  });

  it('always sends the default language, and other languages only where they have words', () => {
    const design = newDesign('en', STARTER);
    addLanguage(design, 'de');
    design.fields[0]!.label = { en: ' Email ', de: '  ' };
    design.fields[0]!.help = { de: 'Nur auf Deutsch' };
    const [email] = createBody(design).fields;
    assert.deepEqual(email!.label, { en: 'Email' });
    assert.deepEqual(email!.help, { en: '', de: 'Nur auf Deutsch' });
    assert.deepEqual(
      contractErrors(FormCreate, createBody(design)).map((e) => [e.field, e.message]),
      [
        ['name', 'Must not be empty.'],
        ['fields.0.help.en', 'Must not be empty.'],
      ],
    );
  });

  it('drops a language with all its texts, but never the default', () => {
    const design = designOf(signUpForm());
    removeLanguage(design, 'en');
    assert.deepEqual(design.locales, ['en', 'de']);
    makeDefault(design, 'de');
    assert.deepEqual([design.defaultLocale, design.locales], ['de', ['de', 'en']]);
    removeLanguage(design, 'en');
    assert.deepEqual(design.fields[0]!.label, { de: 'E-Mail' });
    assert.deepEqual(design.texts.submit, { de: 'Anmelden' });
  });

  it('moves an entry within its list, and no further', () => {
    const list = ['a', 'b', 'c'];
    assert.isTrue(move(list, 2, -1));
    assert.deepEqual(list, ['a', 'c', 'b']);
    assert.isFalse(move(list, 0, -1));
    assert.isFalse(move(list, 2, 1));
  });

  it('writes what a control holds into the design at its name, and nothing else', () => {
    const design = designOf(signUpForm());
    writeAt(design, 'fields.1.label.de', 'Name');
    writeAt(design, 'consentItems.0.purpose', 'profiling');
    writeAt(design, 'doubleOptIn', false);
    writeAt(design, 'fields.7.label.de', 'nowhere');
    assert.strictEqual(design.fields[1]!.label.de, 'Name');
    assert.strictEqual(design.consentItems[0]!.purpose, 'profiling');
    assert.isFalse(design.doubleOptIn);
    assert.lengthOf(design.fields, 2);
  });

  it('previews every field under a name of its own, and every text it lacks as a placeholder', () => {
    const design = newDesign('en', STARTER);
    design.fields.push(newField(), { ...newField(), key: 'email' });
    const preview = previewOf(design, PLACEHOLDERS);
    assert.deepEqual(
      preview.fields.map((f) => [f.key.startsWith('field_') ? 'field_…' : f.key, f.label.en]),
      [
        ['email', 'Email'],
        ['field_…', 'No label'],
        ['field_…', 'email'],
      ],
    );
    assert.strictEqual(preview.texts.submit, null, 'the element’s own wording');
  });
});

describe('console logic: where a form’s errors go', () => {
  const design = designOf(signUpForm());
  const names = controlNames(design);

  it('knows a text’s language from its path', () => {
    assert.deepEqual(localizedPart('fields.1.options.0.label.de-CH'), { path: 'fields.1.options.0.label', language: 'de-CH' });
    assert.deepEqual(localizedPart('texts.checkInbox'), { path: 'texts.checkInbox', language: undefined });
    assert.isUndefined(localizedPart('fields.1.key'));
  });

  it('shows an error about a whole text under the language being edited, and a required box under its basis', () => {
    assert.deepEqual(controlShowing('texts.checkInbox', 'de'), { control: 'texts.checkInbox.de', language: 'de' });
    assert.deepEqual(controlShowing('fields.0.label.de', 'en'), { control: 'fields.0.label.de', language: 'de' });
    assert.deepEqual(controlShowing('consentItems.0.required', 'en'), { control: 'consentItems.0.legalBasis', language: 'en' });
    assert.deepEqual(controlShowing('texts', 'en'), { control: 'texts.thankYou.en', language: 'en' });
  });

  it('places every error the API may name, and counts each language’s', () => {
    const placed = placeErrors(
      [
        { field: 'fields.1.label.de', in: 'body', message: 'a' },
        { field: 'fields.0.options.2.value', in: 'body', message: 'b' },
        { field: 'consentItems.0.checked', in: 'body', message: 'c' },
        { field: 'allowedOrigins.3', in: 'body', message: 'd' },
      ],
      names,
    );
    assert.deepEqual(placed.byField, {
      'fields.1.label.de': ['a'],
      'fields.0.options': ['b'],
      consentItems: ['c'],
      allowedOrigins: ['d'],
    });
    assert.strictEqual(problemsIn('de', placed.byField), 1);
    assert.strictEqual(problemsIn('en', placed.byField), 0);
  });
});
