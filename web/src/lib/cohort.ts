/**
 * The cohort of organizations whose reviews a page's figures count
 * (organization type, state, grade served, size band), as it lives in a
 * page's URL and as the API takes it (the product figures' parameters,
 * `organization__org_type`...). One definition for every page that offers
 * a cohort: the product page, the comparison, the alternatives.
 */
import type { ListParams } from './api/types';

/** The URL parameter that holds each part of the cohort on a page. */
export interface CohortKeys {
  type: string;
  state: string;
  grade: string;
  size: string;
}

/** The product page's keys (`?type=&state=&grade=&size=`). */
export const PRODUCT_COHORT_KEYS: CohortKeys = { type: 'type', state: 'state', grade: 'grade', size: 'size' };

/** Size bands: URL value → bounds on the number of schools. */
export const SIZE_BANDS = [
  { value: '1-1', label: 'with 1 school' },
  { value: '2-5', label: 'with 2–5 schools' },
  { value: '6-20', label: 'with 6–20 schools' },
  { value: '21-50', label: 'with 21–50 schools' },
  { value: '51-', label: 'with more than 50 schools' },
];

/** The API's cohort parameters for the cohort in `query` (read with `keys`). */
export function cohortParams(query: URLSearchParams, keys: CohortKeys = PRODUCT_COHORT_KEYS): ListParams {
  const [min, max] = (query.get(keys.size) ?? '').split('-');
  return {
    organization__org_type: query.get(keys.type) || undefined,
    organization__locations: query.get(keys.state) || undefined,
    organization__grades: query.get(keys.grade) || undefined,
    organization__size__gte: min || undefined,
    organization__size__lte: max || undefined,
  };
}

/** Whether `query` chooses a cohort (anything but every organization). */
export function hasCohort(query: URLSearchParams, keys: CohortKeys = PRODUCT_COHORT_KEYS): boolean {
  return Object.values(keys).some((k) => query.get(k));
}
