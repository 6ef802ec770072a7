#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { Email, Name, ROLES, Role } from '@basis/sdk/contract';
import { ConfigError, loadConfig } from './config.js';
import { resolveSecret } from './secret.js';
import { seedDemo } from './seed.js';
import { startServer } from './server.js';
import { createApiKey } from './services/api-keys.js';
import { generatePassword } from './services/passwords.js';
import { addUser } from './services/users.js';
import { transaction } from './store/transaction.js';
import { listApiKeys, revokeApiKey } from './store/api-keys.js';
import type { Store } from './store/database.js';
import { openStore } from './store/dialect.js';
import { migrate } from './store/migrate.js';

const USAGE = `Usage: basis <command>

  serve                       start Basis (migrates, seeds demo data on an empty database)
  migrate                     bring the database schema up to date
  apikey create --name NAME [--role ROLE]
                              create an API key acting with ROLE's rights (default admin); it is shown once
  apikey list                 list API keys (never the keys themselves)
  apikey revoke ID|PREFIX     revoke an API key
  user create --email EMAIL --name NAME [--role ROLE]
                              add a console user (default role viewer) with a one-time password, shown once
  seed-demo                   add the demo purposes, topics and forms to an empty database

Roles: ${ROLES.join(', ')}.

Configuration comes from the environment: PORT, DATABASE_URL, BASIS_SECRET, PUBLIC_URL, BASIS_DATA_DIR,
SMTP_URL, MAIL_FROM, TRUST_PROXY.`;

/** Runs a command on the configured, migrated database. */
async function withStore<T>(run: (store: Store, migrated: string[]) => Promise<T>): Promise<T> {
  const store = openStore(loadConfig().databaseUrl);
  try {
    return await run(store, await migrate(store));
  } finally {
    await store.close();
  }
}

async function serveCommand(): Promise<void> {
  const config = loadConfig();
  const server = await startServer(config);
  console.log(`Basis is running on ${server.url} (${server.database}).`);
  console.log(server.mail === 'smtp' ? 'Mail goes out through SMTP_URL.' : 'No SMTP_URL: mail is kept in the outbox, not sent.');
  if (server.seeded) console.log('The database was empty: demo purposes, topics, settings and forms were added.');
  if (server.setupLink) console.log(`No one can sign in yet. Create the first administrator within 24 hours at: ${server.setupLink}`);
  console.log(`API reference: ${server.url}/docs · OpenAPI: ${server.url}/openapi.json`);
  console.log('Create an API key with: npx basis apikey create --name "my integration"');
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function apiKeyCommand(args: string[]): Promise<void> {
  const [action, ...rest] = args;
  if (action === 'create') {
    const { values } = parseArgs({ args: rest, options: { name: { type: 'string' }, role: { type: 'string' } } });
    const name = values.name?.trim();
    if (!name) throw new ConfigError('Give the key a name: basis apikey create --name NAME');
    // Only an operator with the server's shell gets here, so a key may do everything unless told otherwise.
    const role = roleOption(values.role, 'admin');
    const created = await withStore((store) => createApiKey(store, name, role));
    console.log(
      `Created API key "${created.name}" (id ${created.id}, role ${created.role}). Copy it now; it is not shown again:\n\n  ${created.key}\n`,
    );
  } else if (action === 'list') {
    const keys = await withStore((store) => listApiKeys(store.db));
    if (keys.length === 0) console.log('No API keys yet. Create one with: basis apikey create --name NAME');
    for (const key of keys) {
      console.log(`${key.id}  ${key.prefix}…  ${key.revokedAt ? `revoked ${key.revokedAt}` : 'active'}  ${key.role}  ${key.name}`);
    }
  } else if (action === 'revoke' && rest[0]) {
    const revoked = await withStore((store) => revokeApiKey(store.db, rest[0]!, new Date().toISOString()));
    if (!revoked) throw new ConfigError(`There is no active API key "${rest[0]}".`);
    console.log(`Revoked API key ${rest[0]}.`);
  } else {
    throw new ConfigError('Use: basis apikey create --name NAME [--role ROLE] | apikey list | apikey revoke ID');
  }
}

function roleOption(value: string | undefined, fallback: Role): Role {
  if (value === undefined) return fallback;
  const role = Role.safeParse(value);
  if (!role.success) throw new ConfigError(`There is no role "${value}". The roles are: ${ROLES.join(', ')}.`);
  return role.data;
}

/** Adds a console user with a generated password that works once: it is printed here and nowhere else. */
async function userCommand(args: string[]): Promise<void> {
  const [action, ...rest] = args;
  if (action !== 'create') throw new ConfigError('Use: basis user create --email EMAIL --name NAME [--role ROLE]');
  const { values } = parseArgs({ args: rest, options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' } } });
  const email = Email.safeParse(values.email ?? '');
  if (!email.success) throw new ConfigError(`Give the user's email address: --email is "${values.email ?? ''}", which is not one.`);
  const name = Name.safeParse(values.name ?? '');
  if (!name.success) throw new ConfigError('Give the user a name: basis user create --email EMAIL --name NAME');
  const role = roleOption(values.role, 'viewer');
  const password = generatePassword();
  const user = await withStore((store) =>
    transaction(store, async (trx) => {
      const existing = await trx.selectFrom('users').select('id').where('email', '=', email.data).executeTakeFirst();
      if (existing) throw new ConfigError(`There is already a user with the email "${email.data}".`);
      return addUser(trx, { email: email.data, name: name.data, role, password, passwordChangeRequired: true });
    }),
  );
  console.log(
    `Added ${user.name} <${user.email}> as ${user.role} (id ${user.id}). Their one-time password, shown only now:\n\n  ${password}\n\nThey sign in at /admin with it and choose a password of their own.`,
  );
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve':
      return serveCommand();
    case 'migrate': {
      const ran = await withStore((_store, migrated) => Promise.resolve(migrated));
      console.log(ran.length ? `Ran ${ran.join(', ')}.` : 'The database is up to date.');
      return;
    }
    case 'apikey':
      return apiKeyCommand(rest);
    case 'user':
      return userCommand(rest);
    case 'seed-demo': {
      const config = loadConfig();
      const links = { secret: resolveSecret(config.secret, config.dataDir), publicUrl: config.publicUrl };
      const seeded = await withStore((store) => seedDemo(store, links));
      console.log(
        seeded ? 'Added the demo purposes, topics, settings and forms.' : 'The database already has purposes; nothing was added.',
      );
      return;
    }
    case undefined:
    case 'help':
    case '--help':
      console.log(USAGE);
      return;
    default:
      throw new ConfigError(`Unknown command "${command}".\n\n${USAGE}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`basis: ${error.message}`);
  else console.error('basis: could not run:', error instanceof Error ? error.message : error);
  process.exit(1);
});
