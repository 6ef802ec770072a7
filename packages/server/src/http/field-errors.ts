import type { FieldError } from '@basis/sdk/contract';
import type * as z from 'zod/mini';

type Issue = z.core.$ZodIssue;

function fieldName(path: readonly PropertyKey[], where: FieldError['in']): string {
  return path.length === 0 ? where : path.map(String).join('.');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** One entry per bad field, in words a person can act on. */
export function fieldErrors(issues: readonly Issue[], where: FieldError['in'], input: unknown): FieldError[] {
  return issues.flatMap((issue): FieldError[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: fieldName([...issue.path, key], where),
        in: where,
        message: `Unknown field "${key}"; remove it.`,
      }));
    }
    const missing = issue.code === 'invalid_type' && issue.path.length > 0 && valueAt(input, issue.path) === undefined;
    return [{ field: fieldName(issue.path, where), in: where, message: missing ? 'This field is required.' : issue.message }];
  });
}
