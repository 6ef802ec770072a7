import * as z from 'zod/mini';
import { localized } from './localized.js';
import { type PlaceholderSet, knownPlaceholdersOnly, placeholderRequired } from './placeholders.js';

// The Privacy Center's own wording of the email that asks a new person for consent (settings.ts),
// written per language as plain text; Basis makes the HTML version from it.

/**
 * The placeholders the consent-request email may hold: the purpose's name and text, the link that
 * gives the consent, the controller's name, and the days the link works.
 */
export const CONSENT_REQUEST_PLACEHOLDERS = ['purpose_name', 'purpose_text', 'consent_url', 'controller_name', 'expiry_days'] as const;
export type ConsentRequestPlaceholder = (typeof CONSENT_REQUEST_PLACEHOLDERS)[number];

const consentRequestPlaceholders: PlaceholderSet = {
  listed: CONSENT_REQUEST_PLACEHOLDERS,
  accepts: (name) => (CONSENT_REQUEST_PLACEHOLDERS as readonly string[]).includes(name),
};

const Placeheld = (max: number) =>
  z
    .string()
    .check(
      z.minLength(1, 'Must not be empty.'),
      z.maxLength(max, `At most ${max} characters.`),
      knownPlaceholdersOnly(consentRequestPlaceholders),
    );

/** The email in one language; its text must hold the link, or the person has no way to consent. */
export const ConsentRequestEmail = z.strictObject({
  subject: Placeheld(200),
  text: Placeheld(5000).check(placeholderRequired(['consent_url'])),
});
export type ConsentRequestEmail = z.infer<typeof ConsentRequestEmail>;

/**
 * The email per language tag. A person reads the language of their locale, else of its primary
 * subtag (`de` for `de-CH`), else the first one given.
 */
export const ConsentRequestTemplate = localized(ConsentRequestEmail, 'Write the email in 1 to 30 languages.');
export type ConsentRequestTemplate = z.infer<typeof ConsentRequestTemplate>;
