import type { FieldError } from '@basis/sdk';

// Checks a request body with the contract's own schema before it is sent, and words every problem
// exactly as the server does (it checks with the same schema), so a user sees one set of messages.

interface Issue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly keys?: readonly string[];
}

/** The part of a zod schema this needs; structural, so the console needs no zod of its own. */
export interface ContractSchema {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: readonly Issue[] } };
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'body' : path.map(String).join('.');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** What the server would answer in `errors` for this body; empty when it is valid. */
export function contractErrors(schema: ContractSchema, body: unknown): FieldError[] {
  const result = schema.safeParse(body);
  if (result.success) return [];
  return result.error.issues.flatMap((issue): FieldError[] => {
    if (issue.code === 'unrecognized_keys') {
      return (issue.keys ?? []).map((key) => ({
        field: fieldName([...issue.path, key]),
        in: 'body',
        message: `Unknown field "${key}"; remove it.`,
      }));
    }
    const missing = issue.code === 'invalid_type' && issue.path.length > 0 && valueAt(body, issue.path) === undefined;
    return [{ field: fieldName(issue.path), in: 'body', message: missing ? 'This field is required.' : issue.message }];
  });
}
