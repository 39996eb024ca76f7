/**
 * The one field-error mechanism every form uses: `form.submit(fn, checks)`
 * runs a request, and on an `ApiError` keeps its field messages (shown
 * beside each input by `<Field>`) and its summary (shown by
 * `<FormErrors>`), together with the browser's own checks, so that one
 * submit shows every field's problem. Focus then moves to the first field
 * in error; after a save it stays on the form (never falls to `<body>`).
 */
import { tick } from 'svelte';
import { ApiError, type FieldErrors } from './api/client';
import { andList } from './format';

/** The summary shown above a form whose fields have problems. */
const CORRECT = 'Please correct the errors below.';

export class FormState {
  errors = $state<FieldErrors>({});
  /** The summary of the last failure, or null. */
  message = $state<string | null>(null);
  busy = $state(false);
  /** The `<form>` (bind it: `bind:this={form.root}`), for moving focus. */
  root = $state<HTMLFormElement | undefined>();
  /** Fields this form shows; messages for any other go to the summary. */
  private readonly known = new Set<string>();

  /** Messages for one field. */
  errorsFor(field: string): string[] {
    this.known.add(field);
    return this.errors[field] ?? [];
  }

  /** Messages that no field of the form shows (non_field_errors and strays). */
  get general(): string[] {
    return Object.entries(this.errors)
      .filter(([field]) => !this.known.has(field))
      .flatMap(([field, list]) => (field === 'non_field_errors' ? list : list.map((m) => `${label(field)}: ${m}`)));
  }

  reset(): void {
    this.errors = {};
    this.message = null;
  }

  /**
   * Shows problems found in the browser without asking the server (for
   * checks the server cannot make, like two passwords that differ).
   */
  fail(field: string, message: string): void {
    this.errors = { ...this.errors, [field]: [message] };
    this.message = CORRECT;
    void this.focusFirstError();
  }

  /**
   * Runs `action`; returns its result, or `undefined` when it failed.
   * `checks` are the browser's own findings (a missing rating, a malformed
   * address): they must be problems the server refuses too, so the request
   * is still sent and its 400 names every other field's problem; both are
   * shown together, the browser's message first for a field.
   */
  async submit<T>(action: () => Promise<T>, checks: FieldErrors = {}): Promise<T | undefined> {
    if (this.busy) return undefined;
    this.busy = true;
    this.reset();
    const local = Object.fromEntries(Object.entries(checks).filter(([, list]) => list.length > 0));
    try {
      const result = await action();
      if (Object.keys(local).length > 0) {
        // The server took what the browser refused: believe the server.
        console.warn('the server accepted what the form flagged', local);
      }
      return result;
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError(0, e instanceof Error ? e.message : String(e));
      this.errors = { ...error.fieldErrors, ...local };
      this.message = conflictMessage(error) ?? error.detail;
      return undefined;
    } finally {
      this.busy = false;
      void this.settleFocus();
    }
  }

  /** Focus after a submit: the first problem, else keep it on the form. */
  private async settleFocus(): Promise<void> {
    if (this.message !== null) {
      await this.focusFirstError();
      return;
    }
    // After the caller has shown what the save changed (a "Saved" note).
    await new Promise((resolve) => setTimeout(resolve, 0));
    await tick();
    const active = document.activeElement;
    if (this.root && (!active || active === document.body)) {
      const saved = this.root.querySelector<HTMLElement>('[data-form-saved]');
      (saved ?? this.root.querySelector<HTMLElement>('[type=submit]'))?.focus();
    }
  }

  /** Moves focus to the first control in error, else to the summary. */
  async focusFirstError(): Promise<void> {
    await tick();
    const root = this.root;
    if (!root) return;
    const field = root.querySelector<HTMLElement>('[aria-invalid="true"], fieldset.invalid input, [data-field-error] input');
    const target = field ?? root.querySelector<HTMLElement>('[data-form-summary]');
    target?.focus();
  }
}

/** `how_push` → "How push". */
function label(field: string): string {
  const text = field.replaceAll('_', ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** How a collection's records read in a sentence: [one, many]. */
const NOUNS: Record<string, [string, string]> = {
  usages: ['review', 'reviews'],
  profiles: ['member', 'members'],
  users: ['member', 'members'],
  orgtypes: ['organization type', 'organization types'],
  usagetypes: ['usage type', 'usage types'],
  data_interfaces: ['data interface', 'data interfaces'],
};

/**
 * A readable sentence for a 409: "Cannot delete this domain: it is still
 * used by 3 products and 1 review."
 */
export function conflictMessage(error: ApiError): string | null {
  if (error.status !== 409) return null;
  const base = error.detail || 'This record is still in use, so it cannot be deleted.';
  const uses = Object.entries(error.referencedBy ?? {}).filter(([, n]) => n > 0);
  if (uses.length === 0) return base;
  const parts = uses.map(([collection, n]) => {
    const [one, many] = NOUNS[collection] ?? [collection.replace(/s$/, '').replaceAll('_', ' '), collection.replaceAll('_', ' ')];
    return `${n} ${n === 1 ? one : many}`;
  });
  return `${base.replace(/\.$/, '')} by ${andList(parts)}.`;
}

/** The message to show for any thrown value. */
export function errorText(e: unknown): string {
  if (e instanceof ApiError) return conflictMessage(e) ?? e.detail;
  return e instanceof Error ? e.message : String(e);
}
