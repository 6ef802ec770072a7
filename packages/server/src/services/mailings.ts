import {
  type Audience,
  type AudiencePerson,
  FINAL_GATE_REASONS,
  type GateReason,
  type Mailing,
  type MailingContent,
  type MailingCreate,
  type MailingOverride,
  type MailingPatch,
  type MailingPreview,
  type MailingSend,
  type Role,
  type UpdatedBy,
  hasRight,
} from '@basis/sdk/contract';
import { ProblemError, conflict, invalidField, notFound } from '../http/problem.js';
import { newId } from '../lib/ids.js';
import { type Addressee, type MailingLinks, mailingMessage } from '../mail/mailing-message.js';
import { enqueueMail } from '../mail/outbox.js';
import { audiencePage, countAudience, sendableWindow } from '../store/audience.js';
import type { Db, Store } from '../store/database.js';
import {
  type MailingRow,
  cancelQueuedMessages,
  countRecipients,
  findMailingRow,
  insertMailing,
  listMailingRows,
  lockMailingRow,
  updateMailing,
} from '../store/mailings.js';
import { findTopic } from '../store/topics.js';
import { transaction } from '../store/transaction.js';
import type { LinkSettings } from './manage-links.js';
import { showContact } from './masking.js';
import { pageOf, readCursor } from './page-cursor.js';

