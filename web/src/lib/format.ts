/** Formatting shared by the pages: names, lists, dates. */
import type { User } from './api/resources';

/** "A", "A and B", "A, B and C". */
export function andList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** A member's full name, or their user name. */
export function fullName(user: Pick<User, 'first_name' | 'last_name' | 'username'> | undefined | null): string {
  if (!user) return 'Unknown member';
  return [user.first_name, user.last_name].filter(Boolean).join(' ') || user.username;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** "Nov 27, 2026" from an ISO date or timestamp. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value.length === 10 ? `${value}T00:00:00` : value);
  return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
}

/** Today as YYYY-MM-DD in local time (the `max` of date inputs). */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** "1 review", "3 reviews". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}
