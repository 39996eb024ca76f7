/**
 * The records each collection returns (shared/docs/domain.md) and one typed
 * client per collection, all built by `collection()`.
 */
import { api } from './client';
import type { ListParams, Paginated } from './types';

/** What the signed-in member may do with a record (the server's judge). */
export interface RecordPermissions {
  change: boolean;
  delete: boolean;
}

/** Fields every record carries. */
export interface Base {
  id: number;
  created_at?: string;
  updated_at?: string;
  /** What the signed-in member may do with it; absent from records built in the browser. */
  permissions?: RecordPermissions;
}

export interface Grade extends Base {
  level: number;
  name: string;
}
export interface Location extends Base {
  name: string;
  abbreviation: string;
}
export interface OrgType extends Base {
  name: string;
}
export interface Domain extends Base {
  name: string;
  color: string;
}
export interface Subject extends Base {
  name: string;
  icon: string;
}
export interface UsageType extends Base {
  name: string;
}
export interface DataInterface extends Base {
  name: string;
}

export interface Organization extends Base {
  name: string;
  size: number | null;
  grades: number[];
  locations: number[];
  org_type: number;
  /** "K-8", "TK-12", "9", or null without grades. */
  grade_range: string | null;
}

export interface User extends Base {
  username: string;
  email: string;
  first_name: string;
  last_name: string;
  is_staff: boolean;
  is_active: boolean;
  date_joined: string;
  last_login: string | null;
}

export interface Profile extends Base {
  user: number;
  github_id: string | null;
  organization: number | null;
  /** Ids of the products this member has reviewed. */
  products: number[];
}

export interface Product extends Base {
  name: string;
  domain: number;
  subject: number | null;
  description: string;
  url: string | null;
  nps: number | null;
  review_count: number;
}

/** A review: one organization's use of one product, told by one member. */
export interface Usage extends Base {
  product: number;
  organization: number;
  /** The reviewer's profile id; the server sets it. */
  reviewer: number;
  usage_type: number;
  how_push: number | null;
  how_pull: number | null;
  is_deprecated: boolean;
  when_deprecated: string | null;
  why_deprecated: string | null;
  /** The product that replaced this one (only while deprecated). */
  replaced_by: number | null;
  rating: number;
  review: string;
  /** Read-only names of what the ids point at, sent with every review. */
  product_name: string;
  organization_name: string;
  /** First and last name, or the user name. */
  reviewer_name: string;
  reviewer_github_id: string | null;
}

/** `GET /api/products/{id}/stats/`. */
export interface ProductStats {
  nps: number | null;
  review_count: number;
  /** Count of each rating; keys "1".."5" (or an array of five). */
  ratings: Record<string, number> | number[];
  organizations: number[] | { id: number; name: string }[];
  deprecated_count: number;
}

/** The typed client of one collection at `/api/<name>/`. */
export interface Collection<T extends Base> {
  readonly name: string;
  list(params?: ListParams, signal?: AbortSignal): Promise<Paginated<T>>;
  /** Every row (following pages, up to 20,000), for pickers and look-ups. */
  all(params?: ListParams, signal?: AbortSignal): Promise<T[]>;
  get(id: number | string, signal?: AbortSignal): Promise<T>;
  create(body: Partial<T>): Promise<T>;
  update(id: number, body: Partial<T>): Promise<T>;
  remove(id: number): Promise<void>;
  /** How many rows match (one tiny page). */
  count(params?: ListParams, signal?: AbortSignal): Promise<number>;
}

/** Builds the client of the collection `/api/<name>/`. */
export function collection<T extends Base>(name: string): Collection<T> {
  const base = `/${name}/`;
  return {
    name,
    list: (params, signal) => api.list<T>(base, params, signal),
    all: async (params, signal) => {
      const rows: T[] = [];
      for (let page = 1; page <= 20; page += 1) {
        const found = await api.list<T>(base, { page_size: 1000, ...params, page }, signal);
        rows.push(...found.results);
        if (!found.next) break;
      }
      return rows;
    },
    get: (id, signal) => api.get<T>(`${base}${id}/`, { signal }),
    create: (body) => api.post<T>(base, body),
    update: (id, body) => api.patch<T>(`${base}${id}/`, body),
    remove: (id) => api.delete(`${base}${id}/`),
    count: async (params, signal) => (await api.list<T>(base, { ...params, page_size: 1 }, signal)).count,
  };
}

export const grades = collection<Grade>('grades');
export const locations = collection<Location>('locations');
export const orgtypes = collection<OrgType>('orgtypes');
export const domains = collection<Domain>('domains');
export const subjects = collection<Subject>('subjects');
export const usagetypes = collection<UsageType>('usagetypes');
export const dataInterfaces = collection<DataInterface>('data_interfaces');
export const organizations = collection<Organization>('organizations');
export const users = collection<User>('users');
export const profiles = collection<Profile>('profiles');
export const products = collection<Product>('products');
export const usages = collection<Usage>('usages');

/**
 * A product's figures: NPS, rating counts, organizations using it; over
 * every review, or over a cohort of reviewing organizations
 * (`organization__org_type`, `organization__locations`...).
 */
export function productStats(id: number, cohort: ListParams = {}, signal?: AbortSignal): Promise<ProductStats> {
  return api.get<ProductStats>(`/products/${id}/stats/`, { params: cohort, signal });
}

/** Rating counts 1..5 from either shape the stats endpoint may use. */
export function ratingCounts(stats: ProductStats | null): number[] {
  if (!stats) return [0, 0, 0, 0, 0];
  const r = stats.ratings;
  if (Array.isArray(r)) return [0, 1, 2, 3, 4].map((i) => r[i] ?? 0);
  return [1, 2, 3, 4, 5].map((n) => r?.[String(n)] ?? 0);
}
