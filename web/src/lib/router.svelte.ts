/**
 * A small router over the History API: routes are path patterns with named
 * parameters (`/products/:id`), links call `navigate()` (or use `<Link>`),
 * and the back and forward buttons work through `popstate`.
 */
import type { Component } from 'svelte';

/** Values of a route's `:name` segments, already URI-decoded. */
export type RouteParams = Record<string, string>;

/** A page component: it receives the matched parameters as `params`. */
export type Page = Component<{ params: RouteParams }>;

/** One entry of the route table; build it with `route()`. */
export interface Route {
  /** The pattern: literal segments and `:name` parameters, e.g. `/products/:id`. */
  path: string;
  component: Page;
  /** For a lazy route: loads the page's module (a separate chunk) on first visit. */
  load?: () => Promise<{ default: Page | Component<Record<string, never>> }>;
  /** Whether the page is open to visitors who are not signed in. */
  public?: boolean;
}

/**
 * Declares a route. A page either takes `params` or no props at all; Svelte
 * ignores a prop a component doesn't declare, so both are rendered alike.
 */
export function route(path: string, component: Page | Component<Record<string, never>>): Route {
  return { path, component: component as Page };
}

/**
 * Declares a page loaded on first visit with a dynamic `import()`, so that it
 * stays out of the first load's bundle.
 */
export function lazy(path: string, load: NonNullable<Route['load']>): Route {
  return { path, component: (() => null) as unknown as Page, load };
}

/** Marks routes as open to visitors who are not signed in. */
export function open(...routes: Route[]): Route[] {
  return routes.map((r) => ({ ...r, public: true }));
}

/** The route matching the current location, with its parameters. */
export interface Match {
  route: Route | null;
  params: RouteParams;
}

