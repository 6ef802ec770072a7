// Builds the visitor embed: packages/widgets/dist/embed/embed.js at a stable URL (cached briefly),
// everything it loads content-hashed under chunks/ (cached for a year).
import { fileURLToPath } from 'node:url';
import { type Rolldown, defaultClientConditions, defineConfig } from 'vite';
import { minifyLitTemplates } from './scripts/minify-lit-templates.js';

const widgets = fileURLToPath(new URL('./packages/widgets/', import.meta.url));

/** What embed.js itself holds: it only watches the page for Basis tags. */
const LOADER = /[\\/]embed[\\/](embed|lazy-define|visitor-elements)\.ts$|[\\/]base[\\/](define|api-root)\.ts$/;
/** The catalogs other than the default: each loads only on a page in its language. */
const OTHER_LOCALES = /[\\/]locales[\\/](?!en\.ts$|index\.ts$)/;

type Groups = NonNullable<Extract<Rolldown.OutputOptions['codeSplitting'], object>['groups']>;

// As shipped: everything the elements need in one file, fetched once the page uses a Basis tag.
// One file compresses a good kilobyte smaller than the same code cut into parts, and the first page
// that shows an element makes one request instead of four.
const shippedGroups: Groups = [{ name: 'visitor', test: (id) => !LOADER.test(id) && !OTHER_LOCALES.test(id) }];

// Cut into its parts (BASIS_EMBED_SPLIT=parts), for the size report of scripts/embed-size.mjs only.
const partGroups: Groups = [
  { name: 'lit', test: /node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/ },
  { name: 'sdk', test: /packages[\\/]sdk[\\/]|node_modules[\\/](ky|zod)[\\/]/ },
  { name: 'en', test: /packages[\\/]widgets[\\/]src[\\/]locales[\\/](en|index)\.ts$/ },
];

export default defineConfig({
  root: widgets,
  // The SDK is bundled from its TypeScript source, so the embed never waits for a separate SDK build.
  resolve: { conditions: ['@basis/source', ...defaultClientConditions] },
  plugins: [minifyLitTemplates(/packages[\\/]widgets[\\/]src[\\/]/)],
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
      // Lets the entry export what the elements share with it (the default server), instead of a
      // separate chunk that embed.js would have to fetch before it can do anything.
      preserveEntrySignatures: 'allow-extension',
      output: {
        minify: true,
        // Not even the minifier's /* @__PURE__ */ marks: the code is final, nothing bundles it again.
        comments: false,
        // Relative file names: every import resolves against the URL of the file that makes it.
        chunkFileNames: 'chunks/[name]-[hash].js',
        codeSplitting: { groups: process.env.BASIS_EMBED_SPLIT === 'parts' ? partGroups : shippedGroups },
      },
    },
  },
});
