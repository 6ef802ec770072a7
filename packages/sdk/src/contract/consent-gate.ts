import * as z from 'zod/mini';

// The consent gate: who among a topic's persons may receive its marketing email, and why each of
// the others may not. A person passes only with an active legal basis for the topic's purpose and
// an active subscription to the topic.

/**
 * Why the gate blocks a person, in the order a person's main reason is chosen: the reasons that
 * nothing can override come first.
 */
export const GATE_REASONS = [
  /** The person was erased: there is no address left to write to. */
  'anonymized',
  /** Mail to the address bounced for good. */
  'invalid_email',
  /** The person objected to direct marketing (GDPR Art. 21(2)); under Art. 21(3) that ends it. */
  'objected',
  /** Processing is restricted while a request of the person is open (GDPR Art. 18). */
  'restricted',
  /** The person unsubscribed from all marketing email. */
  'opted_out_of_all',
  /** The person unsubscribed from this topic. */
  'unsubscribed',
  /** The person withdrew their consent for the topic's purpose. */
  'withdrawn',
  /** The person has not yet confirmed their consent from the double opt-in email. */
  'pending',
  /** The legal basis lapsed: an unconfirmed consent, or one past the purpose's retention. */
  'expired',
  /** No legal basis was ever recorded for the topic's purpose. */
  'no_legal_basis',
] as const;
export const GateReason = z.enum(GATE_REASONS);
export type GateReason = z.infer<typeof GateReason>;

/** Never overridden: an objection to direct marketing is final (Art. 21(3)), and the others leave no address to send to. */
export const FINAL_GATE_REASONS: readonly GateReason[] = ['anonymized', 'invalid_email', 'objected'];

export function canOverride(reason: GateReason): boolean {
  return !FINAL_GATE_REASONS.includes(reason);
}