/** Strips a trailing slash (except from `/`) so `/a/` and `/a` are one route. */
function normalize(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

/**
 * Matches a pathname against a pattern, returning its parameters or `null`.
 * A parameter matches exactly one non-empty segment.
 */
export function matchPath(pattern: string, pathname: string): RouteParams | null {
  const want = normalize(pattern).split('/');
  const have = normalize(pathname).split('/');
  if (want.length !== have.length) return null;
  const params: RouteParams = {};
  for (const [i, part] of want.entries()) {
    const actual = have[i] ?? '';
    if (part.startsWith(':')) {
      if (actual === '') return null;
      try {
        params[part.slice(1)] = decodeURIComponent(actual);
      } catch {
        return null; // malformed %-escape: treat as no match
      }
    } else if (part !== actual) {
      return null;
    }
  }
  return params;
}

/** The first route in `routes` matching `pathname`, or `{ route: null }`. */
export function resolve(routes: readonly Route[], pathname: string): Match {
  for (const route of routes) {
    const params = matchPath(route.path, pathname);
    if (params) return { route, params };
  }
  return { route: null, params: {} };
}

/** The reactive current location; read it anywhere, change it with `navigate`. */
class RouterState {
  pathname = $state(window.location.pathname);
  search = $state(window.location.search);
  hash = $state(window.location.hash);
  /**
   * Set when what the page shows does not exist (its record answered 404);
   * the shell then shows the not-found page. Cleared by every navigation.
   */
  notFound = $state(false);

  /** Query string parameters of the current location. */
  get query(): URLSearchParams {
    return new URLSearchParams(this.search);
  }

  sync(): void {
    this.pathname = window.location.pathname;
    this.search = window.location.search;
    this.hash = window.location.hash;
    this.notFound = false;
  }
}

/** The current location: `router.pathname`, `router.query`... */
export const router = new RouterState();

/** The list page in `?page=`: 1 when it is missing or not a number from 1 up. */
export function queryPage(): number {
  return Math.max(1, Number(router.query.get('page')) || 1);
}

/*
 * Scroll positions per history entry, so that Back (and Forward) return to
 * where the reader was, as they do between server-rendered pages. Each
 * entry carries a key in `history.state`; the position is saved when the
 * entry is left. The page under it loads its data after the URL changes,
 * so restoring waits until the page is tall enough (or the reader scrolls).
 */
const positions = new Map<string, number>();
let entryKey = '';

/** A new key for a history entry. */
function newKey(): string {
  return Math.random().toString(36).slice(2, 10);
}

/** The state object of an entry with `key`. */
function entryState(key: string): { key: string } {
  return { key };
}

/** Adopts the key of the current entry, giving it one if it has none. */
function adoptEntry(): void {
  const state = window.history.state as { key?: unknown } | null;
  if (typeof state?.key === 'string') entryKey = state.key;
  else {
    entryKey = newKey();
    window.history.replaceState(entryState(entryKey), '', window.location.href);
  }
}

let stopRestoring: (() => void) | null = null;

/** Scrolls to `y` as soon as the page is tall enough, for up to five seconds. */
function restoreScroll(y: number): void {
  stopRestoring?.();
  const started = performance.now();
  let frame = 0;
  const stop = () => {
    cancelAnimationFrame(frame);
    window.removeEventListener('wheel', stop);
    window.removeEventListener('touchstart', stop);
    window.removeEventListener('keydown', stop);
    stopRestoring = null;
  };
  const attempt = () => {
    const reachable = document.documentElement.scrollHeight - window.innerHeight;
    if (reachable >= y || performance.now() - started > 5000) {
      window.scrollTo(0, Math.min(y, Math.max(0, reachable)));
      stop();
    } else {
      frame = requestAnimationFrame(attempt);
    }
  };
  // The reader taking over ends the wait.
  window.addEventListener('wheel', stop, { passive: true });
  window.addEventListener('touchstart', stop, { passive: true });
  window.addEventListener('keydown', stop);
  stopRestoring = stop;
  frame = requestAnimationFrame(attempt);
}

if ('scrollRestoration' in window.history) window.history.scrollRestoration = 'manual';
adoptEntry();

window.addEventListener('popstate', () => {
  positions.set(entryKey, window.scrollY);
  adoptEntry();
  router.sync();
  restoreScroll(positions.get(entryKey) ?? 0);
});

/** Options for `navigate`. */
export interface NavigateOptions {
  /** Replace the current history entry instead of adding one. */
  replace?: boolean;
}

/**
 * Goes to `to` (a same-origin path, optionally with query and hash) without
 * reloading the page, and scrolls to the top as a page load would (a
 * replaced entry, such as a search box writing the URL, keeps its place).
 */
export function navigate(to: string, { replace = false }: NavigateOptions = {}): void {
  const url = new URL(to, window.location.href);
  if (url.origin !== window.location.origin) {
    window.location.assign(url);
    return;
  }
  const target = url.pathname + url.search + url.hash;
  const current = window.location.pathname + window.location.search + window.location.hash;
  if (target === current) return;
  stopRestoring?.();
  if (replace) {
    window.history.replaceState(entryState(entryKey), '', target);
  } else {
    positions.set(entryKey, window.scrollY);
    entryKey = newKey();
    window.history.pushState(entryState(entryKey), '', target);
  }
  router.sync();
  if (!url.hash && !replace) window.scrollTo(0, 0);
}

/**
 * A `next` location from the query string, made safe to follow: only a
 * place on this site, resolved the way the browser would resolve it (so that
 * `/\host/` or a tab in `//host` cannot leave the site); anything else is `/`.
 */
export function sameSitePath(next: string | null): string {
  if (!next) return '/';
  let url: URL;
  try {
    url = new URL(next, window.location.origin);
  } catch {
    return '/';
  }
  return url.origin === window.location.origin ? url.pathname + url.search + url.hash : '/';
}

/** Whether a link's `href` points at the current page (for `aria-current`). */
export function isCurrent(href: string): boolean {
  const url = new URL(href, window.location.href);
  return normalize(url.pathname) === normalize(router.pathname);
}

/**
 * Changes query parameters of the current page (empty values are removed),
 * so that a list's search, filters and page live in the URL. `replace` is for
 * typing, where each keystroke should not become a history entry.
 */
export function setQuery(changes: Record<string, string | number | null | undefined>, options: NavigateOptions = {}): void {
  const query = new URLSearchParams(window.location.search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === '') query.delete(key);
    else query.set(key, String(value));
  }
  const search = query.toString();
  navigate(window.location.pathname + (search ? `?${search}` : '') + window.location.hash, options);
}
