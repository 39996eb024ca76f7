-- Every instance of the app keeps an in-process cache of credentials
-- (token and session key hashes) resolved to members, so that an
-- authenticated request costs one round trip: its own query. A cached
-- member must stop working on every instance as soon as the credential or
-- the member changes, so every change that could alter a cached member
-- sends `NOTIFY mothra_auth, '<user id>'` from the transaction that makes
-- it, and each instance LISTENs on a dedicated connection (src/db/listen.rs)
-- and drops that user's entries. Triggers, not application code, because
-- no write path (the API, `mothra createsuperuser`, a psql session) can then
-- forget it; NOTIFY is transactional, so nothing is sent for a change that
-- rolls back, and it is sent at once when the change commits.
--
-- The payload is the user id whose entries to drop, or 'all' (TRUNCATE).
-- Only changes that alter what a cached entry says or whether it holds
-- notify: the use bookkeeping (api_tokens.last_used_at, a session's
-- last_seen_at moving forward) is written once a minute per credential and
-- must not empty the caches each time. Inserts need nothing: a new key was
-- never cached.

create function public.auth_cache_invalidate() returns trigger
language plpgsql
as $$
begin
    if tg_level = 'STATEMENT' then
        perform pg_notify('mothra_auth', 'all');
    elsif tg_table_name = 'users' then
        perform pg_notify('mothra_auth', old.id::text);
    else
        -- Entries are dropped by the user they were cached for: the old
        -- row's user, even if the change moved the row to another one.
        perform pg_notify('mothra_auth', old.user_id::text);
    end if;
    return null;
end;
$$;

comment on function public.auth_cache_invalidate() is
    'AFTER UPDATE/DELETE/TRUNCATE trigger on the tables a signed-in member is resolved from: NOTIFY mothra_auth with the user id (or all), so every instance drops its cached credentials.';

-- Any of these rows deleted (a token revoked or rotated, a session ended,
-- a member or profile deleted), or the table emptied.
do $$
declare
    t text;
begin
    foreach t in array array['api_tokens', 'sessions', 'users', 'profiles'] loop
        execute format(
            'create trigger %I after delete on %I '
            'for each row execute function auth_cache_invalidate()',
            t || '_auth_cache_delete', t);
        execute format(
            'create trigger %I after truncate on %I '
            'for each statement execute function auth_cache_invalidate()',
            t || '_auth_cache_truncate', t);
    end loop;
end;
$$;

-- A token changed in place (its key, or its member).
create trigger api_tokens_auth_cache_update after update on api_tokens
    for each row
    when (old.key_hash is distinct from new.key_hash or old.user_id is distinct from new.user_id)
    execute function auth_cache_invalidate();

-- A session changed, shortened, or made idle by moving last_seen_at back.
create trigger sessions_auth_cache_update after update on sessions
    for each row
    when (old.key_hash is distinct from new.key_hash
          or old.user_id is distinct from new.user_id
          or old.csrf_token is distinct from new.csrf_token
          or new.expires_at < old.expires_at
          or new.last_seen_at < old.last_seen_at)
    execute function auth_cache_invalidate();

-- A member deactivated, given or denied staff, or whose password changed
-- (the API ends their other credentials in the same transaction; the
-- cached ones are dropped here whoever changes the hash).
create trigger users_auth_cache_update after update on users
    for each row
    when (old.is_active is distinct from new.is_active
          or old.is_staff is distinct from new.is_staff
          or old.password_hash is distinct from new.password_hash)
    execute function auth_cache_invalidate();

-- Membership: the organization a member acts for is on their profile.
create trigger profiles_auth_cache_update after update on profiles
    for each row
    when (old.organization_id is distinct from new.organization_id
          or old.user_id is distinct from new.user_id)
    execute function auth_cache_invalidate();
