/** Sign-in, first-run setup, the signed-in member, passwords and API tokens. */
import { api } from './client';
import type { Organization, Profile, User } from './resources';
import type { components } from './schema';

type Schemas = components['schemas'];

/**
 * `GET /api/me/`: who is signed in. The document gives `Me`'s three parts
 * as bare objects, so they are named here by the records they hold.
 */
export interface Me {
  user: User;
  profile: Profile;
  organization: Organization | null;
}

/** What a member may change of themselves through `PATCH /api/me/`. */
export type MeChanges = Schemas['PatchedMeRequest'];

/** The first staff user, created by the first-run setup. */
export type SetupBody = Schemas['Setup'];

/** Whether the member has an API token, and when it was made and last used. */
export type TokenInfo = Schemas['TokenInfo'];

export const auth = {
  setupNeeded: async (signal?: AbortSignal) => (await api.get<{ needed: boolean }>('/auth/setup', { signal })).needed,
  setup: (body: SetupBody) => api.post<unknown>('/auth/setup', body),
  login: (username: string, password: string) => api.post<unknown>('/auth/login', { username, password }),
  logout: () => api.post<unknown>('/auth/logout'),
  me: (signal?: AbortSignal) => api.get<Me>('/me/', { signal }),
  changePassword: (old_password: string, new_password: string) =>
    api.post<unknown>('/auth/password/change', { old_password, new_password }),
  requestReset: (email: string) => api.post<unknown>('/auth/password/reset', { email }),
  /** Whether a reset or invitation link still works (changes nothing); a 400 on `token` says why not. */
  checkReset: (token: string, signal?: AbortSignal) =>
    api.get<{ purpose: 'password_reset' | 'invitation' }>('/auth/password/reset/check', { params: { token }, signal }),
  confirmReset: (token: string, new_password: string) =>
    api.post<unknown>('/auth/password/reset/confirm', { token, new_password }),
  token: (signal?: AbortSignal) => api.get<TokenInfo>('/auth/token', { signal }),
  createToken: () => api.post<Schemas['NewToken']>('/auth/token'),
  revokeToken: () => api.delete('/auth/token'),
  /** Saves the member's own names, email and GitHub id in one request; `organization: null` leaves theirs. */
  updateMe: (body: MeChanges) => api.patch<Me>('/me/', body),
  /** Invites a member (a member: into their own organization, the default). */
  invite: (body: Schemas['Invitation']) => api.post<User>('/users/', body),
};
