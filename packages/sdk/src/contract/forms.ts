import * as z from 'zod/mini';
import { IdParams, Key, Locale, Name, Page, PageQuery, Timestamp } from './common.js';
import { endpoint } from './endpoint.js';
import { localized } from './localized.js';
import { FormConsentItem, FormField, FormFieldType, FormTexts, consentTextParts } from './public-forms.js';
import { Origin } from './settings.js';

/** A field's key: `email`, `name`, `phone`, `company`, or the name of a custom field of the person. */
export const FieldKey = z
  .string()
  .check(z.regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, 'Use 1–64 letters, digits or underscores, starting with a letter.'));

const Text = (max: number) => z.string().check(z.trim(), z.minLength(1, 'Must not be empty.'), z.maxLength(max));

/** Plain text, with `[words](https://…)` for a link: any other markup would be shown as typed, or not at all. */
const ConsentText = Text(2000).check(
  z.refine(
    (text) => consentTextParts(text).every((part) => 'href' in part || (!part.text.includes('](') && !/<\/?[a-z!][^>]*>/i.test(part.text))),
    'Use plain text; write a link as [words](https://…). HTML and other links are not allowed.',
  ),
);

// Every text of a form is given per language; the form's default locale must be among them.
export const FormFieldInput = z.strictObject({
  key: FieldKey,
  type: FormFieldType,
  required: z.optional(z.boolean()),
  label: localized(Text(200)),
  help: z.optional(z.nullable(localized(Text(500)))),
  options: z.optional(z.array(z.strictObject({ value: Text(200), label: localized(Text(200)) })).check(z.maxLength(100))),
});
export type FormFieldInput = z.infer<typeof FormFieldInput>;

export const ConsentItemInput = z.strictObject({
  purpose: Key,
  text: localized(ConsentText),
  /** Consent can never be a condition (Art. 7(4)): only an item that names a non-consent `legalBasis` may be required. */
  required: z.optional(z.boolean()),
  /** A required item's basis, such as `contract`; an optional item always records the purpose's consent basis. */
  legalBasis: z.optional(z.nullable(Key)),
  /** A box is never ticked beforehand (Recital 32); `false` is accepted so that a designer may say so. */
  checked: z.optional(z.literal(false, 'A consent box is never ticked beforehand (GDPR Recital 32): leave "checked" out.')),
});
export type ConsentItemInput = z.infer<typeof ConsentItemInput>;

export const FormTextsInput = z.strictObject({
  submit: z.optional(z.nullable(localized(Text(100)))),
  thankYou: localized(Text(2000)),
  checkInbox: z.optional(z.nullable(localized(Text(2000)))),
});
export type FormTextsInput = z.infer<typeof FormTextsInput>;

const Fields = z.array(FormFieldInput).check(z.minLength(1, 'A form asks at least for the email address.'), z.maxLength(30));
const ConsentItems = z.array(ConsentItemInput).check(z.maxLength(20));
const AllowedOrigins = z.array(Origin).check(z.maxLength(100));

/**
 * A new form is a draft: visitors see nothing until it is published. Double opt-in is on unless
 * turned off, and what it records comes from `web_form` unless another source is named.
 */
export const FormCreate = z.strictObject({
  name: Name,
  defaultLocale: Locale,
  fields: Fields,
  consentItems: z.optional(ConsentItems),
  doubleOptIn: z.optional(z.boolean()),
  texts: FormTextsInput,
  source: z.optional(Key),
  /** Pages that may embed the form, besides the Privacy Center's allowed origins. */
  allowedOrigins: z.optional(AllowedOrigins),
});
export type FormCreate = z.infer<typeof FormCreate>;

/** A change of what visitors see makes a new draft; the published version keeps serving until the next publish. */
export const FormPatch = z.strictObject({
  name: z.optional(Name),
  defaultLocale: z.optional(Locale),
  fields: z.optional(Fields),
  consentItems: z.optional(ConsentItems),
  doubleOptIn: z.optional(z.boolean()),
  texts: z.optional(FormTextsInput),
  source: z.optional(Key),
  allowedOrigins: z.optional(AllowedOrigins),
});
export type FormPatch = z.infer<typeof FormPatch>;

