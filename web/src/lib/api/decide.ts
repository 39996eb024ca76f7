/**
 * The views that help a member decide (issue 13): compare products, a
 * product's alternatives, how data flows in and out of products, and
 * where organizations moved when they dropped one.
 */
import { api } from './client';
import type { ListParams, Paginated } from './types';

/** A reference row named by reviews, with how many name it. */
export interface Counted {
  id: number;
  name: string;
  count: number;
}

/** One product of `GET /api/compare/`: figures over the cohort, and over everyone. */
export interface Compared {
  id: number;
  name: string;
  domain: number;
  subject: number | null;
  nps: number | null;
  review_count: number;
  ratings: Record<string, number>;
  organization_count: number;
  deprecated_count: number;
  usage_types: Counted[];
  /** Data in: `how_push`. */
  data_in: Counted[];
  /** Data out: `how_pull`. */
  data_out: Counted[];
  overall: { nps: number | null; review_count: number };
}

/** Two to four products side by side, over the cohort (`organization__org_type`...). */
export async function compare(ids: number[], cohort: ListParams, signal?: AbortSignal): Promise<Compared[]> {
  const found = await api.get<{ products: Compared[] }>('/compare/', {
    params: { products: ids, ...cohort },
    signal,
  });
  return found.products;
}

/** One alternative to a product. */
export interface Alternative {
  id: number;
  name: string;
  subject: number | null;
  same_subject: boolean;
  nps: number | null;
  review_count: number;
  too_few_reviews: boolean;
}

/** `GET /api/products/{id}/alternatives/`. */
export interface Alternatives {
  product: number;
  /** Fewer reviews than this in the cohort: `too_few_reviews`. */
  threshold: number;
  cohort: {
    /** The viewer's organization, when the cohort is organizations like it. */
    like_organization: number | null;
    org_types: number[] | null;
    locations: number[] | null;
  };
  results: Alternative[];
}

/**
 * Other products of product `id`'s domain, ranked by NPS among
 * organizations like the viewer's (or the cohort given, or everyone with
 * `cohort: 'all'`).
 */
export function alternatives(id: number, params: ListParams, signal?: AbortSignal): Promise<Alternatives> {
  return api.get<Alternatives>(`/products/${id}/alternatives/`, { params, signal });
}

/** How data goes in and out of one product. */
export interface DataFlow {
  id: number;
  name: string;
  domain: number;
  review_count: number;
  data_in: Counted[];
  data_out: Counted[];
}

/** `GET /api/organizations/{id}/data-flows/`: its products in use against interfaces. */
export interface OrganizationFlows {
  organization: number;
  interfaces: { id: number; name: string }[];
  products: DataFlow[];
}

export function organizationFlows(id: number | string, signal?: AbortSignal): Promise<OrganizationFlows> {
  return api.get<OrganizationFlows>(`/organizations/${id}/data-flows/`, { signal });
}

/** `GET /api/data-flows/`: per product, community-wide, a page at a time. */
export function communityFlows(params: ListParams, signal?: AbortSignal): Promise<Paginated<DataFlow>> {
  return api.list<DataFlow>('/data-flows/', params, signal);
}

/** Reviews that moved between a product and another one (`replaced_by`). */
export interface Moved {
  /** The other product. */
  id: number;
  name: string;
  /** Reviews that made this move. */
  count: number;
  /** The latest of them (`YYYY-MM-DD`): when the product was dropped, else when the review was last written. */
  last_at: string;
}

/** `GET /api/products/{id}/moves/`: where its reviewers went, and where those who came to it left. */
export interface ProductMoves {
  product: number;
  moved_to: Moved[];
  moved_from: Moved[];
}

export function productMoves(id: number, signal?: AbortSignal): Promise<ProductMoves> {
  return api.get<ProductMoves>(`/products/${id}/moves/`, { signal });
}

/** One move between two products, over every review that made it. */
export interface Move {
  from: { id: number; name: string };
  to: { id: number; name: string };
  count: number;
  last_at: string;
}

/** `GET /api/moves/`: the largest moves between products (leaving or reaching a product of `domain`). */
export function largestMoves(params: ListParams, signal?: AbortSignal): Promise<Paginated<Move>> {
  return api.list<Move>('/moves/', params, signal);
}
