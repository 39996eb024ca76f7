/**
 * What changed: the change history the database records for products,
 * organizations and reviews (`GET /api/{collection}/{id}/history/`), and a
 * member's changes across records (`GET /api/history/?user=`, staff or
 * the member themselves).
 */
import { api } from './client';
import type { components } from './schema';
import type { Paginated } from './types';

/** One recorded change. */
export type Change = components['schemas']['Change'];

/** The collections whose changes are recorded. */
export type Recorded = Change['collection'];

/** A page of record `id`'s changes, newest first. */
export function recordHistory(
  collection: Recorded,
  id: number,
  page: number,
  pageSize: number,
  signal?: AbortSignal,
): Promise<Paginated<Change>> {
  return api.get<Paginated<Change>>(`/${collection}/${id}/history/`, { params: { page, page_size: pageSize }, signal });
}

/** A page of member `user`'s changes across records, newest first. */
export function memberHistory(user: number, page: number, pageSize: number, signal?: AbortSignal): Promise<Paginated<Change>> {
  return api.get<Paginated<Change>>('/history/', { params: { user, page, page_size: pageSize }, signal });
}
