// `npm run bench`: measures the Basis HTTP API against a bare Hono hello-world on the same
// `serve` settings, on SQLite and on PostgreSQL, and prints requests/s and p99 latency of each,
// also as a ratio to hello-world. (The npm script first prints the embed's size, `npm run size`.)
//
// The servers run in a child process (scripts/bench-server.ts) and autocannon runs here, so that
// each has a core of its own. All traffic goes to 127.0.0.1.
//
//   BENCH_DURATION  seconds of each measured run (default 10); each is preceded by a warm-up
//   DATABASE_URL    the PostgreSQL server of the second leg when it is a postgres:// URL,
//                   else postgres://postgres@127.0.0.1:5432/postgres
import autocannon from 'autocannon';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { availableParallelism, cpus } from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { isPostgresUrl } from '@basis/server';
import pg from 'pg';
import type { BenchTarget } from './bench-server.js';

const CONNECTIONS = 10;
const WARMUP_SECONDS = 2;
const DURATION_SECONDS = parseDuration(process.env.BENCH_DURATION);
/** How long the child may take to migrate and seed before the bench gives up on it. */
const STARTUP_TIMEOUT_MS = 120_000;

const POSTGRES_URL = isPostgresUrl(process.env.DATABASE_URL ?? '')
  ? process.env.DATABASE_URL!
  : 'postgres://postgres@127.0.0.1:5432/postgres';

function parseDuration(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 10;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 600) {
    console.error(`BENCH_DURATION must be a number of seconds between 0 and 600, not "${value}".`);
    process.exit(2);
  }
  return seconds;
}

/** A connection string fit to print: without its password. */
function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

interface Leg {
  name: string;
  databaseUrl: string;
}

interface Target {
  name: string;
  url: string;
  method: 'GET' | 'PUT';
  headers?: Record<string, string>;
  body?: string;
}

interface Measurement {
  name: string;
  requestsPerSecond: number;
  p99Ms: number;
  requests: number;
  /** Non-2xx responses and errors of the measured run. */
  failed: number;
}

/** Everything that went wrong, printed at the end; any entry makes the bench fail. */
const failures: string[] = [];

let child: ChildProcess | undefined;
/** Set on SIGINT or SIGTERM: the bench stops its server and ends without measuring further. */
let interrupted = false;

