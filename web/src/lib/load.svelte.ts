/**
 * Loads a page's data in an effect: re-runs when the reactive values the
 * loader reads before its first `await` change (route params, the query),
 * aborts the previous request, and keeps `loading` and `error` for the page.
 * A 404 means the page's subject does not exist: the shell shows the
 * not-found page (`router.notFound`).
 */
import { ApiError } from './api/client';
import { errorText } from './forms.svelte';
import { router } from './router.svelte';
import { session } from './stores/session.svelte';

/** What a page reads while its data loads. */
export interface Loaded<T> {
  data: T | undefined;
  error: string | null;
  loading: boolean;
  /** Loads again (after a change). */
  reload(): void;
}

/** Call during component set-up. */
export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>): Loaded<T> {
  let version = $state(0);
  const state = $state<Loaded<T>>({
    data: undefined,
    error: null,
    loading: true,
    reload: () => (version += 1),
  });
  $effect(() => {
    void version;
    const controller = new AbortController();
    state.loading = true;
    state.error = null;
    load(controller.signal).then(
      (data) => {
        if (controller.signal.aborted) return;
        state.data = data;
        state.loading = false;
      },
      (e: unknown) => {
        if (controller.signal.aborted) return;
        // The session ended (signed out elsewhere, expired): the shell sends the member to sign in.
        if (e instanceof ApiError && e.status === 401) session.me = null;
        // What the page is about does not exist (`/products/999999`, a page past the end):
        // the shell shows the not-found page instead.
        if (e instanceof ApiError && e.status === 404) router.notFound = true;
        state.error = errorText(e);
        state.loading = false;
      },
    );
    return () => controller.abort();
  });
  return state;
}
