/**
 * The search box of a list page: its text follows `?search=` in the URL
 * (back button, reload), and typing writes the URL a moment after the
 * last key, replacing the history entry and going back to page 1.
 */
import { router, setQuery } from './router.svelte';

/** How long typing pauses before the list searches. */
const DEBOUNCE_MS = 250;

/** Create during component set-up; bind an input to `value`, call `input` on its `input` event. */
export class SearchBox {
  value = $state(router.query.get('search') ?? '');
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** `id` of the input, so that a URL change does not overwrite what is being typed. */
  constructor(id: string) {
    $effect(() => {
      const fromUrl = router.query.get('search') ?? '';
      if (document.activeElement?.id !== id) this.value = fromUrl;
    });
    $effect(() => () => clearTimeout(this.#timer));
  }

  /** The input's `oninput`. */
  input = (): void => {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => setQuery({ search: this.value.trim(), page: null }, { replace: true }), DEBOUNCE_MS);
  };
}
