/**
 * The one field-error mechanism every form uses: `form.submit(fn)` runs a
 * request, and on an `ApiError` keeps its field messages (shown beside each
 * input by `<Field>`) and its summary (shown by `<FormErrors>`).
 */
import { ApiError, type FieldErrors } from './api/client';
import { andList } from './format';

export class FormState {
  errors = $state<FieldErrors>({});
  /** The summary of the last failure, or null. */
  message = $state<string | null>(null);
  busy = $state(false);
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

  /** Sets one field's message from a check made in the browser. */
  fail(field: string, message: string): void {
    this.errors = { ...this.errors, [field]: [message] };
    this.message = 'Please correct the errors below.';
  }

  /** Runs `action`; returns its result, or `undefined` when it failed. */
  async submit<T>(action: () => Promise<T>): Promise<T | undefined> {
    if (this.busy) return undefined;
    this.busy = true;
    this.reset();
    try {
      return await action();
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError(0, e instanceof Error ? e.message : String(e));
      this.errors = error.fieldErrors;
      this.message = conflictMessage(error) ?? error.detail;
      return undefined;
    } finally {
      this.busy = false;
    }
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
