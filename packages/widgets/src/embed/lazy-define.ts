import { define } from '../base/define.js';

/** How to load an element's class: an `import()` of its chunk. */
export type ElementLoader = () => Promise<CustomElementConstructor>;

/**
 * Defines each element only once the page uses its tag: now if it is already there, else as soon
 * as it is added. Until then its code is not even downloaded.
 */
export function defineWhenUsed(elements: Readonly<Record<string, ElementLoader>>, root: Document = document): void {
  const waiting = new Map(Object.entries(elements));

  const defineUsed = () => {
    for (const [tag, load] of waiting) {
      if (!root.querySelector(tag)) continue;
      waiting.delete(tag);
      void load().then((element) => define(tag, element, root.defaultView?.customElements));
    }
    if (waiting.size === 0) observer.disconnect();
  };

  const observer = new MutationObserver(defineUsed);
  observer.observe(root.documentElement, { childList: true, subtree: true });
  defineUsed();
}
