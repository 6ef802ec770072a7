/**
 * Registers a custom element unless its tag is taken. A page may load the embed script and an npm
 * build of the same elements, or load the script twice: the first definition wins, and nothing
 * throws.
 */
export function define(tag: string, element: CustomElementConstructor, registry: CustomElementRegistry = customElements): void {
  if (!registry.get(tag)) registry.define(tag, element);
}
