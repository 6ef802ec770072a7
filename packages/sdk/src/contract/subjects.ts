import * as z from 'zod/mini';
import { Email, Key, Locale, Page, PageQuery, Timestamp } from './common.js';
import { endpoint } from './endpoint.js';

export const SubjectParams = z.strictObject({ id: z.string().check(z.maxLength(36)) });

const Text = (max: number) => z.nullable(z.string().check(z.trim(), z.maxLength(max)));

export const CustomFields = z
  .record(
    z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, 'Field names are letters, digits and underscores.')),
    z.union([z.string().check(z.maxLength(2000)), z.number(), z.boolean(), z.null()]),
  )
  .check(z.refine((fields) => Object.keys(fields).length <= 50, 'At most 50 custom fields.'));
export type CustomFields = z.infer<typeof CustomFields>;

const subjectShape = {
  id: z.string(),
  email: z.string(),
  name: z.nullable(z.string()),
  phone: z.nullable(z.string()),
  company: z.nullable(z.string()),
  locale: z.nullable(z.string()),
  customFields: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  createdAt: Timestamp,
  updatedAt: Timestamp,
};

/** A person as stored: every field, whatever its sensitivity. */
export const StoredSubject = z.object(subjectShape);
export type StoredSubject = z.infer<typeof StoredSubject>;

/**
 * A person as the caller may see them: a field the settings class as `sensitive` or
 * `special_category` is null for a caller without the right `see_sensitive`, and named in `masked`.
 */
export const Subject = z
  .object({
    ...subjectShape,
    email: z.nullable(z.string()),
    /** The fields whose values were withheld: `email`, `name`, `phone`, `company` or a custom field's name. */
    masked: z.array(z.string()),
  })
  .register(z.globalRegistry, { id: 'Subject' });
export type Subject = z.infer<typeof Subject>;

/** `source` is where this person came from; their purposes' default legal bases are recorded with it. */
export const SubjectCreate = z.strictObject({
  email: Email,
  name: z.optional(Text(200)),
  phone: z.optional(Text(50)),
  company: z.optional(Text(200)),
  locale: z.optional(z.nullable(Locale)),
  customFields: z.optional(CustomFields),
  source: z.optional(Key),
});
export type SubjectCreate = z.infer<typeof SubjectCreate>;

export const SubjectPatch = z.strictObject({
  email: z.optional(Email),
  name: z.optional(Text(200)),
  phone: z.optional(Text(50)),
  company: z.optional(Text(200)),
  locale: z.optional(z.nullable(Locale)),
  customFields: z.optional(CustomFields),
});
export type SubjectPatch = z.infer<typeof SubjectPatch>;

export const SubjectListQuery = z.strictObject({
  q: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  ...PageQuery,
});
export type SubjectListQuery = z.infer<typeof SubjectListQuery>;

const tag = 'Subjects';
export const subjectEndpoints = {
  list: endpoint({
    method: 'GET',
    path: '/v1/subjects',
    operationId: 'listSubjects',
    tag,
    auth: 'staff',
    right: 'view_persons',
    summary: 'List persons, newest first; `q` searches email and name (those of them the caller may see).',
    query: SubjectListQuery,
    status: 200,
    response: Page(Subject),
  }),
  create: endpoint({
    method: 'POST',
    path: '/v1/subjects',
    operationId: 'createSubject',
    tag,
    auth: 'staff',
    right: 'edit_persons',
    summary: 'Add a person. Each active purpose’s default legal basis is recorded for them.',
    body: SubjectCreate,
    status: 201,
    response: Subject,
  }),
  get: endpoint({
    method: 'GET',
    path: '/v1/subjects/{id}',
    operationId: 'getSubject',
    tag,
    auth: 'staff',
    right: 'view_persons',
    summary: 'Read one person.',
    params: SubjectParams,
    status: 200,
    response: Subject,
  }),
  update: endpoint({
    method: 'PATCH',
    path: '/v1/subjects/{id}',
    operationId: 'updateSubject',
    tag,
    auth: 'staff',
    right: 'edit_persons',
    summary: 'Change a person’s contact data or custom fields.',
    params: SubjectParams,
    body: SubjectPatch,
    status: 200,
    response: Subject,
  }),
};
