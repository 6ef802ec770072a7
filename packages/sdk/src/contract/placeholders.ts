import * as z from 'zod/mini';

// A text Basis fills in per person holds `{{name}}` placeholders. Each kind of text (a mailing, the
// consent-request email) knows its own; these read, check and fill them all the same way.

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The placeholders one kind of text may hold. */
export interface PlaceholderSet {
  /** How an error message lists them: `name`, `fields.<key>`… */
  readonly listed: readonly string[];
  readonly accepts: (name: string) => boolean;
}

const braced = (name: string) => `{{${name}}}`;

/** The name of each placeholder in `text`: `name`, `fields.tier`… */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1]!);
}

/** Replaces each placeholder of `text` by `value(name)`. */
export function fillPlaceholders(text: string, value: (name: string) => string): string {
  return text.replace(PLACEHOLDER, (_, name: string) => value(name));
}

/** The placeholders in `text` that `set` does not know. */
export function placeholdersOutside(set: PlaceholderSet, text: string): string[] {
  return placeholdersIn(text).filter((name) => !set.accepts(name));
}

/** Refuses a text with a placeholder `set` does not know, naming it and the ones there are. */
export function knownPlaceholdersOnly(set: PlaceholderSet) {
  return z.superRefine<string>((text, ctx) => {
    const unknown = placeholdersOutside(set, text);
    if (unknown.length === 0) return;
    ctx.addIssue({
      code: 'custom',
      input: text,
      message: `Unknown placeholder ${unknown.map(braced).join(', ')}: use ${set.listed.map(braced).join(', ')}.`,
    });
  });
}

/** Refuses a text that holds none of the placeholders `names`. */
export function placeholderRequired(names: readonly string[]) {
  return z.refine<string>(
    (text) => placeholdersIn(text).some((name) => names.includes(name)),
    `Include ${names.map(braced).join(' or ')}.`,
  );
}
