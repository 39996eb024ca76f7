/**
 * Product names by id for components that hold only an id (a review's
 * `replaced_by`). Every id asked for during one turn of the event loop goes
 * into a single `GET /api/products/?id__in=` request, so a page of review
 * cards costs one request, not one per card. A failed request is kept and
 * shown (the card says the name could not be loaded) and asked again later.
 */
import { products } from '../api/resources';
import { errorText } from '../forms.svelte';

/** The API's largest page: the most ids one request can answer. */
const MOST_PER_REQUEST = 1000;

class ProductNames {
  private names = $state<Record<number, string>>({});
  /** Why the last request failed, or null. */
  failed = $state<string | null>(null);
  private queued = new Set<number>();
  private asked = new Set<number>();

  /** Product `id`'s name once known; asks for it (batched) the first time. */
  name(id: number): string | undefined {
    const known = this.names[id];
    if (known === undefined && !this.asked.has(id)) {
      this.asked.add(id);
      this.queued.add(id);
      if (this.queued.size === 1) setTimeout(() => void this.flush(), 0);
    }
    return known;
  }

  private async flush(): Promise<void> {
    const ids = [...this.queued].slice(0, MOST_PER_REQUEST);
    for (const id of ids) this.queued.delete(id);
    if (this.queued.size > 0) setTimeout(() => void this.flush(), 0);
    try {
      const page = await products.list({ id__in: ids, page_size: ids.length });
      this.names = { ...this.names, ...Object.fromEntries(page.results.map((p) => [p.id, p.name])) };
      this.failed = null;
    } catch (e) {
      this.failed = errorText(e);
      // Asked again by the next card that needs one of them.
      for (const id of ids) this.asked.delete(id);
    }
  }
}

/** The one cache of product names. */
export const productNames = new ProductNames();
