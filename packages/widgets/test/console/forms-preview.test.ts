import { assert, expect, waitUntil } from '@open-wc/testing';
import type { BasisConsole } from '../../src/console/app/console-app.js';
import { fill, find, hasText, mountConsole, rendered, useFakeConsoleApi } from './support/console.js';
import { button, control, preview, previewLabel, view } from './support/form-designer.js';
import { SIGN_UP_ID } from './support/sample-forms.js';

describe('console: the live preview of a form', () => {
  const api = useFakeConsoleApi();

  /** Waits until the preview’s element has rendered what the designer holds now. */
  const previewed = async (app: BasisConsole) => {
    await rendered(app);
    await preview(app).updateComplete;
  };
  const submitLabel = (app: BasisConsole) => preview(app).shadowRoot!.querySelector('[part="submit-button"]')!.textContent.trim();

  it('shows the real consent form, following every edit as it is typed', async () => {
    const app = await mountConsole(api(), { path: '/admin/forms/new' });
    assert.strictEqual(preview(app).state, 'ready');
    assert.strictEqual(previewLabel(app, 'values.email'), 'Email');
    assert.strictEqual(submitLabel(app), 'Send', 'without a text of its own, the element’s own wording');

    fill(control(app, 'fields.0.label.en'), 'Your email address');
    button(app, 'Add field').click();
    await rendered(app);
    fill(control(app, 'fields.1.key'), 'company');
    fill(control(app, 'fields.1.label.en'), 'Company');
    control(app, 'fields.1.required').click();
    fill(control(app, 'texts.submit.en'), 'Sign up');
    await previewed(app);
    assert.strictEqual(previewLabel(app, 'values.email'), 'Your email address');
    assert.strictEqual(previewLabel(app, 'values.company'), 'Company');
    assert.isTrue(preview(app).shadowRoot!.querySelector<HTMLInputElement>('[name="values.company"]')!.required);
    assert.strictEqual(submitLabel(app), 'Sign up');

    button(app, 'Add consent box').click();
    await rendered(app);
    fill(
      control<HTMLTextAreaElement>(app, 'consentItems.0.text.en'),
      'Send me news. [Privacy notice](https://www.northwind.example/privacy)',
    );
    await previewed(app);
    const box = preview(app).shadowRoot!.querySelector<HTMLInputElement>('[name="consents.newsletter"]')!;
    assert.isFalse(box.checked);
    assert.strictEqual(previewLabel(app, 'consents.newsletter'), 'Send me news. Privacy notice');
    assert.strictEqual(
      preview(app).shadowRoot!.querySelector('label[for="consents.newsletter"] a')!.getAttribute('href'),
      'https://www.northwind.example/privacy',
    );
    await expect(app).to.be.accessible();
  });

  it('names a field with no label yet, so that the preview stays usable', async () => {
    const app = await mountConsole(api(), { path: '/admin/forms/new' });
    button(app, 'Add field').click();
    await previewed(app);
    const labels = [...preview(app).shadowRoot!.querySelectorAll('label')].map((label) => label.textContent.trim());
    assert.deepEqual(labels, ['Email', 'Field without a label']);
    await expect(app).to.be.accessible();
  });

  it('shows the language being edited, falling back to the default where a text is missing', async () => {
    const app = await mountConsole(api(), { path: `/admin/forms/${SIGN_UP_ID}` });
    find<HTMLInputElement>(view(app), '#language-de').click();
    await previewed(app);
    assert.strictEqual(preview(app).getAttribute('locale'), 'de');
    await waitUntil(() => submitLabel(app) === 'Anmelden', 'the preview never showed German');
    assert.strictEqual(previewLabel(app, 'values.email'), 'E-Mail');
    assert.include(find(view(app), '.preview .hint').textContent, 'As visitors who read German see it');
    fill(control(app, 'fields.1.label.de'), '');
    await previewed(app);
    assert.strictEqual(previewLabel(app, 'values.name'), 'Your name', 'no German label: the English one');
    fill(control(app, 'fields.1.label.de'), 'Vollständiger Name');
    await previewed(app);
    assert.strictEqual(previewLabel(app, 'values.name'), 'Vollständiger Name');
    await expect(app).to.be.accessible();
  });

  it('never sends anything, and says so', async () => {
    const app = await mountConsole(api(), { path: `/admin/forms/${SIGN_UP_ID}` });
    const form = preview(app);
    const email = form.shadowRoot!.querySelector<HTMLInputElement>('[name="values.email"]')!;
    email.value = 'ann@example.com';
    email.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit-button"]')!.click();
    await waitUntil(
      () => hasText(view(app), '.preview [role="status"]', 'This is a preview: nothing was sent.'),
      'the preview said nothing',
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.deepEqual(
      api().requests.filter((r) => r.method !== 'GET'),
      [],
    );
    const publicCalls = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/v1/public/'));
    assert.deepEqual(publicCalls, [], 'the preview never calls the visitor API');
    assert.strictEqual(form.state, 'ready');
    assert.strictEqual(control(app, 'name').value, 'Newsletter sign-up', 'typing in the preview changes nothing in the design');
    await expect(app).to.be.accessible();
  });
});
