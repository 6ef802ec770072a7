import { assert, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { BasisConsentForm } from '../../src/index.js';
import { API, sampleForm } from '../support/fake-basis.js';
import { useFakeBasis } from '../support/mock-api.js';
import { REQUIRED_ONLY, control, fill, part, send, statusText } from '../support/consent-form.js';

describe('<basis-consent-form> previews a definition it is given', () => {
  const basis = useFakeBasis();

  async function mountPreview(locale = 'en'): Promise<BasisConsentForm> {
    const element = await fixture<BasisConsentForm>(
      html`<basis-consent-form api=${API} locale=${locale} .preview=${sampleForm()}></basis-consent-form>`,
    );
    await waitUntil(() => element.shadowRoot!.querySelector('form') !== null, 'the preview never showed the form');
    return element;
  }

  it('shows the definition at once, without loading anything', async () => {
    const element = await mountPreview();
    assert.strictEqual(element.state, 'ready');
    assert.strictEqual(control(element, 'values.email').labels![0]!.textContent.trim(), 'Email');
    assert.strictEqual(basis().formReads, 0);
    await expect(element).to.be.accessible();
  });

  it('follows a new definition as it is given, in the language asked for', async () => {
    const element = await mountPreview('de');
    await waitUntil(() => part(element, '[part="submit-button"]').textContent.trim() === 'Anmelden', 'no German');
    const changed = sampleForm();
    changed.fields[0]!.label = { en: 'Email', de: 'Ihre E-Mail-Adresse' };
    element.preview = changed;
    await element.updateComplete;
    assert.strictEqual(control(element, 'values.email').labels![0]!.textContent.trim(), 'Ihre E-Mail-Adresse');
  });

  it('never sends anything: sending stops after basis-submit', async () => {
    const element = await mountPreview();
    fill(element, REQUIRED_ONLY);
    const heard = oneEvent(element, 'basis-submit');
    send(element);
    await heard;
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.strictEqual(basis().submissions.length, 0);
    assert.strictEqual(element.state, 'ready');
    assert.strictEqual(statusText(element), '');
  });

  it('still checks the fields the way a visitor’s form does', async () => {
    const element = await mountPreview();
    send(element);
    await waitUntil(() => element.state === 'invalid', 'the empty required fields were not marked');
    assert.strictEqual(control(element, 'values.email').getAttribute('aria-invalid'), 'true');
    assert.strictEqual(basis().submissions.length, 0);
  });
});
