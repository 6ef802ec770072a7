// What an audit entry changed, field by field: the top-level fields of the resource before and after.
// Pure, so that it is tested apart from the view.

export type FieldChangeKind = 'added' | 'removed' | 'changed';

export interface FieldChange {
  readonly field: string;
  readonly kind: FieldChangeKind;
  /** Absent when the field was added. */
  readonly before?: unknown;
  /** Absent when the field was removed. */
  readonly after?: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** JSON with object keys in order, so that two equal values compare equal however their keys were written. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** Whether two stored values are the same. */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/**
 * The top-level fields that differ between `before` and `after`, in the order the resource lists
 * them (after's fields first, then those only before had). Nothing before (a creation) lists every
 * field as added; nothing after (a removal), every field as removed. A value that is not an object
 * is one field, named "".
 */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const from = before === null || before === undefined ? {} : isRecord(before) ? before : { '': before };
  const to = after === null || after === undefined ? {} : isRecord(after) ? after : { '': after };
  const fields = [...new Set([...Object.keys(to), ...Object.keys(from)])];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const had = field in from && from[field] !== undefined;
    const has = field in to && to[field] !== undefined;
    if (had && has) {
      if (!sameValue(from[field], to[field])) changes.push({ field, kind: 'changed', before: from[field], after: to[field] });
    } else if (has) changes.push({ field, kind: 'added', after: to[field] });
    else if (had) changes.push({ field, kind: 'removed', before: from[field] });
  }
  return changes;
}

/** A stored value as one short line: text as it is, anything else as JSON, cut at `max` characters. */
export function formatValue(value: unknown, max = 120): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
