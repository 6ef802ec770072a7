import { assert } from '@open-wc/testing';
import { holdAnswers } from '../support/fake-basis.js';
import { useFakeBasis } from '../support/mock-api.js';
import { all, control, mountConsentForm, part } from '../support/consent-form.js';

describe('<basis-consent-form> shows the published form', () => {
  const basis = useFakeBasis();

  const labelOf = (element: HTMLElement, name: string) => element.shadowRoot!.querySelector(`label[for="${name}"]`)?.textContent.trim();

  it('renders every field type as a real control with its label', async () => {
    const element = await mountConsentForm();
    assert.strictEqual(element.state, 'ready');
    const shape = (name: string) => {
      const found = control<HTMLElement>(element, name);
      return [found.localName, found.getAttribute('type'), labelOf(element, name)];
    };
    assert.deepEqual(
      ['email', 'name', 'phone', 'interest', 'member', 'message'].map((key) => shape(`values.${key}`)),
      [
        ['input', 'email', 'Email'],
        ['input', 'text', 'Your name'],
        ['input', 'tel', 'Phone'],
        ['select', null, 'I am interested in'],
        ['input', 'checkbox', 'I am a club member'],
        ['textarea', null, 'Your message'],
      ],
    );
    // Each label names its control: the accessible name a screen reader announces.
    assert.strictEqual(control(element, 'values.phone').labels![0]!.textContent.trim(), 'Phone');
  });

  it('marks required fields as required, and only those', async () => {
    const element = await mountConsentForm();
    const required = all<HTMLInputElement>(element, '[name]')
      .filter((c) => c.required)
      .map((c) => c.name);
    assert.deepEqual(required, ['values.email', 'values.name']);
    assert.strictEqual(getComputedStyle(control(element, 'values.email').labels![0]!, '::after').content, '" *" / ""');
    assert.strictEqual(getComputedStyle(control(element, 'values.phone').labels![0]!, '::after').content, 'none');
  });

  it('links each help text to its field with aria-describedby', async () => {
    const element = await mountConsentForm();
    const help = (name: string) => {
      const ids = control(element, name).getAttribute('aria-describedby')?.split(' ') ?? [];
      return ids.map((id) => element.shadowRoot!.getElementById(id)?.textContent.trim());
    };
    assert.deepEqual(help('values.email'), ['We never share it.']);
    assert.deepEqual(help('values.interest'), ['So that we send what suits you.']);
    assert.deepEqual(help('values.name'), []);
  });

  it('offers the options of a list, none chosen beforehand', async () => {
    const element = await mountConsentForm();
    const select = control<HTMLSelectElement>(element, 'values.interest');
    assert.deepEqual(
      [...select.options].map((o) => [o.value, o.textContent.trim()]),
      [
        ['', 'Choose…'],
        ['hiking', 'Hiking'],
        ['climbing', 'Climbing'],
      ],
    );
    assert.strictEqual(select.value, '');
  });

  it('lets browsers fill in the person’s own fields', async () => {
    const element = await mountConsentForm();
    assert.deepEqual(
      ['email', 'name', 'phone', 'message'].map((key) => control(element, `values.${key}`).getAttribute('autocomplete')),
      ['email', 'name', 'tel', null],
    );
  });

  it('shows one unticked box per consent item, labelled with its exact text', async () => {
    const element = await mountConsentForm();
    const boxes = all<HTMLInputElement>(element, '[name^="consents."]');
    assert.deepEqual(
      boxes.map((box) => [box.name, box.type, box.checked, box.required, box.labels![0]!.textContent]),
      [
        ['consents.newsletter', 'checkbox', false, false, 'Send me the newsletter. Privacy notice'],
        ['consents.partners', 'checkbox', false, false, 'Share my <b>name</b> with partners.'],
      ],
    );
  });

  it('renders a `[words](https://…)` of a consent text as a link that opens apart from the page', async () => {
    const element = await mountConsentForm();
    const links = all<HTMLAnchorElement>(element, 'label a');
    assert.deepEqual(
      links.map((a) => [a.textContent, a.href, a.target, a.rel, a.getAttribute('part')]),
      [['Privacy notice', 'https://www.northwind.example/privacy', '_blank', 'noopener', 'link']],
    );
  });

  it('shows markup in a consent text as the text it is', async () => {
    const element = await mountConsentForm();
    const label = control(element, 'consents.partners').labels![0]!;
    assert.strictEqual(label.querySelector('b'), null);
    assert.strictEqual(label.children.length, 0);
  });

  it('makes the box of a required consent item a required checkbox', async () => {
    basis().form.consentItems.push({ purpose: 'orders', required: true, text: { en: 'Handle my order.' } });
    const element = await mountConsentForm();
    const box = control(element, 'consents.orders');
    assert.strictEqual(box.required, true);
    assert.strictEqual(box.checked, false);
    assert.strictEqual(control(element, 'consents.newsletter').required, false);
  });

  it('labels the button with the form’s own wording, else its own', async () => {
    const element = await mountConsentForm();
    assert.strictEqual(part(element, '[part="submit-button"]').textContent.trim(), 'Sign up');
    basis().form.texts.submit = null;
    const plain = await mountConsentForm();
    assert.strictEqual(part(plain, '[part="submit-button"]').textContent.trim(), 'Send');
  });

  it('has a field people never see and never reach', async () => {
    const element = await mountConsentForm();
    const trap = control(element, 'website');
    assert.strictEqual(trap.getAttribute('aria-hidden'), 'true');
    assert.strictEqual(trap.tabIndex, -1);
    assert.strictEqual(trap.getAttribute('autocomplete'), 'off');
    assert.strictEqual(trap.type, 'text');
    const box = trap.getBoundingClientRect();
    assert.isAtMost(box.width * box.height, 1);
    assert.strictEqual(getComputedStyle(trap).clipPath, 'inset(50%)');
  });

  it('says what it is doing while it loads, and exposes its state to the page', async () => {
    const held = holdAnswers(basis());
    const element = await mountConsentForm({ loading: true });
    assert.strictEqual(element.getAttribute('state'), 'loading');
    assert.strictEqual(part(element, '#status').textContent.trim(), 'Loading the form…');
    assert.strictEqual(part(element, '[part="base"]').getAttribute('aria-busy'), 'true');
    assert.strictEqual(element.shadowRoot!.querySelector('form'), null);
    held.release();
  });
});
