import type { FieldError } from '@basis/sdk';
import { Origin } from '@basis/sdk/contract';
import { contractErrors } from '../forms/contract-errors.js';

/** The origin as the server stores it: no trailing slash, lowercase scheme and host. */
export function normalizeOrigin(input: string): string {
  return input.trim().replace(/\/+$/, '').toLowerCase();
}

/** Why an origin cannot be added (the contract's own message, or a duplicate), or undefined when it can. */
export function originProblem(origin: string, allowed: readonly string[], duplicateMessage: string): string | undefined {
  const errors: FieldError[] = contractErrors(Origin, origin);
  if (errors.length > 0) return errors[0]!.message;
  return allowed.includes(origin) ? duplicateMessage : undefined;
}

/** The origins a save would stop allowing: what a confirmation must name. */
export function removedOrigins(saved: readonly string[], next: readonly string[]): string[] {
  return saved.filter((origin) => !next.includes(origin));
}
