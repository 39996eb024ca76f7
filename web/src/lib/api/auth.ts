/** Sign-in, first-run setup, the signed-in member, passwords and API tokens. */
import { api } from './client';
import type { Organization, Profile, User } from './resources';

/** `GET /api/me/`: who is signed in. */
export interface Me {
  user: User;
  profile: Profile;
  organization: Organization | null;
}

/** What a member may change of themselves through `PATCH /api/me/`. */
export interface MeChanges {
  first_name?: string;
  last_name?: string;
  email?: string;
  github_id?: string | null;
  /** Only null: leaves the member's organization. */
  organization?: null;
}

/** The first staff user, created by the first-run setup. */
export interface SetupBody {
  username: string;
  email: string;
  password: string;
  first_name?: string;
  last_name?: string;
}

/** Whether the member has an API token, and when it was made and last used. */
export interface TokenInfo {
  exists: boolean;
  created?: string | null;
  last_used?: string | null;
}

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
  createToken: () => api.post<{ token: string }>('/auth/token'),
  revokeToken: () => api.delete('/auth/token'),
  /** Saves the member's own names, email and GitHub id in one request; `organization: null` leaves theirs. */
  updateMe: (body: MeChanges) => api.patch<Me>('/me/', body),
  /** Invites a member (a member: into their own organization, the default). */
  invite: (body: Pick<User, 'username' | 'email' | 'first_name' | 'last_name'> & { is_staff?: boolean; organization?: number | null }) =>
    api.post<User>('/users/', body),
};
