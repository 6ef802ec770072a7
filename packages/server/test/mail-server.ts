import type { AddressInfo } from 'node:net';
import { after } from 'node:test';
import { SMTPServer } from 'smtp-server';

export interface Received {
  to: string[];
  raw: string;
  /** The Message-ID header: a retried message keeps its id. */
  messageId: string | undefined;
}

/**
 * A real SMTP server, in this process, that keeps what it receives; `reject` makes it refuse
 * recipients, `delayMs` makes it take that long over each message, like a server far away.
 */
export async function mailServer(
  options: { delayMs?: number } = {},
): Promise<{ url: string; received: Received[]; reject: { on: boolean } }> {
  const received: Received[] = [];
  const reject = { on: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      callback(reject.on ? Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }) : undefined);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString();
        const messageId = /^Message-ID:\s*(<[^>]+>)/im.exec(raw)?.[1];
        setTimeout(() => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, messageId });
          callback();
        }, options.delayMs ?? 0);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`, received, reject };
}
