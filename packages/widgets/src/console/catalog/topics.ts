import type { Topic } from '@basis/sdk';
import { TopicCreate, TopicPatch } from '@basis/sdk/contract';
import type { Catalog, CatalogEntry, FormValues } from './catalog.js';
import { changed, nameOf, numberOrEmpty, text } from './catalog.js';

const asTopic = (entry: CatalogEntry) => entry as Topic;

function editable(values: FormValues) {
  const order = numberOrEmpty(values.order);
  return {
    name: text(values.name).trim(),
    description: text(values.description),
    purpose: text(values.purpose) || undefined,
    ...(order !== undefined ? { order } : {}),
  };
}

export const topics: Catalog = {
  name: 'topics',
  needs: ['purposes'],
  list: (client, signal) => client.topics.list({ signal }),
  get: async (client, key, signal) => (await client.topics.list({ signal })).find((topic) => topic.key === key),
  create: (client, body) => client.topics.create(body as TopicCreate),
  update: (client, key, patch) => client.topics.update(key, patch),
  createSchema: TopicCreate,
  patchSchema: TopicPatch,
  fields(m, lookups, entry) {
    const topic = entry ? asTopic(entry) : undefined;
    const purposes = lookups.purposes.filter((purpose) => purpose.active || purpose.key === topic?.purpose);
    return [
      { name: 'key', kind: 'text', label: m.fields.key, hint: m.fields.keyHint, required: true, maxLength: 64, readOnly: Boolean(entry) },
      { name: 'name', kind: 'text', label: m.fields.name, required: true, maxLength: 200 },
      { name: 'description', kind: 'textarea', label: m.fields.description, maxLength: 4000 },
      {
        name: 'purpose',
        kind: 'select',
        label: m.fields.purpose,
        required: true,
        emptyOption: m.chooseOne,
        options: purposes.map((purpose) => ({ value: purpose.key, label: purpose.name })),
      },
      { name: 'order', kind: 'number', label: m.fields.order, hint: m.fields.orderHint, min: 0, max: 100000 },
    ];
  },
  valuesOf(entry) {
    const topic = entry ? asTopic(entry) : undefined;
    return {
      key: topic?.key ?? '',
      name: topic?.name ?? '',
      description: topic?.description ?? '',
      purpose: topic?.purpose ?? '',
      order: topic?.order.toString() ?? '',
    };
  },
  createBody(values) {
    return { key: text(values.key).trim(), ...editable(values) };
  },
  patchBody(values, entry) {
    return changed(editable(values), asTopic(entry));
  },
  columns: [
    { header: (m) => m.fields.purpose, cell: (entry, lookups) => nameOf(lookups.purposes, asTopic(entry).purpose) },
    { header: (m) => m.fields.order, cell: (entry) => String(asTopic(entry).order) },
  ],
};
