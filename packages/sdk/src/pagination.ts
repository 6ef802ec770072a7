export interface PageOf<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * A list the server hands out page by page. Iterate it with `for await` to get every item
 * (pages are fetched as you go), or walk `pages()`, or take just the `firstPage()`.
 */
export class Paginated<T> implements AsyncIterable<T> {
  constructor(private readonly fetchPage: (cursor: string | undefined) => Promise<PageOf<T>>) {}

  firstPage(): Promise<PageOf<T>> {
    return this.fetchPage(undefined);
  }

  async *pages(): AsyncGenerator<PageOf<T>> {
    let cursor: string | undefined;
    do {
      const page = await this.fetchPage(cursor);
      yield page;
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    for await (const page of this.pages()) yield* page.items;
  }

  /** Every item, at most `limit` of them. */
  async toArray(limit = Infinity): Promise<T[]> {
    const items: T[] = [];
    if (limit <= 0) return items;
    // Stop as soon as the limit is reached: asking for one more item would fetch a page for nothing.
    for await (const item of this) {
      items.push(item);
      if (items.length >= limit) break;
    }
    return items;
  }
}
