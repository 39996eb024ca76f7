/**
 * Who is signed in, and whether the first-run setup is still needed. The
 * shell loads it once; pages read `session.me` and call `session.refresh()`
 * after changing the member's own records.
 */
import { auth, type Me } from '../api/auth';
import { ApiError } from '../api/client';

class Session {
  /** The signed-in member, or null when signed out. */
  me = $state<Me | null>(null);
  /** True until the first answer about setup and sign-in has arrived. */
  loading = $state(true);
  /** True while no user exists: the app sends everyone to /setup. */
  setupNeeded = $state(false);
  /** A failure to reach the server at all (shown by the shell). */
  error = $state<ApiError | null>(null);

  get isStaff(): boolean {
    return this.me?.user.is_staff ?? false;
  }

  /** Asks the server about setup and the current member. */
  async load(): Promise<void> {
    try {
      this.setupNeeded = await auth.setupNeeded().catch((e: unknown) => {
        // An older server without the setup endpoint: assume it's done.
        if (e instanceof ApiError && e.status === 404) return false;
        throw e;
      });
      await this.refresh();
      this.error = null;
    } catch (e) {
      this.error = e instanceof ApiError ? e : ApiError.network(e);
    } finally {
      this.loading = false;
    }
  }

  /** Re-reads `/api/me/`; a 401 means signed out. */
  async refresh(): Promise<void> {
    try {
      this.me = await auth.me();
    } catch (e) {
      if (e instanceof ApiError && (e.status === 401 || e.status === 403)) this.me = null;
      else throw e;
    }
  }

  /** Ends the session on the server; when that fails the member is still
   * signed in there, so `me` stays and the error is thrown to be shown. */
  async signOut(): Promise<void> {
    try {
      await auth.logout();
    } catch (e) {
      // A 401: the session had already ended, which is what was asked.
      if (!(e instanceof ApiError && e.status === 401)) throw e;
    }
    this.me = null;
  }
}

/** The one session of the app. */
export const session = new Session();
