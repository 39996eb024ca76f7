/** Sign-in, first-run setup, the signed-in member, passwords and API tokens. */
import { api } from './client';
import type { Organization, Profile, User } from './resources';

/** `GET /api/me/`: who is signed in. */
export interface Me {
  user: User;
  profile: Profile;
  organization: Organization | null;
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
  invite: (body: Pick<User, 'username' | 'email' | 'first_name' | 'last_name' | 'is_staff'>) =>
    api.post<User>('/users/', body),
};
