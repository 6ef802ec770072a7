import type { LegalBasis, Purpose, Source } from '@basis/sdk';
import type { ConsoleMessages } from '../locales/index.js';
import type { FormDesign } from './form-design.js';

/** The catalogs a form refers to: the purposes of its boxes, the bases they record, its source. */
export interface Lookups {
  readonly purposes: readonly Purpose[];
  readonly legalBases: readonly LegalBasis[];
  readonly sources: readonly Source[];
}

/** The lists of a design whose entries move and are removed one by one. */
export type DesignList = 'fields' | 'consentItems';

/**
 * What the parts of the designer read and call. Their controls are named by the API's field paths
 * (`fields.1.label.de`), which are also the design's own: the designer's one input listener writes
 * what is typed into the design by that name. Changes of structure go through the designer, which
 * asks before removing and keeps the focus in place.
 */
export interface DesignEditor {
  readonly m: ConsoleMessages;
  readonly design: FormDesign;
  /** The language whose texts are being edited and previewed. */
  readonly language: string;
  readonly lookups: Lookups;
  /** A language's name in the console's language: "German". */
  languageName(tag: string): string;
  errorsOf(name: string): readonly string[];
  /** Adds to the design (a field, a choice, a box); the focus then goes to the control named. */
  add(apply: () => void, focus: string): void;
  /** Removes a choice of a list field at once: it holds nothing anyone gave. */
  removeOption(fieldIndex: number, optionIndex: number): void;
  move(list: DesignList, index: number, by: -1 | 1): void;
  /** Removes a field or a box, once the user has confirmed it. */
  remove(list: DesignList, index: number): void;
}
