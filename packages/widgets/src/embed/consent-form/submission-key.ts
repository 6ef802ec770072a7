import type { FormSubmission } from '@basis/sdk/public';

/**
 * Hands out the Idempotency-Key of each submission: every retry of the same body sends the same
 * key, so Basis records it once even when an answer was lost; a body that changed is a new
 * submission with a new key (Basis refuses a key reused for a different body).
 */
export function submissionKeys(): (submission: FormSubmission) => string {
  let body = '';
  let key = '';
  return (submission) => {
    const next = JSON.stringify(submission);
    if (next !== body) [body, key] = [next, crypto.randomUUID()];
    return key;
  };
}
