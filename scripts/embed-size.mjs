// The embed's size budget: everything a visitor's browser downloads from /embed.js on to show every
// visitor element in the default locale, min+gzip, per file and per part. Exits 1 past the budget.
// Run after `npm run build -w @basis/widgets` (or use `npm run size`, which builds first).
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, parseAst } from 'vite';

export const BUDGET = 28 * 1024;

const root = fileURLToPath(new URL('..', import.meta.url));
export const EMBED_DIR = join(root, 'packages/widgets/dist/embed');
const LOCALES_DIR = join(root, 'packages/widgets/src/locales');
const DEFAULT_LOCALE = 'en';

// Built with BASIS_EMBED_SPLIT=parts, Lit, the SDK and the default catalog each have a chunk of
// their own, named `[name]-[hash].js`; as shipped, they share one with the elements.
const PARTS = [
  { part: 'Lit', test: /^lit-/ },
  { part: 'public SDK (ky, zod/mini, contract)', test: /^sdk-/ },
  { part: 'default locale', test: new RegExp(`^${DEFAULT_LOCALE}-`) },
];
const ELEMENTS = 'elements, styles and loader';

/** Chunks of the catalogs other than the default: they load only on a page in that language. */
function otherLocaleChunk() {
  const locales = readdirSync(LOCALES_DIR)
    .map((file) => file.replace(/\.ts$/, ''))
    .filter((name) => name !== 'index' && name !== DEFAULT_LOCALE);
  return new RegExp(`^(${locales.join('|')})-[\\w-]+\\.js$`);
}

/** The relative modules a file imports, statically and with import(). */
function importsOf(code) {
  const found = { static: [], dynamic: [] };
  const visit = (node) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    if (/^(Import|ExportNamed|ExportAll)Declaration$/.test(node.type) && node.source) found.static.push(node.source.value);
    if (node.type === 'ImportExpression') {
      const source = node.source;
      if (source.type === 'Literal') found.dynamic.push(source.value);
      else if (source.type === 'TemplateLiteral' && source.expressions.length === 0) found.dynamic.push(source.quasis[0].value.cooked);
      else throw new Error(`An import() with a computed path cannot be followed: ${code.slice(node.start, node.end)}`);
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'parent') visit(value);
  };
  visit(parseAst(code));
  return found;
}

/** Every file the page downloads, starting from embed.js, except the catalogs of other locales. */
export function measureEmbed(dir = EMBED_DIR) {
  const entry = join(dir, 'embed.js');
  if (!existsSync(entry)) throw new Error(`${relative(root, entry)} is missing: run \`npm run build -w @basis/widgets\` first.`);
  const skipped = otherLocaleChunk();
  const files = [];
  const queue = [entry];
  const seen = new Set(queue);
  while (queue.length) {
    const file = queue.shift();
    const code = readFileSync(file);
    const name = relative(dir, file);
    const base = name.split('/').pop();
    const part = PARTS.find((p) => p.test.test(base))?.part ?? ELEMENTS;
    files.push({ file: name, bytes: code.length, gzip: gzipSync(code, { level: 9 }).length, part });
    const imports = importsOf(code.toString('utf8'));
    const followed = [...imports.static, ...imports.dynamic.filter((path) => !skipped.test(path.split('/').pop()))];
    for (const path of followed) {
      if (!path.startsWith('.')) throw new Error(`${name} imports "${path}", which a browser cannot load from the embed.`);
      const target = join(dirname(file), path);
      if (seen.has(target)) continue;
      seen.add(target);
      queue.push(target);
    }
  }
  const parts = {};
  for (const { part, gzip } of files) parts[part] = (parts[part] ?? 0) + gzip;
  const total = files.reduce((sum, f) => sum + f.gzip, 0);
  return { files, parts, total, budget: BUDGET };
}

/** What each part weighs in a chunk of its own: builds the embed cut into parts, in a scratch directory. */
export async function measureParts() {
  const outDir = mkdtempSync(join(tmpdir(), 'basis-embed-parts-'));
  process.env.BASIS_EMBED_SPLIT = 'parts';
  try {
    await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'silent', build: { outDir } });
    return measureEmbed(outDir).parts;
  } finally {
    delete process.env.BASIS_EMBED_SPLIT;
    rmSync(outDir, { recursive: true, force: true });
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

function report({ files, total, budget }, parts) {
  const width = Math.max(...files.map((f) => f.file.length), ...Object.keys(parts).map((p) => p.length)) + 2;
  console.log('Embed size, min+gzip -9, for every visitor element in the default locale, as shipped:\n');
  for (const f of files) console.log(`  ${f.file.padEnd(width)}${kb(f.gzip).padStart(10)}   (${kb(f.bytes)} min)`);
  console.log(`\n  ${'total'.padEnd(width)}${kb(total).padStart(10)}   budget ${kb(budget)}`);
  if (total > budget) console.error(`\nOver budget by ${kb(total - budget)}.`);
  const sum = Object.values(parts).reduce((a, b) => a + b, 0);
  console.log('\nPer part, each in a file of its own:');
  for (const [part, gzip] of Object.entries(parts).sort((a, b) => b[1] - a[1]))
    console.log(`  ${part.padEnd(width)}${kb(gzip).padStart(10)}`);
  console.log(`  ${'sum'.padEnd(width)}${kb(sum).padStart(10)}   (${kb(sum - total)} more than in one file)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const result = measureEmbed();
    report(result, await measureParts());
    process.exitCode = result.total > result.budget ? 1 : 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
