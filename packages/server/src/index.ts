export { createApp, VERSION } from './app.js';
export { loadConfig, ConfigError, type Config } from './config.js';
export { startServer, type RunningServer } from './server.js';
export { openStore, isPostgresUrl } from './store/dialect.js';
export { migrate } from './store/migrate.js';
export { openScratchSchema, type ScratchSchema } from './store/scratch-schema.js';
export { seedDemo, demoManageLink, DEMO_PERSON } from './seed.js';
export { createApiKey } from './services/api-keys.js';
export type { Store } from './store/database.js';
