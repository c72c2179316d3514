/** A finished response the front keeps: what to send, already compressed both ways. */
export type StoredPage = {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  gzip: Buffer;
  brotli: Buffer;
  etag: string;
  storedAt: number;
};

const entrySize = (page: StoredPage) => page.body.length + page.gzip.length + page.brotli.length + 512;

/**
 * Pages by key, least recently used dropped first once the bytes exceed the budget; memory stays bounded however
 * many different URLs (or query strings) readers ask for.
 */
export class PageStore {
  private readonly pages = new Map<string, StoredPage>();
  private bytes = 0;

  constructor(private readonly budgetBytes: number) {}

  get(key: string): StoredPage | undefined {
    const page = this.pages.get(key);
    if (page) {
      this.pages.delete(key);
      this.pages.set(key, page);
    }
    return page;
  }

  set(key: string, page: StoredPage): void {
    this.delete(key);
    if (entrySize(page) > this.budgetBytes) return;
    this.pages.set(key, page);
    this.bytes += entrySize(page);
    for (const [oldest, old] of this.pages) {
      if (this.bytes <= this.budgetBytes) break;
      this.pages.delete(oldest);
      this.bytes -= entrySize(old);
    }
  }

  delete(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.bytes -= entrySize(page);
  }

  clear(): void {
    this.pages.clear();
    this.bytes = 0;
  }

  get size(): { pages: number; bytes: number } {
    return { pages: this.pages.size, bytes: this.bytes };
  }
}
