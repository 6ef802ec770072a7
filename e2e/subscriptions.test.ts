import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEMO_PERSON, demoManageLink } from '@basis/server';
import { launchBrowser, startBasisAndDemo, watchForProblems } from './basis-and-demo.js';

describe('Maintain my subscriptions, end to end', async () => {
  const { basis, demo } = await startBasisAndDemo();
  const link = await demoManageLink(basis);
  const person = await basis.store.db.selectFrom('subjects').select('id').where('email', '=', DEMO_PERSON).executeTakeFirstOrThrow();
  const subscription = async (topic: string) =>
    (
      await basis.store.db
        .selectFrom('subscriptions')
        .select('subscribed')
        .where('subject_id', '=', person.id)
        .where('topic_key', '=', topic)
        .executeTakeFirst()
    )?.subscribed;
  const lastEvent = async () => {
    const row = await basis.store.db
      .selectFrom('ledger_events')
      .select(['type', 'data'])
      .where('subject_id', '=', person.id)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    return { type: row.type, data: JSON.parse(row.data) as Record<string, unknown> };
  };

  const browser = await launchBrowser();

  it('the manage link opens the demo page; switching a topic off is saved to the server and its ledger', async () => {
    const page = await browser.newPage();
    const problems = watchForProblems(page);

    await page.goto(`${demo.url}/preferences?token=${link.token}`);
    const productNews = page.getByRole('switch', { name: 'Product news' });
    await productNews.waitFor();
    assert.equal(await productNews.isChecked(), true, 'the page shows the server’s state');
    assert.equal(await subscription('product_news'), 1);

    await productNews.uncheck();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/saved/i).first().waitFor();

    assert.equal(await subscription('product_news'), 0);
    assert.deepEqual(await lastEvent(), {
      type: 'subscription.set',
      data: { topic: 'product_news', subscribed: false, source: 'email', updatedBy: { type: 'subject', id: person.id } },
    });
    assert.deepEqual(problems, [], 'no script or CSP errors on the page');
    await page.close();
  });

  it('the RFC 8058 one-click POST unsubscribes; a GET of the same address does not', async () => {
    const address = `${basis.url}/v1/public/unsubscribe?token=${encodeURIComponent(link.token)}`;
    const get = await fetch(address);
    assert.equal(get.status, 200);
    assert.match(await get.text(), /<basis-subscriptions>/);
    const optedOut = async () =>
      (await basis.store.db.selectFrom('subjects').select('opted_out_of_all').where('id', '=', person.id).executeTakeFirstOrThrow())
        .opted_out_of_all;
    assert.equal(await optedOut(), 0, 'a GET changes nothing');

    const post = await fetch(address, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
      redirect: 'manual',
    });
    assert.equal(post.status, 200);
    assert.equal(await optedOut(), 1);
    assert.equal((await lastEvent()).type, 'subscription.opted_out_of_all');
  });
});
