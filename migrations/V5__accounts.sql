-- Signing in: browser sessions, API tokens, single-use links (password
-- reset, invitation) and the record of sign-in attempts used to throttle
-- password guessing (domain.md, "Sign-in").
--
-- Secrets are never stored: sessions, tokens and links keep a hash of the
-- key the client holds (bytea, computed by the application), so a copy of
-- the database does not let anyone sign in. A look-up hashes the presented
-- key and finds the row through the unique index on the hash.
--
-- All of these rows belong to a user and mean nothing without them, so they
-- are the exception to "refuse to delete what is referenced": deleting a
-- user deletes them (on delete cascade).

-- A browser session, shared by every instance of the app through the
-- database, so signing out (deleting the row) ends it everywhere. An inactive
-- user's sessions stop working because the look-up joins users and checks
-- is_active, not because rows are deleted.
create table sessions (
    id           bigint generated always as identity primary key,
    key_hash     bytea not null,
    user_id      bigint not null,
    -- The token the web app echoes in a header on unsafe requests; not a
    -- credential by itself, so it is kept as is.
    csrf_token   text not null,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    last_seen_at timestamptz not null default now(),
    expires_at   timestamptz not null,
    constraint sessions_key_hash_unique unique (key_hash),
    constraint sessions_user_id_fkey foreign key (user_id)
        references users (id) on delete cascade
);
-- "Sign this user out everywhere" and the cascade from users.
create index sessions_user_id_idx on sessions (user_id);
-- Purging expired sessions.
create index sessions_expires_at_idx on sessions (expires_at);
create trigger sessions_set_updated_at before update on sessions
    for each row execute function set_updated_at();

-- A member's API token: at most one per member (user_id is unique), shown
-- once when created or rotated. Rotating replaces key_hash in place.
create table api_tokens (
    id           bigint generated always as identity primary key,
    user_id      bigint not null,
    key_hash     bytea not null,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    last_used_at timestamptz,
    constraint api_tokens_key_hash_unique unique (key_hash),
    constraint api_tokens_user_id_fkey foreign key (user_id)
        references users (id) on delete cascade,
    constraint api_tokens_user_id_unique unique (user_id)
);
create trigger api_tokens_set_updated_at before update on api_tokens
    for each row execute function set_updated_at();

-- Links sent by email: a password reset, or an invitation for a member that
-- staff created without a password. Single use (used_at is set when
-- followed) and short-lived (expires_at, 24 hours after creation). Used and
-- expired rows are kept until purged, so an old link is told apart from a
-- forged one.
create table one_time_links (
    id         bigint generated always as identity primary key,
    user_id    bigint not null,
    purpose    text not null,
    token_hash bytea not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    expires_at timestamptz not null,
    used_at    timestamptz,
    constraint one_time_links_purpose_known check (purpose in ('password_reset', 'invitation')),
    constraint one_time_links_token_hash_unique unique (token_hash),
    constraint one_time_links_user_id_fkey foreign key (user_id)
        references users (id) on delete cascade
);
-- "Invalidate this user's other links" and the cascade from users.
create index one_time_links_user_id_idx on one_time_links (user_id);
create trigger one_time_links_set_updated_at before update on one_time_links
    for each row execute function set_updated_at();

-- Every sign-in attempt, to refuse (429) a burst of failures against one
-- account or from one client address. `account` is what was typed, which
-- may not name any user, so there is no foreign key; it is untrusted input
-- so the application should bound its length before storing it.
--
-- Usernames and emails match case-insensitively, so the throttle must too
-- ("Ann" and "ann" are the same account to a guesser): query with
--   lower(account) = lower($1) and not succeeded and attempted_at > $2
-- to use the first index. Old rows are purged by attempted_at.
create table sign_in_attempts (
    id           bigint generated always as identity primary key,
    account      text not null,
    client_addr  text not null,
    succeeded    boolean not null,
    attempted_at timestamptz not null default now(),
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now()
);
create index sign_in_attempts_account_idx on sign_in_attempts (lower(account), attempted_at);
create index sign_in_attempts_client_addr_idx on sign_in_attempts (client_addr, attempted_at);
create index sign_in_attempts_attempted_at_idx on sign_in_attempts (attempted_at);
create trigger sign_in_attempts_set_updated_at before update on sign_in_attempts
    for each row execute function set_updated_at();
