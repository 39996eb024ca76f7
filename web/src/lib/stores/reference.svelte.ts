/**
 * Reference data (domains, subjects, grades...) and organizations, loaded
 * once and shared by every page for pickers and id → name look-ups.
 */
import {
  dataInterfaces,
  domains,
  grades,
  locations,
  organizations,
  orgtypes,
  subjects,
  usagetypes,
  type Base,
  type DataInterface,
  type Domain,
  type Grade,
  type Location,
  type Organization,
  type OrgType,
  type Subject,
  type UsageType,
} from '../api/resources';
import { errorText } from '../forms.svelte';

/** Rows of one collection and a by-id index of them. */
export class Table<T extends Base> {
  rows = $state<T[]>([]);
  readonly byId = $derived(new Map(this.rows.map((row) => [row.id, row])));
  get(id: number | null | undefined): T | undefined {
    return id == null ? undefined : this.byId.get(id);
  }
}

class Reference {
  domains = new Table<Domain>();
  subjects = new Table<Subject>();
  grades = new Table<Grade>();
  locations = new Table<Location>();
  orgtypes = new Table<OrgType>();
  usagetypes = new Table<UsageType>();
  dataInterfaces = new Table<DataInterface>();
  organizations = new Table<Organization>();
  /** Why the last background load failed ([`ensure`]), shown by
   * `<ReferenceStatus />`; null when it did not. */
  failed = $state<string | null>(null);
  private pending: Promise<void> | null = null;

  /**
   * Loads in the background, for the pickers and names of a page that
   * works without them: a failure is kept in `failed` for the page to
   * show (with a retry), rather than thrown at nobody.
   */
  ensure(): void {
    this.load().then(
      () => (this.failed = null),
      (e: unknown) => (this.failed = errorText(e)),
    );
  }

  /** Loads everything once; later calls reuse the first load. */
  load(): Promise<void> {
    this.pending ??= this.fetch().catch((e: unknown) => {
      this.pending = null;
      throw e;
    });
    return this.pending;
  }

  /** Forgets what was loaded (after a change) and loads again in the
   * background, a failure kept in `failed` as [`ensure`] does. */
  refresh(): void {
    this.pending = null;
    this.ensure();
  }

  /** Forgets what was loaded (after a change) and loads again. */
  reload(): Promise<void> {
    this.pending = null;
    return this.load();
  }

  private async fetch(): Promise<void> {
    const [d, s, g, l, o, u, i, orgs] = await Promise.all([
      domains.all(),
      subjects.all(),
      grades.all(),
      locations.all(),
      orgtypes.all(),
      usagetypes.all(),
      dataInterfaces.all(),
      organizations.all(),
    ]);
    this.domains.rows = d;
    this.subjects.rows = s;
    this.grades.rows = g;
    this.locations.rows = l;
    this.orgtypes.rows = o;
    this.usagetypes.rows = u;
    this.dataInterfaces.rows = i;
    this.organizations.rows = orgs;
  }
}

/** The shared reference data. */
export const reference = new Reference();
