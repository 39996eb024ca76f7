/** Joins profiles to their users so pages can show members by name. */
import { users, type Profile, type User } from './api/resources';
import { fullName } from './format';

/** A member as pages show them. */
export interface Person {
  profile: Profile;
  user: User | undefined;
  name: string;
}

/** Adds each profile's user, by profile id. */
export async function joinUsers(found: Profile[], signal?: AbortSignal): Promise<Map<number, Person>> {
  const result = new Map<number, Person>();
  if (found.length === 0) return result;
  const people = await users.all({ id__in: found.map((p) => p.user) }, signal);
  const byId = new Map(people.map((u) => [u.id, u]));
  for (const profile of found) {
    const user = byId.get(profile.user);
    result.set(profile.id, { profile, user, name: fullName(user) });
  }
  return result;
}