/** Starts the bench server on `databaseUrl` and waits for the line telling where it listens. */
async function startServer(databaseUrl: string): Promise<BenchTarget> {
  const script = fileURLToPath(new URL('bench-server.ts', import.meta.url));
  const proc = spawn(process.execPath, ['--conditions=@basis/source', '--import', 'tsx', script], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  child = proc;
  const lines = createInterface({ input: proc.stdout });
  const exited = once(proc, 'exit').then((args) => {
    const [code, signal] = args as [number | null, NodeJS.Signals | null];
    throw new Error(`the bench server exited before it was ready (${signal ?? `exit code ${String(code)}`})`);
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the bench server was not ready within ${STARTUP_TIMEOUT_MS / 1000} s`)), STARTUP_TIMEOUT_MS);
  });
  try {
    const [line] = (await Promise.race([once(lines, 'line'), exited, timeout])) as [string];
    return JSON.parse(line) as BenchTarget;
  } finally {
    clearTimeout(timer);
    exited.catch(() => undefined);
    lines.close();
  }
}

/** The stop under way, if any: a second caller waits for the same one. */
let stopping: Promise<void> = Promise.resolve();

/** Asks the bench server to stop (it then closes its servers and removes its data) and waits for it. */
async function stopServer(): Promise<void> {
  const proc = child;
  child = undefined;
  if (proc && proc.exitCode === null && proc.signalCode === null) {
    stopping = (async () => {
      const exited = once(proc, 'exit');
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 15_000);
      const [code] = (await exited) as [number | null];
      clearTimeout(timer);
      if (code !== 0 && !interrupted) failures.push(`the bench server exited with code ${String(code)} while stopping`);
    })();
  }
  await stopping;
}

/** One request first, so that a broken route is reported with its answer rather than as a count. */
async function probe(target: Target): Promise<boolean> {
  const response = await fetch(target.url, { method: target.method, headers: target.headers, body: target.body });
  const text = await response.text();
  if (response.ok) return true;
  failures.push(`${target.name}: a first request answered ${response.status}: ${text.slice(0, 500)}`);
  return false;
}

/** One autocannon run; latencies are kept exactly (autocannon's own histogram rounds them to whole milliseconds). */
function run(target: Target, seconds: number): Promise<{ result: autocannon.Result; latencies: Float64Array }> {
  return new Promise((resolve, reject) => {
    let latencies = new Float64Array(1 << 16);
    let count = 0;
    const instance = autocannon(
      {
        url: target.url,
        method: target.method,
        connections: CONNECTIONS,
        duration: seconds,
        ...(target.headers ? { headers: target.headers } : {}),
        ...(target.body !== undefined ? { body: target.body } : {}),
      },
      (error: unknown, result) => {
        if (error) reject(error instanceof Error ? error : new Error(JSON.stringify(error)));
        else resolve({ result, latencies: latencies.subarray(0, count) });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode < 200 || statusCode > 299) return;
      if (count === latencies.length) {
        const grown = new Float64Array(latencies.length * 2);
        grown.set(latencies);
        latencies = grown;
      }
      latencies[count++] = responseTime;
    });
  });
}

/** The nearest-rank percentile of `values` (sorted here, in place). */
function percentile(values: Float64Array, p: number): number {
  if (values.length === 0) return NaN;
  values.sort();
  return values[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)]!;
}

function checkResult(leg: Leg, target: Target, phase: string, result: autocannon.Result): void {
  if (result.non2xx === 0 && result.errors === 0) return;
  const codes = Object.entries(result.statusCodeStats ?? {})
    .filter(([code]) => !code.startsWith('2'))
    .map(([code, { count }]) => `${count ?? 0}× ${code}`)
    .join(', ');
  failures.push(
    `${leg.name}, ${target.name} (${phase}): ${result.non2xx} non-2xx responses${codes ? ` (${codes})` : ''}, ` +
      `${result.errors} errors (${result.timeouts} timeouts)`,
  );
}

async function measure(leg: Leg, target: Target): Promise<Measurement | undefined> {
  if (!(await probe(target))) return undefined;
  process.stderr.write(`  ${target.name}: warm-up ${WARMUP_SECONDS} s, `);
  checkResult(leg, target, 'warm-up', (await run(target, WARMUP_SECONDS)).result);
  process.stderr.write(`measuring ${DURATION_SECONDS} s\n`);
  const { result, latencies } = await run(target, DURATION_SECONDS);
  checkResult(leg, target, 'measured run', result);
  return {
    name: target.name,
    requestsPerSecond: result.requests.mean,
    p99Ms: percentile(latencies, 99),
    requests: result.requests.total,
    failed: result.non2xx + result.errors,
  };
}

/** `value` as a multiple of `base`, with enough digits that a small ratio does not show as 0. */
function ratio(value: number, base: number): string {
  const r = value / base;
  if (!Number.isFinite(r)) return '–';
  return `${r.toFixed(r < 0.1 ? 3 : 2)}×`;
}

function printTable(leg: Leg, rows: Measurement[]): void {
  const hello = rows[0]!;
  const header = ['', 'requests/s', 'p99 ms', 'req/s vs hello', 'p99 vs hello', 'requests', 'failed'];
  const body = rows.map((row) => [
    row.name,
    row.requestsPerSecond.toFixed(0),
    Number.isNaN(row.p99Ms) ? '–' : row.p99Ms.toFixed(2),
    ratio(row.requestsPerSecond, hello.requestsPerSecond),
    ratio(row.p99Ms, hello.p99Ms),
    String(row.requests),
    String(row.failed),
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((cells) => cells[i]!.length)));
  const format = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log(`\n${leg.name}`);
  console.log(format(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const cells of body) console.log(format(cells));
}

async function benchLeg(leg: Leg): Promise<void> {
  process.stderr.write(`\n${leg.name}: starting the bench server and seeding…\n`);
  const server = await startServer(leg.databaseUrl);
  try {
    const path = `/v1/subjects/${server.subjectId}/consents`;
    const auth = { authorization: `Bearer ${server.key}` };
    const targets: Target[] = [
      { name: 'hello-world GET /', url: `${server.helloUrl}/`, method: 'GET' },
      { name: 'GET /v1/subjects/{id}/consents', url: `${server.basisUrl}${path}`, method: 'GET', headers: auth },
      {
        name: 'PUT /v1/subjects/{id}/consents/newsletter',
        url: `${server.basisUrl}${path}/newsletter`,
        method: 'PUT',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ legalBasis: 'consent', evidence: { ip: '203.0.113.7' } }),
      },
    ];
    const rows: Measurement[] = [];
    for (const target of targets) {
      if (interrupted) break;
      const row = await measure(leg, target);
      if (row) rows.push(row);
    }
    if (!interrupted && rows[0]?.name === targets[0]!.name) printTable(leg, rows);
  } finally {
    await stopServer();
  }
}

/** Fails early, and clearly, when the PostgreSQL server cannot be reached. */
async function checkPostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    console.error(`Cannot connect to PostgreSQL at ${redact(url)}: ${(error as Error).message}`);
    console.error('Start it, or point DATABASE_URL at a PostgreSQL server (postgres://…), and run the bench again.');
    process.exit(1);
  } finally {
    await client.end().catch(() => undefined);
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interrupted = true;
    process.stderr.write('\nInterrupted: stopping the bench server…\n');
    void stopServer().finally(() => process.exit(130));
  });
}

await checkPostgres(POSTGRES_URL);
console.log(
  `Basis bench: Node ${process.version}, ${availableParallelism()} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'}), ` +
    `autocannon with ${CONNECTIONS} connections, ${DURATION_SECONDS} s per run after a ${WARMUP_SECONDS} s warm-up`,
);
const legs: Leg[] = [
  { name: 'SQLite (temporary file)', databaseUrl: '' },
  { name: `PostgreSQL (${redact(POSTGRES_URL)}, schema of its own)`, databaseUrl: POSTGRES_URL },
];
try {
  for (const leg of legs) if (!interrupted) await benchLeg(leg);
} catch (error) {
  failures.push((error as Error).message);
} finally {
  await stopServer();
}
if (interrupted) process.exit(130);
if (failures.length > 0) {
  console.error(`\nThe bench failed:`);
  for (const failure of failures) console.error(`  - ${failure}`);
  process.exit(1);
}