/** A form as its designer sees it: the working copy, and which version visitors are served. */
export const Form = z
  .object({
    id: z.string(),
    name: z.string(),
    defaultLocale: z.string(),
    fields: z.array(FormField),
    consentItems: z.array(z.object({ ...FormConsentItem.shape, purpose: Key, legalBasis: z.nullable(Key) })),
    doubleOptIn: z.boolean(),
    texts: FormTexts,
    source: Key,
    allowedOrigins: z.array(z.string()),
    /** What visitors are served; null until the first publish. */
    publishedVersion: z.nullable(z.number()),
    /** Whether the working copy differs from the published version (or was never published). */
    hasDraft: z.boolean(),
    publishedAt: z.nullable(Timestamp),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .register(z.globalRegistry, { id: 'Form' });
export type Form = z.infer<typeof Form>;

export const SubmissionStatus = z.enum(['received', 'pending_confirmation', 'confirmed', 'expired']);
export type SubmissionStatus = z.infer<typeof SubmissionStatus>;

/** One accepted submission. What was typed went into the person; it is not kept here a second time. */
export const SubmissionRecord = z
  .object({
    id: z.string(),
    formId: z.string(),
    formVersion: z.number(),
    subjectId: z.string(),
    locale: z.string(),
    pageUrl: z.nullable(z.string()),
    /** The purposes whose boxes were ticked. */
    consents: z.array(Key),
    status: SubmissionStatus,
    createdAt: Timestamp,
    confirmedAt: z.nullable(Timestamp),
  })
  .register(z.globalRegistry, { id: 'SubmissionRecord' });
export type SubmissionRecord = z.infer<typeof SubmissionRecord>;

export const SubmissionListQuery = z.strictObject({ ...PageQuery });

const tag = 'Forms';
export const formEndpoints = {
  list: endpoint({
    method: 'GET',
    path: '/v1/forms',
    operationId: 'listForms',
    tag,
    auth: 'staff',
    right: 'view_persons',
    summary: 'List the forms, oldest first.',
    status: 200,
    response: z.object({ items: z.array(Form) }),
  }),
  create: endpoint({
    method: 'POST',
    path: '/v1/forms',
    operationId: 'createForm',
    tag,
    auth: 'staff',
    right: 'design_forms',
    summary: 'Design a form. It is a draft until published; a form with a pre-ticked consent box is refused.',
    body: FormCreate,
    status: 201,
    response: Form,
  }),
  get: endpoint({
    method: 'GET',
    path: '/v1/forms/{id}',
    operationId: 'getForm',
    tag,
    auth: 'staff',
    right: 'view_persons',
    summary: 'Read one form.',
    params: IdParams,
    status: 200,
    response: Form,
  }),
  update: endpoint({
    method: 'PATCH',
    path: '/v1/forms/{id}',
    operationId: 'updateForm',
    tag,
    auth: 'staff',
    right: 'design_forms',
    summary: 'Change a form. A change of what visitors see is a draft until published; name and origins apply at once.',
    params: IdParams,
    body: FormPatch,
    status: 200,
    response: Form,
  }),
  publish: endpoint({
    method: 'POST',
    path: '/v1/forms/{id}/publish',
    operationId: 'publishForm',
    tag,
    auth: 'staff',
    right: 'design_forms',
    summary: 'Freeze the draft as the next numbered version and serve it. 409 when there is nothing new to publish.',
    params: IdParams,
    status: 200,
    response: Form,
  }),
  submissions: endpoint({
    method: 'GET',
    path: '/v1/forms/{id}/submissions',
    operationId: 'listFormSubmissions',
    tag,
    auth: 'staff',
    right: 'design_forms',
    summary: 'A form’s submissions, newest first.',
    params: IdParams,
    query: SubmissionListQuery,
    status: 200,
    response: Page(SubmissionRecord),
  }),
};
