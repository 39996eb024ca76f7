/**
 * What changed: the change history the database records for products,
 * organizations and reviews (`GET /api/{collection}/{id}/history/`), and a
 * member's changes across records (`GET /api/history/?user=`, staff or
 * the member themselves).
 */
import { api } from './client';
import type { Paginated } from './types';

/** The collections whose changes are recorded. */
export type Recorded = 'products' | 'organizations' | 'usages';

/** One recorded change. */
export interface Change {
  id: number;
  collection: Recorded;
  /** The record's id. */
  record: number;
  /** The record's name now; null once it is deleted. */
  record_name: string | null;
  action: 'created' | 'updated' | 'deleted';
  /** The changed field of an update; null for a creation or deletion. */
  field: string | null;
  /** The value before (for a deletion, the whole record). */
  old: unknown;
  /** The value after (for a creation, the whole record). */
  new: unknown;
  at: string;
  /** Who made it; null for a change made outside the app. */
  actor: { id: number; username: string } | null;
}

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
