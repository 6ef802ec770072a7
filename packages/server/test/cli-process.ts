import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

// The `basis` command in a process of its own, as an operator runs it.

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const NODE_ARGS = ['--conditions=@basis/source', '--import', 'tsx', CLI];

export function basis(env: Record<string, string>, ...args: string[]) {
  const result = spawnSync(process.execPath, [...NODE_ARGS, ...args], {
    env: { ...process.env, DATABASE_URL: '', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts `basis serve` and resolves once it says where it runs. */
export async function serve(env: Record<string, string>): Promise<{ child: ChildProcess; output: string }> {
  const child = spawn(process.execPath, [...NODE_ARGS, 'serve'], { env: { ...process.env, DATABASE_URL: '', ...env } });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('API reference')) resolve();
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`basis serve exited with ${code}: ${output}`)));
  });
  return { child, output };
}

export async function stop(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  return exited;
}
