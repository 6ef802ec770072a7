import type { LegalBasis } from '@basis/sdk';
import { Article, LegalBasisCreate, LegalBasisPatch } from '@basis/sdk/contract';
import type { Catalog, CatalogEntry, FormValues } from './catalog.js';
import { changed, text } from './catalog.js';

const asBasis = (entry: CatalogEntry) => entry as LegalBasis;

const editable = (values: FormValues) => ({ name: text(values.name).trim(), description: text(values.description) });

export const legalBases: Catalog = {
  name: 'legal-bases',
  needs: [],
  list: (client, signal) => client.legalBases.list({ signal }),
  get: async (client, key, signal) => (await client.legalBases.list({ signal })).find((basis) => basis.key === key),
  create: (client, body) => client.legalBases.create(body as LegalBasisCreate),
  update: (client, key, patch) => client.legalBases.update(key, patch),
  createSchema: LegalBasisCreate,
  patchSchema: LegalBasisPatch,
  fields(m, _lookups, entry) {
    return [
      { name: 'key', kind: 'text', label: m.fields.key, hint: m.fields.keyHint, required: true, maxLength: 64, readOnly: Boolean(entry) },
      { name: 'name', kind: 'text', label: m.fields.name, required: true, maxLength: 200 },
      {
        name: 'article',
        kind: 'select',
        label: m.fields.article,
        hint: m.fields.articleHint,
        required: true,
        emptyOption: m.chooseOne,
        options: Article.options.map((article) => ({ value: article, label: m.articles[article] })),
        readOnly: Boolean(entry),
      },
      { name: 'description', kind: 'textarea', label: m.fields.description, maxLength: 4000 },
    ];
  },
  valuesOf(entry) {
    const basis = entry ? asBasis(entry) : undefined;
    return { key: basis?.key ?? '', name: basis?.name ?? '', article: basis?.article ?? '', description: basis?.description ?? '' };
  },
  createBody(values) {
    return { key: text(values.key).trim(), ...editable(values), article: text(values.article) || undefined };
  },
  patchBody(values, entry) {
    return changed(editable(values), asBasis(entry));
  },
  columns: [{ header: (m) => m.fields.article, cell: (entry, _lookups, m) => m.articles[asBasis(entry).article] }],
};
