// What changed between two texts of a purpose, word by word: the longest common subsequence of
// their words, the rest removed from the older or added in the newer.

export interface Segment {
  readonly kind: 'same' | 'added' | 'removed';
  readonly text: string;
}

/**
 * Words, each with the spaces after it (and any leading spaces on their own), so that joining the
 * tokens gives the text back and a changed word does not match the unchanged spaces around it.
 */
function tokens(text: string): string[] {
  return text.match(/^\s+|\S+\s*/g) ?? [];
}

function push(segments: Segment[], kind: Segment['kind'], text: string): void {
  const last = segments[segments.length - 1];
  if (last?.kind === kind) segments[segments.length - 1] = { kind, text: last.text + text };
  else segments.push({ kind, text });
}

/** The segments that turn `before` into `after`; joining the same and removed ones gives `before`, same and added `after`. */
export function diffWords(before: string, after: string): Segment[] {
  const a = tokens(before);
  const b = tokens(after);
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const segments: Segment[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push(segments, 'same', a[i]!);
      i++;
      j++;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) push(segments, 'removed', a[i++]!);
    else push(segments, 'added', b[j++]!);
  }
  while (i < a.length) push(segments, 'removed', a[i++]!);
  while (j < b.length) push(segments, 'added', b[j++]!);
  return segments;
}

export interface VersionText {
  readonly version: number;
  readonly name: string;
  readonly description: string;
}

/** What one version changed against the one before it; `undefined` for a part that stayed the same. */
export interface VersionChange {
  readonly name: Segment[] | undefined;
  readonly description: Segment[] | undefined;
}

export function changeBetween(previous: VersionText, next: VersionText): VersionChange {
  return {
    name: previous.name === next.name ? undefined : diffWords(previous.name, next.name),
    description: previous.description === next.description ? undefined : diffWords(previous.description, next.description),
  };
}
