import { type Purpose } from '@basis/sdk';
import { PurposeCreate, PurposePatch } from '@basis/sdk/contract';
import type { Catalog, CatalogEntry, FormValues } from './catalog.js';
import { changed, list, nameOf, numberOrEmpty, text } from './catalog.js';

const asPurpose = (entry: CatalogEntry) => entry as Purpose;

function editable(values: FormValues) {
  const retention = numberOrEmpty(values.retentionDays);
  return {
    name: text(values.name).trim(),
    description: text(values.description),
    allowedLegalBases: list(values.allowedLegalBases),
    defaultLegalBasis: text(values.defaultLegalBasis) || null,
    retentionDays: retention ?? null,
  };
}

export const purposes: Catalog = {
  name: 'purposes',
  needs: ['legalBases'],
  list: (client, signal) => client.purposes.list({ signal }),
  get: (client, key, signal) => client.purposes.get(key, { signal }),
  create: (client, body) => client.purposes.create(body as PurposeCreate),
  update: (client, key, patch) => client.purposes.update(key, patch),
  createSchema: PurposeCreate,
  patchSchema: PurposePatch,
  fields(m, lookups, entry) {
    const purpose = entry ? asPurpose(entry) : undefined;
    // A basis that was deactivated after it was allowed stays listed, so that the form does not drop it silently.
    const bases = lookups.legalBases.filter((basis) => basis.active || purpose?.allowedLegalBases.includes(basis.key));
    const options = bases.map((basis) => ({ value: basis.key, label: `${basis.name} (${m.articles[basis.article]})` }));
    return [
      { name: 'key', kind: 'text', label: m.fields.key, hint: m.fields.keyHint, required: true, maxLength: 64, readOnly: Boolean(entry) },
      { name: 'name', kind: 'text', label: m.fields.name, required: true, maxLength: 200 },
      { name: 'description', kind: 'textarea', label: m.fields.description, hint: m.fields.purposeDescriptionHint, maxLength: 4000 },
      { name: 'allowedLegalBases', kind: 'checkboxes', label: m.fields.allowedLegalBases, options },
      {
        name: 'defaultLegalBasis',
        kind: 'select',
        label: m.fields.defaultLegalBasis,
        hint: m.fields.defaultLegalBasisHint,
        emptyOption: m.fields.noDefault,
        options,
      },
      { name: 'retentionDays', kind: 'number', label: m.fields.retentionDays, hint: m.fields.retentionHint, min: 1, max: 36500 },
    ];
  },
  valuesOf(entry) {
    const purpose = entry ? asPurpose(entry) : undefined;
    return {
      key: purpose?.key ?? '',
      name: purpose?.name ?? '',
      description: purpose?.description ?? '',
      allowedLegalBases: purpose?.allowedLegalBases ?? [],
      defaultLegalBasis: purpose?.defaultLegalBasis ?? '',
      retentionDays: purpose?.retentionDays?.toString() ?? '',
    };
  },
  createBody(values) {
    const { defaultLegalBasis, retentionDays, ...rest } = editable(values);
    // Privacy by default: no default basis and no retention unless the user chose them.
    return {
      key: text(values.key).trim(),
      ...rest,
      ...(defaultLegalBasis ? { defaultLegalBasis } : {}),
      ...(retentionDays !== null ? { retentionDays } : {}),
    };
  },
  patchBody(values, entry) {
    return changed(editable(values), asPurpose(entry));
  },
  columns: [
    {
      header: (m) => m.fields.allowedLegalBases,
      cell: (entry, lookups) =>
        asPurpose(entry)
          .allowedLegalBases.map((key) => nameOf(lookups.legalBases, key))
          .join(', '),
    },
    {
      header: (m) => m.fields.defaultLegalBasis,
      cell: (entry, lookups, m) => nameOf(lookups.legalBases, asPurpose(entry).defaultLegalBasis) || m.none,
    },
    { header: (m) => m.fields.version, cell: (entry) => String(asPurpose(entry).version) },
  ],
};
