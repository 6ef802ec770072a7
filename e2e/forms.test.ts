import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createBasisClient } from '@basis/sdk';
import { createApiKey } from '@basis/server';
import type { Page } from 'playwright-core';
import { launchBrowser, likeAPerson, startBasisAndDemo, watchForProblems } from './basis-and-demo.js';

/** The confirmation email Basis put in the outbox for `email`, and the link in it. */
async function confirmLinkFor(basis: Awaited<ReturnType<typeof startBasisAndDemo>>['basis'], email: string) {
  const mail = await basis.store.db
    .selectFrom('outbox')
    .select(['subject_line', 'text_body'])
    .where('recipient', '=', email)
    .where('kind', '=', 'double_opt_in')
    .executeTakeFirstOrThrow();
  const link = new RegExp(`${basis.url}/v1/public/confirm\\?token=\\S+`).exec(mail.text_body)?.[0];
  assert.ok(link, `the email holds a confirm link: ${mail.text_body}`);
  return { mail, link };
}

describe('Forms, end to end', async () => {
  const { basis, demo, forms } = await startBasisAndDemo();
  const { key } = await createApiKey(basis.store, 'forms end-to-end');
  const admin = createBasisClient({ baseUrl: basis.url, apiKey: key });
  const browser = await launchBrowser();

  const personByEmail = async (email: string) => {
    const [person] = await admin.subjects.list({ q: email }).toArray(1);
    assert.ok(person, `${email} was added`);
    return person;
  };

  const openForm = async (page: Page, path: string, firstField: string) => {
    await page.goto(`${demo.url}${path}`);
    await page.getByLabel(firstField, { exact: true }).waitFor();
    return Date.now();
  };

  it('newsletter sign-up on the home page → confirmation email → confirm → active consent with its evidence and a receipt that verifies', async () => {
    const page = await browser.newPage();
    const problems = watchForProblems(page);
    const shownAt = await openForm(page, '/', 'Email address');

    const consent = page.getByRole('checkbox', { name: /Yes, email me news/ });
    assert.equal(await consent.isChecked(), false, 'nothing is ticked beforehand');
    await page.getByLabel('Email address', { exact: true }).fill('sam@example.com');
    await page.getByLabel('First name').fill('Sam');
    await consent.check();
    await likeAPerson(shownAt);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByText('Almost done: we have sent you an email.').waitFor();

    const sam = await personByEmail('sam@example.com');
    assert.equal(sam.name, 'Sam');
    const marketing = async () => (await admin.subjects.consents.list(sam.id)).find((record) => record.purpose === 'email_marketing');
    assert.equal((await marketing())?.status, 'pending');

    const { mail, link } = await confirmLinkFor(basis, 'sam@example.com');
    assert.match(mail.text_body, /Yes, email me news, event invitations and offers from Northwind Outdoor/);
    await page.goto(link);
    assert.equal((await marketing())?.status, 'pending', 'opening the link alone confirms nothing');
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page
      .getByText(/Confirmed/)
      .first()
      .waitFor();

    const record = await marketing();
    assert.ok(record);
    assert.equal(record.status, 'active');
    assert.equal(record.legalBasis, 'consent');
    assert.equal(record.source, 'web_form');
    assert.deepEqual(record.updatedBy, { type: 'subject', id: sam.id });
    const evidence = record.evidence;
    assert.equal(evidence.form, forms.newsletter);
    assert.equal(evidence.formVersion, 1);
    assert.equal(
      evidence.text,
      'Yes, email me news, event invitations and offers from Northwind Outdoor. I can unsubscribe at any time; see our [privacy notice](https://northwind.example/privacy).',
    );
    assert.equal(evidence.locale, 'en');
    assert.equal(evidence.pageUrl, `${demo.url}/`);
    assert.equal(typeof evidence.confirmedAt, 'string');

    assert.equal((await admin.ledger.verify({ subject: sam.id })).ok, true);
    const events = await admin.subjects.ledger.list(sam.id).toArray(20);
    const confirmation = events.find((event) => event.data.purpose === 'email_marketing' && event.data.status === 'active');
    assert.ok(confirmation, 'the confirmation is in the ledger');
    const receipt = await admin.ledger.receipt(confirmation.id);
    assert.equal(receipt.status, 'active');
    assert.equal(receipt.subjectId, sam.id);
    assert.equal(receipt.purpose.key, 'email_marketing');
    assert.equal(receipt.legalBasis.article, '6.1.a');
    assert.equal(receipt.eventHash, confirmation.hash);
    assert.deepEqual(problems, [], 'no script or CSP errors on the pages');
    await page.close();
  });

  it('the contact form sends with both optional consents refused: the person is added with what they typed and no consent', async () => {
    const page = await browser.newPage();
    const problems = watchForProblems(page);
    const shownAt = await openForm(page, '/contact', 'Name');

    const boxes = page.getByRole('checkbox');
    assert.equal(await boxes.count(), 2);
    for (const box of await boxes.all()) assert.equal(await box.isChecked(), false);
    await page.getByLabel('Name', { exact: true }).fill('Robin Field');
    await page.getByLabel('Email address', { exact: true }).fill('robin@example.com');
    await page.getByLabel('What is it about?').selectOption('product');
    await page.getByLabel('Your message').fill('Is the Alpine 40 pack waterproof?');
    await likeAPerson(shownAt);
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText('Thank you! We will answer within two working days.').waitFor();

    const robin = await personByEmail('robin@example.com');
    assert.equal(robin.name, 'Robin Field');
    assert.deepEqual(robin.customFields, { enquiry: 'product', message: 'Is the Alpine 40 pack waterproof?' });
    const recorded = (await admin.subjects.consents.list(robin.id)).map((record) => record.purpose);
    assert.ok(!recorded.includes('email_marketing') && !recorded.includes('profiling'), 'a refused box records nothing');
    const mails = await basis.store.db.selectFrom('outbox').select('kind').where('recipient', '=', 'robin@example.com').execute();
    assert.deepEqual(mails, [], 'nothing to confirm, so no email');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
