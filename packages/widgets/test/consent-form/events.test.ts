import { ConnectionError, NotFoundError } from '@basis/sdk/public';
import { assert, oneEvent } from '@open-wc/testing';
import { FORM_ID } from '../support/fake-basis.js';
import { useFakeBasis } from '../support/mock-api.js';
import { REQUIRED_ONLY, fill, mountConsentForm, send, until } from '../support/consent-form.js';

describe('<basis-consent-form> tells the page what happens', () => {
  const basis = useFakeBasis();

  it('emits basis-submit with the submission about to be sent, out of its shadow root', async () => {
    const element = await mountConsentForm();
    fill(element, REQUIRED_ONLY);
    const heard = oneEvent(document, 'basis-submit');
    send(element);
    const event = (await heard) as GlobalEventHandlersEventMap['basis-submit'];
    assert.strictEqual(event.bubbles && event.composed && event.cancelable, true);
    await until(element, 'success');
    assert.deepEqual(event.detail, basis().submissions[0]!.body);
  });

  it('sends nothing when a listener cancels basis-submit', async () => {
    const element = await mountConsentForm();
    fill(element, REQUIRED_ONLY);
    element.addEventListener('basis-submit', (event) => event.preventDefault(), { once: true });
    const heard = oneEvent(element, 'basis-submit');
    send(element);
    await heard;
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.strictEqual(basis().submissions.length, 0);
    assert.strictEqual(element.state, 'ready');

    send(element);
    await until(element, 'success');
    assert.strictEqual(basis().submissions.length, 1);
  });

  it('emits no basis-submit while a required field is empty', async () => {
    const element = await mountConsentForm();
    let heard = 0;
    element.addEventListener('basis-submit', () => (heard += 1));
    send(element);
    await until(element, 'invalid');
    assert.strictEqual(heard, 0);
  });

  it('emits basis-success with the status, the form and its version', async () => {
    const element = await mountConsentForm();
    fill(element, REQUIRED_ONLY);
    const heard = oneEvent(element, 'basis-success');
    send(element);
    const { detail } = (await heard) as GlobalEventHandlersEventMap['basis-success'];
    assert.deepEqual(detail, { status: 'received', form: FORM_ID, version: 3 });
    assert.strictEqual(element.state, 'success');
  });

  it('emits basis-success with pending_confirmation for double opt-in', async () => {
    basis().form.doubleOptIn = true;
    const element = await mountConsentForm();
    fill(element, REQUIRED_ONLY);
    const heard = oneEvent(element, 'basis-success');
    send(element);
    const { detail } = (await heard) as GlobalEventHandlersEventMap['basis-success'];
    assert.deepEqual(detail, { status: 'pending_confirmation', form: FORM_ID, version: 3 });
  });

  it('emits basis-error with the error when sending fails', async () => {
    basis().failSubmissions = 'network';
    const element = await mountConsentForm();
    fill(element, REQUIRED_ONLY);
    const heard = oneEvent(document, 'basis-error');
    send(element);
    const { detail } = (await heard) as GlobalEventHandlersEventMap['basis-error'];
    assert.instanceOf(detail.error, ConnectionError);
    await until(element, 'error');
  });

  it('emits basis-error with the error when the form cannot be loaded', async () => {
    const heard = oneEvent(document, 'basis-error');
    const element = await mountConsentForm({ form: '0190f3c4-0000-7000-8000-000000000000' });
    const { detail } = (await heard) as GlobalEventHandlersEventMap['basis-error'];
    assert.instanceOf(detail.error, NotFoundError);
    assert.strictEqual(element.state, 'load-failed');
  });
});
