import type { BasisClient, LegalBasis, Purpose } from '@basis/sdk';
import type { TemplateResult } from 'lit';
import type { ContractSchema } from '../forms/contract-errors.js';
import type { ConsoleMessages } from '../locales/index.js';
import type { CatalogName } from '../routing/routes.js';
import type { FieldSpec, FieldValue } from '../ui/fields.js';

export { changed, list, numberOrEmpty, text } from '../forms/form-values.js';

/** What purposes, legal bases, sources and topics have in common. */
export interface CatalogEntry {
  readonly key: string;
  readonly name: string;
  readonly description: string;
  readonly active: boolean;
  readonly builtin?: boolean;
}

/** The other catalogs an entry's form and list refer to: the legal bases of a purpose, the purpose of a topic. */
export interface Lookups {
  readonly legalBases: readonly LegalBasis[];
  readonly purposes: readonly Purpose[];
}

export type FormValues = Record<string, FieldValue>;

export interface Column {
  readonly header: (m: ConsoleMessages) => string;
  readonly cell: (entry: CatalogEntry, lookups: Lookups, m: ConsoleMessages) => TemplateResult | string;
}

/**
 * One catalog of processing, described once: how to read and write it through the SDK, its form
 * (field names are the API's, so its errors land under them), and the columns of its list.
 */
export interface Catalog {
  readonly name: CatalogName;
  /** Which other catalogs its form and list need. */
  readonly needs: readonly (keyof Lookups)[];
  list(client: BasisClient, signal: AbortSignal): Promise<CatalogEntry[]>;
  get(client: BasisClient, key: string, signal: AbortSignal): Promise<CatalogEntry | undefined>;
  create(client: BasisClient, body: unknown): Promise<CatalogEntry>;
  /** Absent when the API cannot change an entry once it exists. */
  readonly update?: (client: BasisClient, key: string, patch: Record<string, unknown>) => Promise<CatalogEntry>;
  readonly createSchema: ContractSchema;
  readonly patchSchema: ContractSchema;
  /** The form; with `entry`, for changing it (what cannot change is read-only). */
  fields(m: ConsoleMessages, lookups: Lookups, entry?: CatalogEntry): FieldSpec[];
  valuesOf(entry?: CatalogEntry): FormValues;
  createBody(values: FormValues): Record<string, unknown>;
  /** Only what differs from `entry`: an unchanged text must not make a new version. */
  patchBody(values: FormValues, entry: CatalogEntry): Record<string, unknown>;
  readonly columns: readonly Column[];
}

export const nameOf = (entries: readonly { key: string; name: string }[], key: string | null): string =>
  key === null ? '' : (entries.find((entry) => entry.key === key)?.name ?? key);
