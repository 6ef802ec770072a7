// Builds the visitor embed: packages/widgets/dist/embed/embed.js at a stable URL (cached briefly),
// everything it loads content-hashed under chunks/ (cached for a year).
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';

const widgets = fileURLToPath(new URL('./packages/widgets/', import.meta.url));

export default defineConfig({
  root: widgets,
  // The SDK is bundled from its TypeScript source, so the embed never waits for a separate SDK build.
  resolve: { conditions: ['@basis/source', ...defaultClientConditions] },
  build: {
    outDir: 'dist/embed',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    lib: {
      entry: 'src/embed/embed.ts',
      formats: ['es'],
      fileName: () => 'embed.js',
    },
    rolldownOptions: {
      // Lets the entry export what the element chunks share with it (the default server), instead of
      // a separate chunk that embed.js would have to fetch before it can do anything.
      preserveEntrySignatures: 'allow-extension',
      output: {
        minify: true,
        // Relative file names: every import resolves against the URL of the file that makes it.
        chunkFileNames: 'chunks/[name]-[hash].js',
        codeSplitting: {
          // Shared by every element and rarely changing: their own chunks stay cached across releases.
          // The default catalog gets its own chunk too, so the size check can report each part.
          groups: [
            { name: 'lit', test: /node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/ },
            { name: 'sdk', test: /packages[\\/]sdk[\\/]|node_modules[\\/](ky|zod)[\\/]/ },
            { name: 'en', test: /packages[\\/]widgets[\\/]src[\\/]locales[\\/](en|index)\.ts$/ },
          ],
        },
      },
    },
  },
});
