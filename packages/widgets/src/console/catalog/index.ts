import type { BasisClient } from '@basis/sdk';
import type { CatalogName } from '../routing/routes.js';
import type { Catalog, Lookups } from './catalog.js';
import { legalBases } from './legal-bases.js';
import { purposes } from './purposes.js';
import { sources } from './sources.js';
import { topics } from './topics.js';

export const CATALOG_OF: Readonly<Record<CatalogName, Catalog>> = {
  purposes,
  'legal-bases': legalBases,
  sources,
  topics,
};

/** Loads the other catalogs a catalog refers to, and only those. */
export async function loadLookups(catalog: Catalog, client: BasisClient, signal: AbortSignal): Promise<Lookups> {
  const [legalBasesList, purposesList] = await Promise.all([
    catalog.needs.includes('legalBases') ? client.legalBases.list({ signal }) : [],
    catalog.needs.includes('purposes') ? client.purposes.list({ signal }) : [],
  ]);
  return { legalBases: legalBasesList, purposes: purposesList };
}
