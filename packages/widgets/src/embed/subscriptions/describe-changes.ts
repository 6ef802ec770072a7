import type { Preferences } from '@basis/sdk/public';
import type { Messages } from '../../locales/index.js';
import type { PreferenceChange } from './choices.js';

/** "subscribed to Product news and consent withdrawn for Profiling", in the person's language. */
export function describeChanges(
  changes: readonly PreferenceChange[],
  preferences: Preferences,
  messages: Messages,
  locale: string,
): string {
  const phrases = changes.map((change) => {
    if (change.kind === 'optedOutOfAll') return change.value ? messages.optedOutOfAll : messages.optedBackIn;
    if (change.kind === 'topic') {
      const name = preferences.topics.find((t) => t.key === change.key)?.name ?? change.key;
      return change.value ? messages.subscribedTo(name) : messages.unsubscribedFrom(name);
    }
    const name = preferences.purposes.find((p) => p.key === change.key)?.name ?? change.key;
    return change.value ? messages.consentGiven(name) : messages.consentWithdrawn(name);
  });
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(phrases);
}
