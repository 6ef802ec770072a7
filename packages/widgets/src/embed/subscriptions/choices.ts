import type { Preferences, PreferencesPut } from '@basis/sdk/public';

/** What the switches say: the state the person wants, topic and purpose keys to on or off. */
export interface Choices {
  readonly optedOutOfAll: boolean;
  readonly topics: Readonly<Record<string, boolean>>;
  readonly consents: Readonly<Record<string, boolean>>;
}

/** One switch that differs: a topic, a purpose's consent, or "Unsubscribe from everything". */
export type PreferenceChange =
  | { readonly kind: 'optedOutOfAll'; readonly value: boolean }
  | { readonly kind: 'topic'; readonly key: string; readonly value: boolean }
  | { readonly kind: 'consent'; readonly key: string; readonly value: boolean };

/** The switches exactly as the server says: nothing is ever switched on for the person. */
export function choicesOf(preferences: Preferences): Choices {
  return {
    optedOutOfAll: preferences.optedOutOfAll,
    topics: Object.fromEntries(preferences.topics.map((t) => [t.key, t.subscribed])),
    consents: Object.fromEntries(preferences.purposes.map((p) => [p.key, p.consented])),
  };
}

/** What turns `before` into `after`, in the order the element shows the switches. */
export function changesBetween(before: Choices, after: Choices): PreferenceChange[] {
  const changes: PreferenceChange[] = [];
  if (before.optedOutOfAll !== after.optedOutOfAll) changes.push({ kind: 'optedOutOfAll', value: after.optedOutOfAll });
  for (const [key, value] of Object.entries(after.topics)) if (before.topics[key] !== value) changes.push({ kind: 'topic', key, value });
  for (const [key, value] of Object.entries(after.consents)) {
    if (before.consents[key] !== value) changes.push({ kind: 'consent', key, value });
  }
  return changes;
}

export function applyChanges(choices: Choices, changes: readonly PreferenceChange[]): Choices {
  let { optedOutOfAll, topics, consents } = choices;
  for (const change of changes) {
    if (change.kind === 'optedOutOfAll') optedOutOfAll = change.value;
    else if (change.kind === 'topic') topics = { ...topics, [change.key]: change.value };
    else consents = { ...consents, [change.key]: change.value };
  }
  return { optedOutOfAll, topics, consents };
}

/** The changes that take the server back to where it was before `changes`. */
export function inverseOf(changes: readonly PreferenceChange[]): PreferenceChange[] {
  return changes.map((change) => ({ ...change, value: !change.value }));
}

/** The request that sends these changes and nothing else. */
export function toRequest(changes: readonly PreferenceChange[], source: NonNullable<PreferencesPut['source']>): PreferencesPut {
  const request: PreferencesPut = { source };
  for (const change of changes) {
    if (change.kind === 'optedOutOfAll') request.optedOutOfAll = change.value;
    else if (change.kind === 'topic') (request.topics ??= []).push({ topic: change.key, subscribed: change.value });
    else (request.consents ??= []).push({ purpose: change.key, given: change.value });
  }
  return request;
}
