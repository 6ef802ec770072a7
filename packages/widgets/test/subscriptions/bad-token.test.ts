import { assert, waitUntil } from '@open-wc/testing';
import { useFakeBasis } from '../support/mock-api.js';
import { button, flip, mountSubscriptions, part, statusText, until } from '../support/subscriptions.js';

describe('<basis-subscriptions> with a bad or expired link', () => {
  const basis = useFakeBasis();

  async function requestLink(email: string) {
    const element = await mountSubscriptions({ token: 'tok_expired' });
    part<HTMLInputElement>(element, '#email').value = email;
    button(element, 'request-button').click();
    return element;
  }

  it('says the link no longer works and offers to email a new one', async () => {
    const element = await mountSubscriptions({ token: 'tok_expired' });
    assert.strictEqual(element.state, 'bad-token');
    assert.strictEqual(part(element, '[part="heading"]').textContent, 'Get a new link');
    assert.strictEqual(
      statusText(element),
      'This link is invalid or has expired. Enter your email address and we will send you a new one.',
    );
    const email = part<HTMLInputElement>(element, '#email');
    assert.strictEqual(email.type, 'email');
    assert.strictEqual(email.labels?.[0]?.textContent, 'Email address');
    assert.strictEqual(element.shadowRoot!.querySelector('[part="form"]'), null);
  });

  it('asks Basis to email a new link, and says one is on its way if the address is known', async () => {
    const element = await requestLink('ada@example.com');
    await until(element, 'link-requested');
    assert.deepEqual(basis().linkRequests, [{ email: 'ada@example.com', locale: 'en' }]);
    assert.strictEqual(statusText(element), 'If this address is known, a new link is on its way. It can take a few minutes to arrive.');
  });

  it('ties an invalid address to its field and sends nothing', async () => {
    const element = await requestLink('ada');
    await element.updateComplete;
    const email = part<HTMLInputElement>(element, '#email');
    assert.strictEqual(email.getAttribute('aria-invalid'), 'true');
    assert.strictEqual(
      part(element, `#${email.getAttribute('aria-describedby')}`).textContent,
      'Enter a valid email address, such as name@example.com.',
    );
    assert.strictEqual(element.shadowRoot!.activeElement, email);
    assert.lengthOf(basis().linkRequests, 0);
  });

  it('says when too many links were asked for', async () => {
    basis().failLinkRequests = 429;
    const element = await requestLink('ada@example.com');
    await waitUntil(() => basis().linkRequests.length > 0, 'no link request arrived');
    await until(element, 'bad-token');
    assert.strictEqual(statusText(element), 'You have asked for several links in a short time. Please try again later.');
    assert.strictEqual(button(element, 'request-button').getAttribute('aria-describedby'), 'status');
    assert.lengthOf(basis().linkRequests, 1);
  });

  it('offers a new link when the link is revoked between loading and saving', async () => {
    const element = await mountSubscriptions();
    flip(element, 'topic-events');
    basis().revoked = true;
    button(element, 'save-button').click();
    await until(element, 'bad-token');
    assert.strictEqual(part(element, '[part="heading"]').textContent, 'Get a new link');
  });
});
