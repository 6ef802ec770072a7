import { ConfigError, allowEmbedOrigin, demoForms, demoManageLink, loadConfig, startServer } from '@basis/server';
import { serveDemoSite } from './site.js';

/** `npm start`: Basis, and the demo company site that embeds it. */
async function start(): Promise<void> {
  const config = loadConfig();
  const basis = await startServer(config);
  const demo = await serveDemoSite({
    port: Number(process.env.DEMO_PORT ?? 8788),
    basisUrl: basis.url,
    forms: await demoForms(basis.store),
  });
  // The demo embeds Basis from its own origin, whichever port it runs on.
  await allowEmbedOrigin(basis.store, demo.url);
  const link = await demoManageLink(basis);
  console.log(`Basis is running on ${basis.url} (${basis.database}).`);
  if (basis.seeded) console.log('The database was empty: demo purposes, topics, settings, forms and a demo person were added.');
  console.log(basis.mail === 'smtp' ? 'Mail goes out through SMTP_URL.' : 'No SMTP_URL: mail is kept in the outbox, not sent.');
  console.log(`API reference: ${basis.url}/docs · OpenAPI: ${basis.url}/openapi.json`);
  if (basis.setupLink) console.log(`No one can sign in yet. Create the first administrator within 24 hours at: ${basis.setupLink}`);
  console.log(`Demo company site: ${demo.url} (newsletter sign-up on the home page, contact form at ${demo.url}/contact)`);
  console.log(`  "Maintain my subscriptions" for the demo person: ${demo.url}/preferences?token=${link.token}`);
  console.log('Create an API key with: npx basis apikey create --name "my integration"');
  const stop = () => {
    Promise.all([demo.close(), basis.close()]).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

start().catch((error: unknown) => {
  console.error(
    `basis: ${error instanceof ConfigError ? error.message : `could not start: ${error instanceof Error ? error.message : String(error)}`}`,
  );
  process.exit(1);
});
