import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createBasisClient } from '@basis/sdk';
import { createApiKey } from '@basis/server';
import type { Page } from 'playwright-core';
import { freePort, launchBrowser, likeAPerson, startBasis, startDemo, watchForProblems } from './basis-and-demo.js';

const ADMIN = { email: 'grace@northwind.example', name: 'Grace Hopper', password: 'correct horse battery staple' };
const VIEWER = {
  email: 'vera@northwind.example',
  name: 'Vera Viewer',
  firstPassword: 'first one-time password',
  password: 'vera chooses her own words',
};
const VISITOR = { email: 'kim@example.com', name: 'Kim Ortega', phone: '+49 30 1234567' };
const CONSENT_TEXT = 'Yes, invite me to the trail days.';

/** A control of a console form by the API's name for what it sets, such as `fields.1.key`. */
function control(page: Page, name: string) {
  return page.locator(`#field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`);
}

/** Follows a link of the console's main navigation and waits for the view's heading. */
async function navigate(page: Page, link: string, heading = link): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('The Privacy Center, end to end', async () => {
  const basis = await startBasis();
  const browser = await launchBrowser();
  const page = await browser.newPage();
  const problems = watchForProblems(page);
  const demoPort = await freePort();
  const demoOrigin = `http://localhost:${demoPort}`;
  let formId = '';
  let personPath = '';

  it('the first administrator opens the one-time link of the first start, and is signed in', async () => {
    assert.ok(basis.setupLink, 'a server without users prints a setup link');
    await page.goto(basis.setupLink);
    await page.getByLabel('Email address').fill(ADMIN.email);
    await page.getByLabel('Your name').fill(ADMIN.name);
    await page.getByLabel('New password', { exact: true }).fill(ADMIN.password);
    await page.getByLabel('New password again').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Create and sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    assert.doesNotMatch(page.url(), /#/, 'the token leaves the address once used');
    assert.ok(await page.getByText(`${ADMIN.name}, Administrator`).isVisible());
  });

  it('creates a purpose and a topic it governs', async () => {
    await navigate(page, 'Purposes');
    await page.getByRole('link', { name: 'New purpose' }).click();
    await page.getByLabel('Key', { exact: true }).fill('event_invitations');
    await page.getByLabel('Name', { exact: true }).fill('Event invitations');
    await page.getByLabel('Description').fill('We invite you to our store events and trail days, about four times a year.');
    await page.getByLabel(/^Consent \(/).check();
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByText('Purpose “Event invitations” created.').waitFor();

    await navigate(page, 'Topics');
    await page.getByRole('link', { name: 'New topic' }).click();
    await page.getByLabel('Key', { exact: true }).fill('trail_days');
    await page.getByLabel('Name', { exact: true }).fill('Trail days');
    await page.getByLabel('Governing purpose').selectOption({ label: 'Event invitations' });
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByText('Topic “Trail days” created.').waitFor();
  });

  it('designs a form asking for a name and a phone number with a box for the new purpose, and publishes it', async () => {
    await navigate(page, 'Forms');
    await page.getByRole('link', { name: 'New form' }).click();
    await control(page, 'name').fill('Trail days sign-up');
    const addField = async (key: string, type: string, label: string) => {
      await page.getByRole('button', { name: 'Add field' }).click();
      const position = (await page.locator('[id^="field-fields-"][id$="-key"]').count()) - 1;
      await control(page, `fields.${position}.key`).fill(key);
      await control(page, `fields.${position}.type`).selectOption(type);
      await control(page, `fields.${position}.label.en`).fill(label);
    };
    await addField('name', 'text', 'Your name');
    await addField('phone', 'tel', 'Phone');
    await page.getByRole('button', { name: 'Add consent box' }).click();
    await control(page, 'consentItems.0.purpose').selectOption('event_invitations');
    await control(page, 'consentItems.0.text.en').fill(CONSENT_TEXT);
    await control(page, 'doubleOptIn').uncheck();
    await control(page, 'allowedOrigins').fill(demoOrigin);

    const preview = page.locator('basis-consent-form');
    await preview.getByLabel('Phone').waitFor();
    assert.equal(await preview.getByRole('checkbox', { name: CONSENT_TEXT }).isChecked(), false, 'the preview shows the box unticked');

    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.waitForURL(/\/admin\/forms\/[0-9a-f-]{36}$/);
    formId = new URL(page.url()).pathname.split('/').at(-1)!;
    await page.getByRole('button', { name: 'Publish…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText('Version 1 is published: visitors see it now.').waitFor();
    const snippet = await page.getByLabel('Embed code').inputValue();
    assert.match(snippet, new RegExp(`<basis-consent-form form="${formId}">`));
  });

  it('a visitor sends the form from the demo site, ticking the box', async () => {
    const demo = await startDemo(basis, { newsletter: formId, contact: formId }, demoPort);
    const visitor = await browser.newPage();
    const visitorProblems = watchForProblems(visitor);
    await visitor.goto(`${demo.url}/contact`);
    await visitor.getByLabel('Your name').waitFor();
    const shownAt = Date.now();
    await visitor.getByLabel('Email').fill(VISITOR.email);
    await visitor.getByLabel('Your name').fill(VISITOR.name);
    await visitor.getByLabel('Phone').fill(VISITOR.phone);
    await visitor.getByRole('checkbox', { name: CONSENT_TEXT }).check();
    await likeAPerson(shownAt);
    await visitor.getByRole('button', { name: 'Send' }).click();
    await visitor.getByText('Thank you!').waitFor();
    assert.deepEqual(visitorProblems, []);
    await visitor.close();
  });

  it('finds the person, sees the consent with its source and evidence, and verifies their ledger', async () => {
    await navigate(page, 'Persons');
    await page.getByLabel('Search', { exact: true }).fill(VISITOR.email);
    await page.getByLabel('Search', { exact: true }).press('Enter');
    await page.getByRole('link', { name: VISITOR.email }).click();
    await page.getByRole('heading', { level: 1, name: VISITOR.name }).waitFor();
    personPath = new URL(page.url()).pathname;
    assert.ok(await page.getByText(VISITOR.phone).isVisible(), 'an administrator sees the phone number');

    const record = page.locator('tr[data-purpose="event_invitations"]');
    assert.deepEqual(
      (await record.locator('td').allInnerTexts()).slice(0, 5).map((cell) => cell.trim()),
      ['Consent', 'Active', (await record.locator('td').nth(2).innerText()).trim(), 'The person', 'Web form'],
    );
    await record.getByText('Evidence').click();
    const evidence = record.locator('details.evidence');
    for (const [term, value] of [
      ['Form', formId],
      ['Form version', '1'],
      ['Text shown', CONSENT_TEXT],
      ['Page', `${demoOrigin}/contact`],
    ])
      assert.equal(await evidence.locator(`dt:text-is("${term}") + dd`).innerText(), value, term);

    const verify = page.getByRole('button', { name: 'Verify' });
    await verify.click();
    await page.getByText(/^Intact: all \d+ events verified\.$/).waitFor();
  });

  it('sends a mailing to the topic: the gate lets only the person with consent through, and the outbox shows her message', async () => {
    // A CRM subscribes the visitor, and someone who never consented, to the topic through the API.
    const { key } = await createApiKey(basis.store, 'crm');
    const crm = createBasisClient({ baseUrl: basis.url, apiKey: key });
    const kim = personPath.split('/').at(-1)!;
    const lee = await crm.subjects.create({ email: 'lee@example.com', name: 'Lee' });
    for (const id of [kim, lee.id]) await crm.subjects.subscriptions.set(id, { topics: [{ topic: 'trail_days', subscribed: true }] });

    await navigate(page, 'Mailings');
    await page.getByRole('link', { name: 'New mailing' }).click();
    await control(page, 'name').fill('Trail days in May');
    await control(page, 'topic').selectOption('trail_days');
    await control(page, 'from').fill('Northwind <events@northwind.example>');
    await control(page, 'content.en.subject').fill('Trail days in May, {{name}}');
    await control(page, 'content.en.html').fill('<p>Join us on the trails.</p><p><a href="{{unsubscribe_url}}">Unsubscribe</a></p>');
    await control(page, 'content.en.text').fill('Join us on the trails. Unsubscribe: {{unsubscribe_url}}');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.waitForURL(/\/admin\/mailings\/[0-9a-f-]{36}$/);

    await page.getByText('One person may receive it.').waitFor();
    const noBasis = page.locator('tr', { hasText: 'No legal basis' }).first();
    assert.match(await noBasis.innerText(), /\b1\b/, 'the person without consent is counted as blocked');
    await page.getByRole('button', { name: 'Send now…' }).click();
    const question = page.getByRole('dialog');
    assert.match(await question.innerText(), /It goes to one person of the topic “Trail days”/);
    await question.getByRole('button', { name: 'Send now', exact: true }).click();
    await page.getByText('“Trail days in May” has been sent.').waitFor({ timeout: 20_000 });
    const recipients = page.locator('tr', { hasText: VISITOR.email });
    assert.match(await recipients.innerText(), /Sent/);
    const preview = page.frames().find((frame) => frame.url() === 'about:srcdoc');
    assert.match(
      (await preview?.content()) ?? '',
      /<a href="http:\/\/localhost:\d+\/v1\/public\/unsubscribe\?token=/,
      'the preview fills in the links',
    );

    await navigate(page, 'Outbox');
    const message = page.locator('tr', { hasText: 'Trail days in May, Kim Ortega' });
    await message.waitFor();
    assert.match(await message.innerText(), new RegExp(VISITOR.email));
    assert.equal(await page.locator('tr', { hasText: 'lee@example.com' }).count(), 0, 'nothing went to the person without consent');
  });

  it('a viewer, created by the administrator, sees sensitive fields masked and no way to change anything', async () => {
    await navigate(page, 'Users');
    await page.getByRole('button', { name: 'New user' }).click();
    await page.getByLabel('Email', { exact: true }).fill(VIEWER.email);
    await page.getByLabel('Name', { exact: true }).fill(VIEWER.name);
    assert.equal(await page.getByLabel('Role', { exact: true }).inputValue(), 'viewer', 'a new user starts as viewer');
    await page.getByLabel('First password').fill(VIEWER.firstPassword);
    await page.getByLabel('New password again').fill(VIEWER.firstPassword);
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByText(`User “${VIEWER.name}” created.`, { exact: false }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.goto(`${basis.url}${personPath}`);
    await signIn(page, VIEWER.email, VIEWER.firstPassword);
    await page.getByLabel('Current password').fill(VIEWER.firstPassword);
    await page.getByLabel('New password', { exact: true }).fill(VIEWER.password);
    await page.getByLabel('New password again').fill(VIEWER.password);
    await page.getByRole('button', { name: 'Set password' }).click();

    await page.getByRole('heading', { level: 1, name: VISITOR.name }).waitFor();
    assert.equal(await page.getByText(VISITOR.phone).count(), 0, 'the phone number never reaches a viewer');
    assert.ok(await page.getByText('Hidden', { exact: true }).first().isVisible());
    for (const control of ['Edit contact data', 'Set legal basis', 'Withdraw'])
      assert.equal(await page.getByRole('button', { name: control }).count(), 0, `no "${control}" for a viewer`);
    // Asking who is signed in answers 401 while nobody is: that is how the console learns it.
    const unexpected = problems.filter((problem) => !/\b401\b/.test(problem));
    assert.deepEqual(unexpected, [], 'no script or CSP errors in the console');
  });
});
