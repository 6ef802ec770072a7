import type { ConsoleMessages } from '../locales/index.js';
import type { FieldSpec, FieldValue } from './fields.js';

/** A new password and the same again, as every form that sets one asks for them. */
export function newPasswordFields(
  m: ConsoleMessages,
  label = m.newPasswordLabel,
  hint: string | undefined = m.newPasswordHint,
): FieldSpec[] {
  return [
    { name: 'password', kind: 'password', label, hint, required: true, autocomplete: 'new-password' },
    { name: 'confirmation', kind: 'password', label: m.confirmPasswordLabel, required: true, autocomplete: 'new-password' },
  ];
}

/**
 * The one thing about a new password checked here: that it was typed the same twice. What a
 * password must be, the contract says, in the server's words.
 */
export function confirmationProblem(m: ConsoleMessages, values: Readonly<Record<string, FieldValue>>): Record<string, string> {
  return 'confirmation' in values && values.confirmation !== values.password ? { confirmation: m.passwordsDiffer } : {};
}
