import { assert, expect, waitUntil } from '@open-wc/testing';
import { FINAL_GATE_REASONS, GATE_REASONS, canOverride } from '@basis/sdk/contract';
import { sendKeys } from '@web/test-runner-commands';
import type { BasisConsole } from '../../src/console/app/console-app.js';
import type { BasisConfirmDialog } from '../../src/console/ui/confirm-dialog.js';
import { formatDateTime } from '../../src/console/ui/dates.js';
import { currentView, fill, find, findAll, focused, hasText, mountConsole, rendered, useFakeConsoleApi } from './support/console.js';
import { CSRF_TOKEN } from './support/sample-data.js';
import { DRAFT_ID } from './support/sample-mailings.js';

const REASON = 'They signed up on paper at the trade fair; the forms are filed.';

describe('console: sending a mailing', () => {
  const api = useFakeConsoleApi();

  const sender = (app: BasisConsole) => find(currentView(app), 'basis-mailing-send');
  const dialog = (app: BasisConsole) => find<BasisConfirmDialog>(sender(app), 'basis-confirm-dialog');
  const question = (app: BasisConsole) => find(dialog(app), 'h2').textContent.trim();
  const effect = (app: BasisConsole) => find(dialog(app), '#text').textContent.trim();
  const submit = (app: BasisConsole) => find<HTMLButtonElement>(sender(app), 'form button[type="submit"]').click();
  const confirm = (app: BasisConsole) => dialog(app).shadowRoot!.querySelector<HTMLButtonElement>('#confirm')!.click();
  const box = (app: BasisConsole, reason: string) => find<HTMLInputElement>(sender(app), `#field-override-reasons-${reason}`);
  const choose = async (app: BasisConsole, ...reasons: string[]) => {
    for (const reason of reasons) box(app, reason).click();
    await rendered(app);
  };
  const reach = (app: BasisConsole) => find(sender(app), '.reach').textContent.trim();
  const errorOf = (app: BasisConsole, id: string) => sender(app).shadowRoot!.querySelector(`#${id}-error`)?.textContent.trim();
  const open = async (app: BasisConsole) => {
    submit(app);
    await waitUntil(() => dialog(app).open, 'no confirmation');
  };
  const AFTERWARDS = 'Each person is checked again just before their message goes out. The mailing can no longer be changed afterwards.';

  it('sends now once confirmed, saying how many persons of which topic get it, and then shows its progress', async () => {
    const app = await mountConsole(api(), { path: `/admin/mailings/${DRAFT_ID}`, role: 'marketer' });
    assert.lengthOf(findAll(sender(app), 'fieldset.override'), 0, 'a marketer may not override the gate');
    assert.strictEqual(find(sender(app), 'form button[type="submit"]').textContent.trim(), 'Send now…');
    await expect(app).to.be.accessible();
    await open(app);
    assert.strictEqual(question(app), 'Send “Spring news” now?');
    assert.strictEqual(effect(app), `It goes to 12 persons of the topic “Product news”: 12 the consent gate lets through. ${AFTERWARDS}`);
    await expect(app).to.be.accessible();
    confirm(app);
    await waitUntil(() => findAll(currentView(app), 'basis-mailing-progress').length === 1, 'no progress after sending');
    assert.deepEqual(api().writes, [{ method: 'POST', path: `/v1/mailings/${DRAFT_ID}/send`, body: {}, csrf: CSRF_TOKEN }]);
    const view = currentView(app);
    assert.strictEqual(find(view, '.notices .state.success').textContent.trim(), '“Spring news” is being sent.');
    assert.strictEqual(find(view, '.title .badge').textContent.trim(), 'Scheduled');
    assert.lengthOf(findAll(view, 'basis-mailing-editor'), 0, 'read-only from now on');
    assert.lengthOf(findAll(view, 'basis-mailing-send'), 0);
    assert.lengthOf(findAll(view, 'basis-mailing-audience'), 0);
    await waitUntil(() => focused() === find(view, '#progress-heading'), 'the focus is not on the progress');
    await expect(app).to.be.accessible();
  });

  it('sends nothing when the confirmation is cancelled', async () => {
    const app = await mountConsole(api(), { path: `/admin/mailings/${DRAFT_ID}`, role: 'marketer' });
    const button = find<HTMLButtonElement>(sender(app), 'form button[type="submit"]');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog(app).open, 'no confirmation');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog(app).open, 'Escape did not close the confirmation');
    assert.lengthOf(api().writes, 0);
    assert.isTrue(focused() === button, 'the focus is back on the button');
    assert.lengthOf(findAll(currentView(app), 'basis-mailing-editor'), 1);
  });

  it('schedules it for a date and time in the future', async () => {
    const app = await mountConsole(api(), { path: `/admin/mailings/${DRAFT_ID}`, role: 'marketer' });
    find<HTMLInputElement>(sender(app), '#when-at').click();
    await rendered(app);
    assert.strictEqual(find(sender(app), 'form button[type="submit"]').textContent.trim(), 'Schedule…');
    const at = find<HTMLInputElement>(sender(app), '#field-at');
    submit(app);
    await waitUntil(() => errorOf(app, 'field-at'), 'no error without a time');
    assert.strictEqual(errorOf(app, 'field-at'), 'Choose the date and time to send it.');
    assert.strictEqual(focused(), at);
    fill(at, '2020-01-01T09:00');
    submit(app);
    await waitUntil(() => errorOf(app, 'field-at') === 'Choose a time in the future, or send it now.', 'a past time was taken');
    assert.lengthOf(api().writes, 0);
    await expect(app).to.be.accessible();

    fill(at, '2030-05-01T09:30');
    const iso = new Date('2030-05-01T09:30').toISOString();
    await open(app);
    assert.strictEqual(question(app), `Schedule “Spring news” for ${formatDateTime(iso, 'en')}?`);
    confirm(app);
    await waitUntil(() => api().writes.length === 1, 'not sent');
    assert.deepEqual(api().writes[0], { method: 'POST', path: `/v1/mailings/${DRAFT_ID}/send`, body: { at: iso }, csrf: CSRF_TOKEN });
    await waitUntil(() => hasText(currentView(app), '.notices .state.success', /is scheduled for/), 'no word it is scheduled');
    assert.strictEqual(
      find(currentView(app), '.notices .state.success').textContent.trim(),
      `“Spring news” is scheduled for ${formatDateTime(iso, 'en')}.`,
    );
  });

  it('lets an administrator override the gate for the reasons that may yield, at their own risk', async () => {
    const app = await mountConsole(api(), { path: `/admin/mailings/${DRAFT_ID}` });
    const override = find(sender(app), 'fieldset.override');
    assert.strictEqual(find(override, 'h3').textContent.trim(), 'Override the consent gate');
    assert.include(find(override, '.warning').textContent, 'At your own risk.');
    assert.include(find(override, '.warning').textContent, 'kept with the mailing and in the audit log');
    assert.deepEqual(
      findAll<HTMLInputElement>(override, 'input[type="checkbox"]').map((input) => input.value),
      [...GATE_REASONS.filter(canOverride), ...FINAL_GATE_REASONS],
      'the reasons that may be chosen first, in the contract’s order',
    );
    for (const reason of GATE_REASONS) assert.strictEqual(box(app, reason).disabled, !canOverride(reason), reason);
    for (const reason of FINAL_GATE_REASONS) {
      const why = sender(app).shadowRoot!.getElementById(box(app, reason).getAttribute('aria-describedby')!)!;
      assert.match(why.textContent.trim(), /^Never: /, reason);
    }
    assert.strictEqual(
      find(override, 'label[for="field-override-reasons-objected"]').textContent.trim(),
      'Objected (Art. 21(3)): 2 persons',
    );
    assert.strictEqual(reach(app), 'Choose no reason, and the gate decides alone.');
    await expect(app).to.be.accessible();

    await choose(app, 'no_legal_basis');
    assert.strictEqual(reach(app), 'This adds 27 persons.');
    await choose(app, 'pending');
    assert.strictEqual(reach(app), 'This adds up to 28 persons: someone also blocked for a reason you did not choose stays out.');
    await choose(app, 'expired');
    assert.strictEqual(reach(app), 'This adds 28 persons.');
    await choose(app, 'pending', 'expired');

    submit(app);
    await waitUntil(() => errorOf(app, 'field-override-reason'), 'no error without a reason');
    assert.strictEqual(errorOf(app, 'field-override-reason'), 'Say why, in at least 10 characters.');
    assert.strictEqual(focused(), find(sender(app), '#field-override-reason'));
    assert.lengthOf(api().writes, 0);
    await expect(app).to.be.accessible();

    fill(find<HTMLTextAreaElement>(sender(app), '#field-override-reason'), REASON);
    await open(app);
    assert.strictEqual(
      effect(app),
      `It goes to 39 persons of the topic “Product news”: 12 the consent gate lets through, and 27 it blocks, which you override at your own risk. ${AFTERWARDS}`,
    );
    confirm(app);
    await waitUntil(() => api().writes.length === 1, 'not sent');
    assert.deepEqual(api().writes[0], {
      method: 'POST',
      path: `/v1/mailings/${DRAFT_ID}/send`,
      body: { override: { reasons: ['no_legal_basis'], reason: REASON } },
      csrf: CSRF_TOKEN,
    });
    await waitUntil(() => hasText(currentView(app), 'dt', 'Consent gate overridden'), 'the override is not shown with the mailing');
    assert.include(find(currentView(app), '.mailing-summary').textContent, `Reason given: “${REASON}”`);
  });

  it('says “up to” in the confirmation when an override’s count is at most', async () => {
    const app = await mountConsole(api(), { path: `/admin/mailings/${DRAFT_ID}` });
    await choose(app, 'unsubscribed');
    fill(find<HTMLTextAreaElement>(sender(app), '#field-override-reason'), REASON);
    await open(app);
    assert.strictEqual(
      effect(app),
      `It goes to up to 15 persons of the topic “Product news”: 12 the consent gate lets through, and up to 3 it blocks, which you override at your own risk. ${AFTERWARDS}`,
    );
  });

  it('asks for the reasons when only words were given', async () => {
    const app = await mountConsole(api(), { path: `/admin/mailings/${DRAFT_ID}` });
    fill(find<HTMLTextAreaElement>(sender(app), '#field-override-reason'), REASON);
    submit(app);
    await waitUntil(() => errorOf(app, 'field-override-reasons'), 'no error without reasons');
    assert.strictEqual(errorOf(app, 'field-override-reasons'), 'Name the reasons to override.');
    assert.strictEqual(focused(), box(app, 'restricted'), 'the focus is on the first reason that can be chosen');
    assert.lengthOf(api().writes, 0);
  });

  it('says so when someone else sent it meanwhile', async () => {
    const app = await mountConsole(api(), { path: `/admin/mailings/${DRAFT_ID}`, role: 'marketer' });
    api().mailings[0] = { ...api().mailings[0]!, status: 'scheduled' };
    await open(app);
    confirm(app);
    await waitUntil(() => find(sender(app), '.form-problems').textContent.trim() !== '', 'no problem shown');
    assert.strictEqual(find(sender(app), '.form-problems').textContent.trim(), 'The mailing is scheduled: only a draft is sent.');
    await expect(app).to.be.accessible();
  });

  it('sends nothing when nobody may receive it', async () => {
    api().audience = api().audience.filter((person) => person.reason !== null);
    const app = await mountConsole(api(), { path: `/admin/mailings/${DRAFT_ID}`, role: 'marketer' });
    assert.strictEqual(find(currentView(app), '.eligible').textContent.trim(), 'Nobody may receive it at the moment.');
    submit(app);
    await waitUntil(() => hasText(sender(app), '.state.error', /Nobody may receive this mailing/), 'no word');
    assert.isFalse(dialog(app).open);
    assert.lengthOf(api().writes, 0);
  });

  it('gives each role what it may do: a viewer reads, a marketer sends, an administrator may also override', async () => {
    const viewer = await mountConsole(api(), { path: `/admin/mailings/${DRAFT_ID}`, role: 'viewer' });
    assert.isFalse(hasText(currentView(viewer), 'button', /Send now|Send test|Save draft/));
    const marketer = await mountConsole(api(), { path: `/admin/mailings/${DRAFT_ID}`, role: 'marketer' });
    assert.isTrue(hasText(currentView(marketer), 'button', 'Send now…'));
    assert.lengthOf(findAll(currentView(marketer), 'fieldset.override'), 0);
    const admin = await mountConsole(api(), { path: `/admin/mailings/${DRAFT_ID}` });
    assert.lengthOf(findAll(currentView(admin), 'fieldset.override'), 1);
  });
});
