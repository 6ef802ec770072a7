import * as z from 'zod/mini';
import { Key } from './common.js';
import { ConsentRequestTemplate } from './consent-request-template.js';
import { endpoint } from './endpoint.js';

const Contact = z.string().check(z.trim(), z.maxLength(500));

/** A web origin such as `https://www.example.com`: scheme, host and port, nothing else. */
export const Origin = z
  .string()
  .check(z.regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/, 'Use an origin such as "https://www.example.com", without a path.'));

/** How much a person's field reveals: `sensitive` and `special_category` (GDPR Art. 9) fields are masked for anyone without `see_sensitive`. */
export const SENSITIVITIES = ['normal', 'sensitive', 'special_category'] as const;
export const Sensitivity = z.enum(SENSITIVITIES);
export type Sensitivity = z.infer<typeof Sensitivity>;

/** A person's field: `email`, `name`, `phone`, `company`, or the name of a custom field. */
export const PersonField = z
  .string()
  .check(z.regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, 'Use 1–64 letters, digits or underscores, starting with a letter.'));

/** The sensitivity of each person field; a field left out is `normal`. */
export const FieldSensitivity = z
  .record(PersonField, Sensitivity)
  .check(z.refine((fields) => Object.keys(fields).length <= 60, 'At most 60 fields.'));
export type FieldSensitivity = z.infer<typeof FieldSensitivity>;

const settingsShape = {
  controllerName: Contact,
  controllerContact: Contact,
  dpoContact: Contact,
  jurisdiction: z.string().check(z.trim(), z.minLength(2), z.maxLength(20)),
  withdrawalInstructions: z.string().check(z.maxLength(2000)),
  /** When a person is added without a consent for `consentRequestPurpose`, email them a request to give it. */
  consentRequestOnNewSubject: z.boolean(),
  consentRequestPurpose: z.nullable(Key),
  /** Days an unconfirmed double opt-in stays `pending` before it expires. */
  doubleOptInExpiryDays: z.number().check(z.int(), z.minimum(1), z.maximum(30)),
  allowedOrigins: z.array(Origin).check(z.maxLength(100)),
};

/** The Privacy Center's settings: who the controller is, what visitors' pages may embed Basis, how sensitive each person field is. */
export const Settings = z
  .strictObject({
    ...settingsShape,
    /** Every field with a class of its own: `email`, `name`, `phone` and `company` always, and custom fields given one. */
    fieldSensitivity: FieldSensitivity,
    /** The consent-request email in the Privacy Center's own words; null for Basis's standard wording. */
    consentRequestTemplate: z.nullable(ConsentRequestTemplate),
  })
  .register(z.globalRegistry, { id: 'Settings' });
export type Settings = z.infer<typeof Settings>;

/** The settings as a whole; `fieldSensitivity` or `consentRequestTemplate` left out keeps what is set. */
export const SettingsPut = z.strictObject({
  ...settingsShape,
  fieldSensitivity: z.optional(FieldSensitivity),
  consentRequestTemplate: z.optional(z.nullable(ConsentRequestTemplate)),
});
export type SettingsPut = z.infer<typeof SettingsPut>;

const tag = 'Settings';
export const settingsEndpoints = {
  get: endpoint({
    method: 'GET',
    path: '/v1/settings',
    operationId: 'getSettings',
    tag,
    auth: 'staff',
    right: 'view_persons',
    summary: 'The Privacy Center settings.',
    status: 200,
    response: Settings,
  }),
  put: endpoint({
    method: 'PUT',
    path: '/v1/settings',
    operationId: 'putSettings',
    tag,
    auth: 'staff',
    right: 'manage_settings',
    summary: 'Replace the Privacy Center settings.',
    body: SettingsPut,
    status: 200,
    response: Settings,
  }),
};
