import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { RIGHTS, ROLES, ROLE_RIGHTS } from '../src/contract/rights.js';

const DOC = fileURLToPath(new URL('../../../docs/console.md', import.meta.url));

/** The table as rows of trimmed cells, whatever its column alignment. */
function cells(markdown: string): string[][] {
  return markdown
    .trim()
    .split('\n')
    .map((line) =>
      line
        .replace(/^\|/, '')
        .replace(/\|$/, '')
        .split('|')
        .map((cell) => cell.trim()),
    )
    .filter((row) => !row.every((cell) => /^:?-+:?$/.test(cell)));
}

/** The table of roles and rights, made from `ROLE_RIGHTS` and nothing else. */
function expected(): string[][] {
  return [
    ['right', ...ROLES.map((role) => `\`${role}\``)],
    ...RIGHTS.map((right) => [`\`${right}\``, ...ROLES.map((role) => (ROLE_RIGHTS[role].includes(right) ? '✓' : ''))]),
  ];
}

describe('docs/console.md', () => {
  it('shows exactly the rights ROLE_RIGHTS gives each role', () => {
    const doc = readFileSync(DOC, 'utf8');
    const table = /<!-- role-rights:start -->([\s\S]*?)<!-- role-rights:end -->/.exec(doc)?.[1];
    assert.ok(table, 'the page marks its table with <!-- role-rights:start --> and <!-- role-rights:end -->');
    const markdown = expected()
      .map((row, i) => `| ${row.join(' | ')} |${i === 0 ? `\n|${' --- |'.repeat(row.length)}` : ''}`)
      .join('\n');
    assert.deepEqual(cells(table), expected(), `Replace the table with this one (then run prettier):\n\n${markdown}\n`);
  });
});
