import { SourceCreate } from '@basis/sdk/contract';
import type { Catalog } from './catalog.js';
import { text } from './catalog.js';

/** Sources are created and then stay as they are: the API has no change for them. */
export const sources: Catalog = {
  name: 'sources',
  needs: [],
  list: (client, signal) => client.sources.list({ signal }),
  get: async (client, key, signal) => (await client.sources.list({ signal })).find((source) => source.key === key),
  create: (client, body) => client.sources.create(body as SourceCreate),
  createSchema: SourceCreate,
  patchSchema: SourceCreate,
  fields(m, _lookups, entry) {
    return [
      { name: 'key', kind: 'text', label: m.fields.key, hint: m.fields.keyHint, required: true, maxLength: 64, readOnly: Boolean(entry) },
      { name: 'name', kind: 'text', label: m.fields.name, required: true, maxLength: 200 },
      { name: 'description', kind: 'textarea', label: m.fields.description, maxLength: 4000 },
    ];
  },
  valuesOf(entry) {
    return { key: entry?.key ?? '', name: entry?.name ?? '', description: entry?.description ?? '' };
  },
  createBody(values) {
    return { key: text(values.key).trim(), name: text(values.name).trim(), description: text(values.description) };
  },
  patchBody() {
    return {};
  },
  columns: [{ header: (m) => m.fields.description, cell: (entry) => entry.description }],
};
