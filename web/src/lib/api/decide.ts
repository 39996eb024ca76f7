/**
 * The views that help a member decide (issue 13): compare products, a
 * product's alternatives, how data flows in and out of products, and
 * where organizations moved when they dropped one.
 */
import { api } from './client';
import type { components } from './schema';
import type { ListParams, Paginated } from './types';

type Schemas = components['schemas'];

/** One product of `GET /api/compare/`: figures over the cohort, and over everyone. */
export type Compared = Schemas['Comparison']['products'][number];

/** A reference row named by reviews, with how many name it. */
export type Counted = Compared['data_in'][number];

/** Two to four products side by side, over the cohort (`organization__org_type`...). */
export async function compare(ids: number[], cohort: ListParams, signal?: AbortSignal): Promise<Compared[]> {
  const found = await api.get<Schemas['Comparison']>('/compare/', {
    params: { products: ids, ...cohort },
    signal,
  });
  return found.products;
}

/** `GET /api/products/{id}/alternatives/`. */
export type Alternatives = Schemas['Alternatives'];

/** One alternative to a product. */
export type Alternative = Alternatives['results'][number];

/**
 * Other products of product `id`'s domain, ranked by NPS among
 * organizations like the viewer's (or the cohort given, or everyone with
 * `cohort: 'all'`).
 */
export function alternatives(id: number, params: ListParams, signal?: AbortSignal): Promise<Alternatives> {
  return api.get<Alternatives>(`/products/${id}/alternatives/`, { params, signal });
}

/** How data goes in and out of one product. */
export type DataFlow = Schemas['DataFlow'];

/** `GET /api/organizations/{id}/data-flows/`: its products in use against interfaces. */
export type OrganizationFlows = Schemas['OrganizationDataFlows'];

export function organizationFlows(id: number | string, signal?: AbortSignal): Promise<OrganizationFlows> {
  return api.get<OrganizationFlows>(`/organizations/${id}/data-flows/`, { signal });
}

/** `GET /api/data-flows/`: per product, community-wide, a page at a time. */
export function communityFlows(params: ListParams, signal?: AbortSignal): Promise<Paginated<DataFlow>> {
  return api.list<DataFlow>('/data-flows/', params, signal);
}

/** `GET /api/products/{id}/moves/`: where its reviewers went, and where those who came to it left. */
export type ProductMoves = Schemas['ProductMoves'];

/** Reviews that moved between a product and another one (`replaced_by`). */
export type Moved = ProductMoves['moved_to'][number];

export function productMoves(id: number, signal?: AbortSignal): Promise<ProductMoves> {
  return api.get<ProductMoves>(`/products/${id}/moves/`, { signal });
}

/** One move between two products, over every review that made it. */
export type Move = Schemas['Move'];

/** `GET /api/moves/`: the largest moves between products (leaving or reaching a product of `domain`). */
export function largestMoves(params: ListParams, signal?: AbortSignal): Promise<Paginated<Move>> {
  return api.list<Move>('/moves/', params, signal);
}
