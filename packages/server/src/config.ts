import { join } from 'node:path';
import * as z from 'zod/mini';

/** A setting that stops start-up; its message is one sentence a person can act on. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const Env = z.object({
  PORT: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(65535)), 8787),
  BASIS_DATA_DIR: z._default(z.string().check(z.minLength(1)), './data'),
  DATABASE_URL: z.optional(z.string().check(z.minLength(1))),
  BASIS_SECRET: z.optional(z.string().check(z.minLength(32, 'must be at least 32 characters long'))),
  PUBLIC_URL: z.optional(z.url({ protocol: /^https?$/ })),
  SMTP_URL: z.optional(z.url({ protocol: /^smtps?$/ })),
  MAIL_FROM: z.optional(z.string().check(z.regex(/^[^\r\n]*<?[^@\s<>]+@[^@\s<>]+>?$/))),
  TRUST_PROXY: z.optional(z.enum(['0', '1', 'true', 'false'])),
  BASIS_LEASE_SECONDS: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(3600)), 60),
});

export interface Config {
  port: number;
  dataDir: string;
  /** `postgres://…` or the path of an SQLite file. */
  databaseUrl: string;
  /** Unset: generated and kept in the data directory on first start. */
  secret: string | undefined;
  publicUrl: string;
  /** Unset: messages are kept in the outbox only (the built-in catcher). */
  smtpUrl: string | undefined;
  mailFrom: string;
  trustProxy: boolean;
  /**
   * How long an instance's claim on a message or a mailing lasts: if the instance stops, another
   * (or itself, restarted) takes the work over after this long.
   */
  leaseSeconds: number;
}

const MEANING: Record<string, string> = {
  PORT: 'a port number from 1 to 65535',
  BASIS_DATA_DIR: 'a directory',
  DATABASE_URL: 'postgres://user:password@host:5432/database or the path of an SQLite file',
  BASIS_SECRET: 'a random string of at least 32 characters',
  PUBLIC_URL: 'the http(s) URL at which people reach Basis, such as https://privacy.example.com',
  SMTP_URL: 'an smtp:// or smtps:// URL, such as smtps://user:password@mail.example.com:465',
  MAIL_FROM: 'a sender such as "Northwind Privacy <privacy@northwind.example>"',
  TRUST_PROXY: '1 or 0',
  BASIS_LEASE_SECONDS: 'a number of seconds from 1 to 3600',
};

/** Credentials in a URL never reach a message. */
const redact = (value: string) => value.replace(/\/\/[^@/]*@/, '//…@');

/** Reads the environment once; a bad setting throws a ConfigError naming the variable and what it should be. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = Env.safeParse(present);
  if (!result.success) {
    const name = String(result.error.issues[0]?.path[0] ?? 'configuration');
    const shown = name === 'BASIS_SECRET' ? 'set' : `"${redact(present[name] ?? '')}"`;
    throw new ConfigError(`${name} is ${shown}, but it must be ${MEANING[name] ?? 'valid'}.`);
  }
  const { PORT, BASIS_DATA_DIR, DATABASE_URL, BASIS_SECRET, PUBLIC_URL, SMTP_URL, MAIL_FROM, TRUST_PROXY, BASIS_LEASE_SECONDS } =
    result.data;
  if (DATABASE_URL && /^[a-z][a-z0-9+.-]*:\/\//i.test(DATABASE_URL) && !/^(postgres(ql)?|sqlite):\/\//i.test(DATABASE_URL)) {
    throw new ConfigError(`DATABASE_URL is "${redact(DATABASE_URL)}", but it must be ${MEANING.DATABASE_URL}.`);
  }
  return {
    port: PORT,
    dataDir: BASIS_DATA_DIR,
    databaseUrl: DATABASE_URL ?? join(BASIS_DATA_DIR, 'basis.db'),
    secret: BASIS_SECRET,
    publicUrl: (PUBLIC_URL ?? `http://localhost:${PORT}`).replace(/\/$/, ''),
    smtpUrl: SMTP_URL,
    mailFrom: MAIL_FROM ?? 'Basis <no-reply@localhost>',
    trustProxy: TRUST_PROXY === '1' || TRUST_PROXY === 'true',
    leaseSeconds: BASIS_LEASE_SECONDS,
  };
}