export function toMailing(row: MailingRow, totals: Mailing['totals']): Mailing {
  return {
    id: row.id,
    name: row.name,
    topic: row.topic_key,
    from: row.from_address,
    defaultLocale: row.default_locale,
    content: JSON.parse(row.content) as Record<string, MailingContent>,
    status: row.status,
    scheduledAt: row.scheduled_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    override: row.override === null ? null : (JSON.parse(row.override) as MailingOverride),
    totals,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The mailings with their recipients' totals, counted for all of them at once. */
async function allWithTotals(db: Db, rows: readonly MailingRow[]): Promise<Mailing[]> {
  const counted = await countRecipients(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => {
    const counts = counted.get(row.id)!;
    return toMailing(row, { recipients: counts.queued + counts.sent + counts.failed + counts.skipped, ...counts });
  });
}

async function withTotals(db: Db, row: MailingRow): Promise<Mailing> {
  const [mailing] = await allWithTotals(db, [row]);
  return mailing!;
}

async function requireMailingRow(db: Db, id: string): Promise<MailingRow> {
  const row = await findMailingRow(db, id);
  if (!row) throw notFound(`There is no mailing with the id "${id}".`);
  return row;
}

/** The topic and the purpose that governs it: who may receive the mailing is decided by both. */
export async function scopeOf(db: Db, row: Pick<MailingRow, 'topic_key'>): Promise<{ topic: string; purpose: string }> {
  const topic = await findTopic(db, row.topic_key);
  if (!topic) throw notFound(`The mailing's topic "${row.topic_key}" no longer exists.`);
  return { topic: topic.key, purpose: topic.purpose };
}

async function checkDraft(db: Db, draft: { topic: string; defaultLocale: string; content: Record<string, MailingContent> }): Promise<void> {
  const topic = await findTopic(db, draft.topic);
  if (!topic) throw invalidField('topic', `There is no topic "${draft.topic}".`);
  if (!topic.active) throw invalidField('topic', `The topic "${draft.topic}" is deactivated.`);
  if (!draft.content[draft.defaultLocale]) {
    throw invalidField('content', `Write the mailing in its default language "${draft.defaultLocale}" too.`);
  }
}

export async function listMailings(db: Db, page: { cursor?: string | undefined; limit?: number | undefined }) {
  const limit = page.limit ?? 50;
  const rows = await listMailingRows(db, { cursor: readCursor(page.cursor), limit: limit + 1 });
  const { rows: shown, nextCursor } = pageOf(rows, limit);
  return { items: await allWithTotals(db, shown), nextCursor };
}

export async function getMailing(db: Db, id: string): Promise<Mailing> {
  return withTotals(db, await requireMailingRow(db, id));
}

export async function createMailing(store: Store, input: MailingCreate): Promise<Mailing> {
  return transaction(store, async (trx) => {
    await checkDraft(trx, input);
    const now = new Date().toISOString();
    const row: MailingRow = {
      id: newId(),
      name: input.name,
      topic_key: input.topic,
      from_address: input.from,
      default_locale: input.defaultLocale,
      content: JSON.stringify(input.content),
      status: 'draft',
      scheduled_at: null,
      started_at: null,
      finished_at: null,
      override: null,
      cursor: null,
      all_queued_at: null,
      lease_owner: null,
      lease_until: null,
      created_at: now,
      updated_at: now,
    };
    await insertMailing(trx, row);
    return toMailing(row, { recipients: 0, queued: 0, sent: 0, failed: 0, skipped: 0 });
  });
}

export async function changeMailing(store: Store, id: string, patch: MailingPatch): Promise<Mailing> {
  return transaction(store, async (trx) => {
    const row = await lockMailingRow(trx, store.dialect, id);
    if (!row) throw notFound(`There is no mailing with the id "${id}".`);
    if (row.status !== 'draft') throw conflict(`The mailing is ${row.status}: only a draft changes.`);
    const next = {
      topic: patch.topic ?? row.topic_key,
      defaultLocale: patch.defaultLocale ?? row.default_locale,
      content: patch.content ?? (JSON.parse(row.content) as Record<string, MailingContent>),
    };
    await checkDraft(trx, next);
    const changes = {
      name: patch.name ?? row.name,
      topic_key: next.topic,
      from_address: patch.from ?? row.from_address,
      default_locale: next.defaultLocale,
      content: JSON.stringify(next.content),
      updated_at: new Date().toISOString(),
    };
    await updateMailing(trx, id, changes);
    return withTotals(trx, { ...row, ...changes });
  });
}

/** The gate's split of the mailing's topic, as of now. */
export async function audienceOf(db: Db, id: string): Promise<Audience> {
  const scope = await scopeOf(db, await requireMailingRow(db, id));
  const { eligible, blocked } = await countAudience(db, scope);
  const total = eligible + Object.values(blocked).reduce((sum, n) => sum + n, 0);
  return { ...scope, total, eligible, blocked };
}

/** A page of the persons the gate sorts under one reason (or lets through); `hidden` fields are withheld. */
export async function audiencePersons(
  db: Db,
  id: string,
  query: { reason: GateReason | 'eligible'; cursor?: string | undefined; limit?: number | undefined },
  hidden: ReadonlySet<string>,
): Promise<{ items: AudiencePerson[]; nextCursor: string | null }> {
  const scope = await scopeOf(db, await requireMailingRow(db, id));
  const limit = query.limit ?? 50;
  const rows = await audiencePage(db, scope, query.reason === 'eligible' ? null : query.reason, {
    after: readCursor(query.cursor),
    limit: limit + 1,
  });
  const page = pageOf(rows, limit);
  return {
    items: page.rows.map(({ id, email, name, reason }) => ({ id, ...showContact({ email, name }, hidden), reason })),
    nextCursor: page.nextCursor,
  };
}

/** Where a person's links in a mailing point: their own preference page, and one-click unsubscribe from the topic. */
export function mailingLinks(links: LinkSettings, token: string, topic: string): MailingLinks {
  return {
    manageUrl: `${links.publicUrl}/manage?token=${token}`,
    unsubscribeUrl: `${links.publicUrl}/v1/public/unsubscribe?token=${token}&topic=${encodeURIComponent(topic)}`,
  };
}

/** Who a preview or a test send is written to: a sample, never a real person. */
const SAMPLE: Addressee = {
  id: null,
  email: 'alex@example.com',
  name: 'Alex Example',
  company: 'Example Ltd',
  phone: '+49 89 1234567',
  locale: null,
  customFields: {},
};

function toRender(row: MailingRow) {
  return { from: row.from_address, defaultLocale: row.default_locale, content: JSON.parse(row.content) as Record<string, MailingContent> };
}

function sampleLinks(links: LinkSettings, topic: string): MailingLinks {
  return mailingLinks(links, 'sample', topic);
}

export async function previewMailing(db: Db, links: LinkSettings, id: string, locale: string | undefined): Promise<MailingPreview> {
  const row = await requireMailingRow(db, id);
  const message = mailingMessage(toRender(row), { ...SAMPLE, locale: locale ?? row.default_locale }, sampleLinks(links, row.topic_key));
  return { locale: message.locale, subject: message.subject, html: message.html ?? '', text: message.text };
}

/** Queues the mailing to one address with the sample's placeholders; no person is mailed and nothing is recorded for anyone. */
export async function testMailing(
  store: Store,
  links: LinkSettings,
  id: string,
  test: { to: string; locale?: string | undefined },
): Promise<void> {
  await transaction(store, async (trx) => {
    const row = await requireMailingRow(trx, id);
    const message = mailingMessage(
      toRender(row),
      { ...SAMPLE, email: test.to, locale: test.locale ?? row.default_locale },
      sampleLinks(links, row.topic_key),
      'mailing_test',
    );
    await enqueueMail(trx, { ...message, subject: `[Test] ${message.subject}` });
  });
}

/** Persons blocked only by reasons in `reasons`: those an override would add. */
async function countOverridden(db: Db, scope: { topic: string; purpose: string }, reasons: readonly GateReason[]): Promise<number> {
  let count = 0;
  let after: string | undefined;
  for (;;) {
    const window = await sendableWindow(db, scope, reasons, { after, size: 2000 });
    count += window.persons.filter((person) => person.reason !== null).length;
    if (window.done) return count;
    after = window.scannedTo;
  }
}

/**
 * Schedules a draft. An override needs the right `override_gate`, names the reasons it overrides
 * and says why; the reasons that never yield are refused by name.
 */
export async function sendMailing(
  store: Store,
  id: string,
  request: MailingSend,
  caller: { role: Role; actor: UpdatedBy },
): Promise<Mailing> {
  return transaction(store, async (trx) => {
    const row = await lockMailingRow(trx, store.dialect, id);
    if (!row) throw notFound(`There is no mailing with the id "${id}".`);
    if (row.status !== 'draft') throw conflict(`The mailing is ${row.status}: only a draft is sent.`);
    const now = new Date().toISOString();
    let override: MailingOverride | null = null;
    if (request.override) {
      if (!hasRight(caller.role, 'override_gate')) {
        throw new ProblemError(
          403,
          `Overriding the consent gate needs the right "override_gate", which the role "${caller.role}" does not have.`,
        );
      }
      const final = request.override.reasons.filter((reason) => FINAL_GATE_REASONS.includes(reason));
      if (final.length) {
        throw invalidField(
          'override.reasons',
          `${final.join(', ')} can never be overridden: an objection to direct marketing is final (GDPR Art. 21(3)), and an erased person or a bounced address has nowhere to be mailed.`,
        );
      }
      const reasons = [...new Set(request.override.reasons)];
      const persons = await countOverridden(trx, await scopeOf(trx, row), reasons);
      override = { reasons, reason: request.override.reason, by: caller.actor, at: now, persons };
    }
    const changes = {
      status: 'scheduled' as const,
      scheduled_at: request.at ?? now,
      override: override && JSON.stringify(override),
      updated_at: now,
    };
    await updateMailing(trx, id, changes);
    return withTotals(trx, { ...row, ...changes });
  });
}

/** Stops a mailing that has not finished; the messages not yet sent are dropped. */
export async function cancelMailing(store: Store, id: string): Promise<Mailing> {
  return transaction(store, async (trx) => {
    const row = await lockMailingRow(trx, store.dialect, id);
    if (!row) throw notFound(`There is no mailing with the id "${id}".`);
    if (row.status === 'sent' || row.status === 'cancelled') throw conflict(`The mailing is already ${row.status}.`);
    const now = new Date().toISOString();
    await cancelQueuedMessages(trx, id);
    const changes = { status: 'cancelled' as const, finished_at: now, updated_at: now };
    await updateMailing(trx, id, changes);
    return withTotals(trx, { ...row, ...changes });
  });
}
