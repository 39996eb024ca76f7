/** Shapes shared by every resource client (see shared/docs/api.md). */
import type { components } from './schema';

/** One page of a collection, as Django REST Framework writes it (the
 * document's `Paginated<Name>List`, whose `results` are `T`). */
export type Paginated<T> = Omit<components['schemas']['PaginatedProductList'], 'results'> & { results: T[] };

/** A filter value: lists are sent comma-separated (for `field__in`). */
export type FilterValue = string | number | boolean | null | readonly (string | number)[];

/**
 * Query parameters of a collection list. Besides the common ones, any
 * django-filter parameter the collection declares (`domain`, `rating__gte`,
 * `product__domain`, `name__icontains`...). `undefined` values are left out.
 */
export interface ListParams {
  /** 1-based page number. */
  page?: number;
  /** Rows per page (server default 250, capped at 1000). */
  page_size?: number;
  /** Whitespace-separated terms, all of which must match. */
  search?: string;
  /** Comma-separated fields, `-` for descending: `-rating,name`. */
  ordering?: string;
  [filter: string]: FilterValue | undefined;
}

/** Field name → messages, `non_field_errors` for the record as a whole. */
export type FieldErrors = Record<string, string[]>;
