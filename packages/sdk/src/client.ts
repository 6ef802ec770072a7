import { healthEndpoints, type Health } from './contract/health.js';
import { Forms } from './resources/forms.js';
import { LegalBases } from './resources/legal-bases.js';
import { Ledger } from './resources/ledger.js';
import { Purposes } from './resources/purposes.js';
import { Settings } from './resources/settings.js';
import { Sources } from './resources/sources.js';
import { Subjects } from './resources/subjects.js';
import { Topics } from './resources/topics.js';
import { type CallOptions, type TransportOptions, createTransport } from './transport.js';

export interface BasisClientOptions extends Omit<TransportOptions, 'bearer'> {
  /** From `basis apikey create`. */
  apiKey?: string;
}

/** The Basis API, one property per resource. */
export interface BasisClient {
  legalBases: LegalBases;
  sources: Sources;
  purposes: Purposes;
  topics: Topics;
  subjects: Subjects;
  ledger: Ledger;
  settings: Settings;
  forms: Forms;
  /** Whether Basis and its database answer. */
  health(options?: CallOptions): Promise<Health>;
}

export function createBasisClient(options: BasisClientOptions): BasisClient {
  const { apiKey, ...rest } = options;
  const transport = createTransport({ ...rest, ...(apiKey ? { bearer: apiKey } : {}) });
  return {
    legalBases: new LegalBases(transport),
    sources: new Sources(transport),
    purposes: new Purposes(transport),
    topics: new Topics(transport),
    subjects: new Subjects(transport),
    ledger: new Ledger(transport),
    settings: new Settings(transport),
    forms: new Forms(transport),
    health: (callOptions) => transport.call(healthEndpoints.get, {}, callOptions),
  };
}
