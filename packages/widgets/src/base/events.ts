/** The events a Basis element may emit: every `basis-*` entry of the global event map. */
export type BasisEventName = Extract<keyof GlobalEventHandlersEventMap, `basis-${string}`>;

/** The `detail` an event carries, read from its entry in the global event map. */
export type BasisEventDetail<Name extends BasisEventName> =
  GlobalEventHandlersEventMap[Name] extends CustomEvent<infer Detail> ? Detail : never;

declare global {
  interface GlobalEventHandlersEventMap {
    /** Something went wrong talking to Basis; the element shows what the person can do about it. */
    'basis-error': CustomEvent<{ error: unknown }>;
  }
}
