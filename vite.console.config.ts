// Builds the admin console: packages/widgets/dist/console/index.html, which the server hosts at
// /admin (and for every deep link under it), loading one content-hashed module script. Nothing is
// inlined, so the page runs under `Content-Security-Policy: default-src 'self'`.
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';

const consoleSource = fileURLToPath(new URL('./packages/widgets/src/console/', import.meta.url));
const consoleDist = fileURLToPath(new URL('./packages/widgets/dist/console/', import.meta.url));

export default defineConfig({
  root: consoleSource,
  // Absolute asset URLs: /admin/persons/… serves the same index.html, whose scripts must still resolve.
  base: '/admin/',
  // The SDK is bundled from its TypeScript source, like the embed.
  resolve: { conditions: ['@basis/source', ...defaultClientConditions] },
  build: {
    outDir: consoleDist,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // The preload polyfill is an inline script; every browser the console supports preloads modules itself.
    modulePreload: { polyfill: false },
    // No asset is small enough to be worth a data: URL, which the CSP would refuse anyway.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: { minify: true },
    },
  },
});
