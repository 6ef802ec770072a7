// Runs every Node test suite (Node 20 does not expand globs itself).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dirs = ['packages/sdk/test', 'packages/server/test', 'scripts/test'];
const files = dirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => join(dir, f)),
);
const result = spawnSync(
  process.execPath,
  ['--conditions=@basis/source', '--import', 'tsx', '--test', ...process.argv.slice(2), ...files],
  {
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
