//! Credentials → members: the lookups behind every authenticated request.

use std::time::Duration;

use chrono::{DateTime, Utc};
use tokio_postgres::{GenericClient, Row};

use super::run;

/// How the member proved who they are.
#[derive(Debug, Clone)]
pub enum Credential {
    /// A session cookie; unsafe methods need the CSRF token too.
    Session {
        /// The session row.
        session_id: i64,
        /// The token the web app must echo.
        csrf_token: String,
    },
    /// `Authorization: Token …` or `Bearer …`.
    Token,
}

/// An active, signed-in member.
#[derive(Debug, Clone)]
pub struct Member {
    /// `users.id`.
    pub user_id: i64,
    /// `profiles.id` (the reviewer identity).
    pub profile_id: i64,
    /// The organization on their profile, if any.
    pub organization_id: Option<i64>,
    /// Staff may do everything.
    pub is_staff: bool,
    /// Session or token.
    pub credential: Credential,
}

fn member(row: &Row, credential: Credential) -> Member {
    Member {
        user_id: row.get("user_id"),
        profile_id: row.get("profile_id"),
        organization_id: row.get("organization_id"),
        is_staff: row.get("is_staff"),
        credential,
    }
}

/// A credential resolved to its member, and how long that answer may be
/// reused without asking again (`auth::cache`): until the credential's use
/// is due to be recorded again (once a minute, see the look-ups), and never
/// past a session's end.
#[derive(Debug, Clone)]
pub struct Resolved {
    /// The member.
    pub member: Member,
    /// How long the answer holds, changes apart (those are notified).
    pub cache_for: Duration,
}

fn resolved(row: &Row, credential: Credential) -> Resolved {
    let secs: f64 = row.get("cache_for");
    Resolved {
        member: member(row, credential),
        // Never negative or NaN, whatever the clocks say.
        cache_for: Duration::try_from_secs_f64(secs).unwrap_or(Duration::ZERO),
    }
}

/// The active member whose API token hashes to `key_hash`; marks it used,
/// at most once a minute (so reads stay reads), in the same statement.
pub async fn member_by_token(
    client: &impl deadpool_postgres::GenericClient,
    key_hash: &[u8],
) -> Result<Option<Resolved>, tokio_postgres::Error> {
    // Prepared once per connection: one round trip, not two.
    let statement = client
        .prepare_cached(
            "with used as (
                 update api_tokens set last_used_at = now()
                 where key_hash = $1 and (last_used_at is null or last_used_at < now() - interval '1 minute')
             )
             select u.id as user_id, p.id as profile_id, p.organization_id, u.is_staff,
                    -- until the next use is due to be recorded: a minute after the last
                    -- recorded one (now, if the update above ran)
                    extract(epoch from case when t.last_used_at >= now() - interval '1 minute'
                                            then t.last_used_at + interval '1 minute' - now()
                                            else interval '1 minute' end)::float8 as cache_for
             from api_tokens t
             join users u on u.id = t.user_id
             join profiles p on p.user_id = u.id
             where t.key_hash = $1 and u.is_active",
        )
        .await?;
    let row = client.query_opt(&statement, &[&key_hash]).await?;
    Ok(row.map(|row| resolved(&row, Credential::Token)))
}

/// The active member whose live session hashes to `key_hash`. A session
/// ends at `expires_at` (absolute) or after `idle` unused; seeing it again
/// moves its idle clock (at most once a minute).
pub async fn member_by_session(
    client: &impl deadpool_postgres::GenericClient,
    key_hash: &[u8],
    idle: Duration,
) -> Result<Option<Resolved>, tokio_postgres::Error> {
    let idle_secs = idle.as_secs_f64();
    let statement = client
        .prepare_cached(
            "with live as (
                 select s.id, s.csrf_token, s.user_id, s.last_seen_at, s.expires_at from sessions s
                 where s.key_hash = $1 and s.expires_at > now()
                   and s.last_seen_at > now() - make_interval(secs => $2)
             ), seen as (
                 update sessions set last_seen_at = now()
                 where id = (select id from live) and last_seen_at < now() - interval '1 minute'
             )
             select live.id as session_id, live.csrf_token, u.id as user_id, p.id as profile_id,
                    p.organization_id, u.is_staff,
                    -- until the next sighting is due to be recorded (as for tokens), and
                    -- never past the session's end; its idle end is at least the idle
                    -- time minus a minute away
                    extract(epoch from least(
                        case when live.last_seen_at >= now() - interval '1 minute'
                             then live.last_seen_at + interval '1 minute' - now()
                             else interval '1 minute' end,
                        live.expires_at - now()))::float8 as cache_for
             from live
             join users u on u.id = live.user_id
             join profiles p on p.user_id = u.id
             where u.is_active",
        )
        .await?;
    let row = client
        .query_opt(&statement, &[&key_hash, &idle_secs])
        .await?;
    Ok(row.map(|row| {
        let credential = Credential::Session {
            session_id: row.get("session_id"),
            csrf_token: row.get("csrf_token"),
        };
        resolved(&row, credential)
    }))
}

/// Starts a session for `user_id`, ending at `lifetime` from now at the latest.
pub async fn create_session(
    client: &impl GenericClient,
    key_hash: &[u8],
    user_id: i64,
    csrf_token: &str,
    lifetime: Duration,
) -> Result<i64, tokio_postgres::Error> {
    let secs = lifetime.as_secs_f64();
    let row = client
        .query_one(
            "insert into sessions (key_hash, user_id, csrf_token, expires_at)
             values ($1, $2, $3, now() + make_interval(secs => $4))
             returning id",
            &[&key_hash, &user_id, &csrf_token, &secs],
        )
        .await?;
    Ok(row.get("id"))
}

/// Deletes sessions past their absolute end (the idle ones go when their
/// `expires_at` comes); run at each sign-in, so the table stays small.
pub async fn purge_expired_sessions(
    client: &impl GenericClient,
) -> Result<u64, tokio_postgres::Error> {
    client
        .execute("delete from sessions where expires_at < now()", &[])
        .await
}

/// Ends the session whose key hashes to `key_hash`, if there is one.
pub async fn delete_session_by_key(
    client: &impl GenericClient,
    key_hash: &[u8],
) -> Result<(), tokio_postgres::Error> {
    run(
        client,
        "delete from sessions where key_hash = $1",
        &[&key_hash],
    )
    .await
}

/// Ends one session.
pub async fn delete_session(
    client: &impl GenericClient,
    id: i64,
) -> Result<(), tokio_postgres::Error> {
    run(client, "delete from sessions where id = $1", &[&id]).await
}

/// Ends every session of `user_id` but `keep` (the one in use, if any).
pub async fn delete_sessions_of(
    client: &impl GenericClient,
    user_id: i64,
    keep: Option<i64>,
) -> Result<u64, tokio_postgres::Error> {
    client
        .execute(
            "delete from sessions where user_id = $1 and id is distinct from $2",
            &[&user_id, &keep],
        )
        .await
}

/// When a member's API token was made and last used.
#[derive(Debug, Clone)]
pub struct TokenInfo {
    /// Creation (or last rotation).
    pub created: DateTime<Utc>,
    /// Last use, to the minute.
    pub last_used: Option<DateTime<Utc>>,
}

/// The member's token, if they have one (never its key).
pub async fn token_info(
    client: &impl GenericClient,
    user_id: i64,
) -> Result<Option<TokenInfo>, tokio_postgres::Error> {
    let row = client
        .query_opt(
            "select created_at, last_used_at from api_tokens where user_id = $1",
            &[&user_id],
        )
        .await?;
    Ok(row.map(|row| TokenInfo {
        created: row.get("created_at"),
        last_used: row.get("last_used_at"),
    }))
}

/// Replaces the member's token (if any) by one with `key_hash`; call in a
/// transaction so the old key stops working exactly when the new one starts.
/// The user's row is locked first, so two rotations at once take turns.
pub async fn replace_token(
    client: &impl GenericClient,
    user_id: i64,
    key_hash: &[u8],
) -> Result<TokenInfo, tokio_postgres::Error> {
    client
        .execute("select 1 from users where id = $1 for update", &[&user_id])
        .await?;
    client
        .execute("delete from api_tokens where user_id = $1", &[&user_id])
        .await?;
    let row = client
        .query_one(
            "insert into api_tokens (user_id, key_hash) values ($1, $2)
             returning created_at, last_used_at",
            &[&user_id, &key_hash],
        )
        .await?;
    Ok(TokenInfo {
        created: row.get("created_at"),
        last_used: row.get("last_used_at"),
    })
}

/// Revokes the member's token; false when there was none.
pub async fn delete_token(
    client: &impl GenericClient,
    user_id: i64,
) -> Result<bool, tokio_postgres::Error> {
    Ok(client
        .execute("delete from api_tokens where user_id = $1", &[&user_id])
        .await?
        > 0)
}

/// What a one-time link is for (`one_time_links_purpose_known`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkPurpose {
    /// A forgotten password.
    PasswordReset,
    /// A member created by staff choosing their first password.
    Invitation,
}

impl LinkPurpose {
    /// The value stored in `one_time_links.purpose`.
    pub fn as_str(self) -> &'static str {
        match self {
            LinkPurpose::PasswordReset => "password_reset",
            LinkPurpose::Invitation => "invitation",
        }
    }
}

/// Stores a new link for `user_id`, valid for `valid_for`; earlier unused
/// links of the user stop working (only the newest mail counts).
pub async fn create_link(
    client: &impl GenericClient,
    user_id: i64,
    purpose: LinkPurpose,
    token_hash: &[u8],
    valid_for: Duration,
) -> Result<(), tokio_postgres::Error> {
    run(
        client,
        "update one_time_links set expires_at = now()
         where user_id = $1 and used_at is null and expires_at > now()",
        &[&user_id],
    )
    .await?;
    // Old links are kept a while to tell "expired" from "forged", not forever.
    run(
        client,
        "delete from one_time_links where expires_at < now() - interval '30 days'",
        &[],
    )
    .await?;
    let secs = valid_for.as_secs_f64();
    run(
        client,
        "insert into one_time_links (user_id, purpose, token_hash, expires_at)
         values ($1, $2, $3, now() + make_interval(secs => $4))",
        &[&user_id, &purpose.as_str(), &token_hash, &secs],
    )
    .await
}

/// Whether a link was made for `user_id` less than `within` ago (a reset
/// mail is not sent again so soon: nobody can flood an inbox through us).
pub async fn recent_link_exists(
    client: &impl GenericClient,
    user_id: i64,
    within: Duration,
) -> Result<bool, tokio_postgres::Error> {
    let secs = within.as_secs_f64();
    Ok(client
        .query_one(
            "select exists (select 1 from one_time_links
                            where user_id = $1 and created_at > now() - make_interval(secs => $2)) as recent",
            &[&user_id, &secs],
        )
        .await?
        .get("recent"))
}

/// A one-time link as found, locked until the transaction ends.
#[derive(Debug, Clone)]
pub struct Link {
    /// `one_time_links.id`.
    pub id: i64,
    /// Whose link.
    pub user_id: i64,
    /// Reset or invitation.
    pub purpose: LinkPurpose,
    /// Whether it was already followed.
    pub used: bool,
    /// Whether its time is up.
    pub expired: bool,
}

/// The link whose token hashes to `token_hash`, locked (`for update`) so
/// two requests cannot both use it.
pub async fn link_for_update(
    client: &impl GenericClient,
    token_hash: &[u8],
) -> Result<Option<Link>, tokio_postgres::Error> {
    let row = client
        .query_opt(
            "select id, user_id, purpose, used_at is not null as used, expires_at <= now() as expired
             from one_time_links where token_hash = $1 for update",
            &[&token_hash],
        )
        .await?;
    Ok(row.map(|row| Link {
        id: row.get("id"),
        user_id: row.get("user_id"),
        purpose: if row.get::<_, String>("purpose") == "invitation" {
            LinkPurpose::Invitation
        } else {
            LinkPurpose::PasswordReset
        },
        used: row.get("used"),
        expired: row.get("expired"),
    }))
}

/// Marks a link used.
pub async fn use_link(client: &impl GenericClient, id: i64) -> Result<(), tokio_postgres::Error> {
    run(
        client,
        "update one_time_links set used_at = now() where id = $1",
        &[&id],
    )
    .await
}

/// Failed sign-ins counted against a limit: how many, and when the oldest
/// of them leaves the window (seconds from now).
#[derive(Debug, Clone, Copy)]
pub struct Failures {
    /// Failures in the window.
    pub count: i64,
    /// Seconds until the oldest one no longer counts.
    pub retry_after: f64,
}

/// Takes a transaction-scoped advisory lock on a throttle's `key`: until
/// the transaction ends, nobody else counts or records under that key, so
/// a burst of parallel requests is counted one by one.
pub async fn lock_throttle_key(
    client: &impl GenericClient,
    key: &str,
) -> Result<(), tokio_postgres::Error> {
    run(
        client,
        "select pg_advisory_xact_lock(hashtextextended($1, 0))",
        &[&key],
    )
    .await
}

/// Failures for `account` (a throttle key, case-insensitive) from
/// `client_addr` in the last `window`, since the account's last successful
/// sign-in.
pub async fn account_failures(
    client: &impl GenericClient,
    account: &str,
    client_addr: &str,
    window: Duration,
) -> Result<Failures, tokio_postgres::Error> {
    let secs = window.as_secs_f64();
    let row = client
        .query_one(
            "select count(*) as count,
                    coalesce(extract(epoch from min(attempted_at) + make_interval(secs => $2) - now())::float8, 0) as retry_after
             from sign_in_attempts
             where lower(account) = lower($1) and client_addr = $3 and not succeeded
               and attempted_at > now() - make_interval(secs => $2)
               and attempted_at > coalesce((select max(attempted_at) from sign_in_attempts
                                            where lower(account) = lower($1) and succeeded), '-infinity')",
            &[&account, &secs, &client_addr],
        )
        .await?;
    Ok(Failures {
        count: row.get("count"),
        retry_after: row.get("retry_after"),
    })
}

/// Failures from `client_addr` in the last `window`.
pub async fn address_failures(
    client: &impl GenericClient,
    client_addr: &str,
    window: Duration,
) -> Result<Failures, tokio_postgres::Error> {
    let secs = window.as_secs_f64();
    let row = client
        .query_one(
            "select count(*) as count,
                    coalesce(extract(epoch from min(attempted_at) + make_interval(secs => $2) - now())::float8, 0) as retry_after
             from sign_in_attempts
             where client_addr = $1 and not succeeded
               and attempted_at > now() - make_interval(secs => $2)",
            &[&client_addr, &secs],
        )
        .await?;
    Ok(Failures {
        count: row.get("count"),
        retry_after: row.get("retry_after"),
    })
}

/// Records a sign-in attempt as failed, before its password is checked (a
/// success is marked afterwards, [`attempt_succeeded`]); returns its id.
/// Also purges attempts older than a day.
pub async fn record_attempt(
    client: &impl GenericClient,
    account: &str,
    client_addr: &str,
) -> Result<i64, tokio_postgres::Error> {
    let id = client
        .query_one(
            "insert into sign_in_attempts (account, client_addr, succeeded) values ($1, $2, false)
             returning id",
            &[&account, &client_addr],
        )
        .await?
        .get("id");
    client
        .execute(
            "delete from sign_in_attempts where attempted_at < now() - interval '1 day'",
            &[],
        )
        .await?;
    Ok(id)
}

/// Marks attempt `id` a success (the password was right).
pub async fn attempt_succeeded(
    client: &impl GenericClient,
    id: i64,
) -> Result<(), tokio_postgres::Error> {
    run(
        client,
        "update sign_in_attempts set succeeded = true where id = $1",
        &[&id],
    )
    .await
}

/// Forgets attempt `id`: its password was never checked (no hasher free).
pub async fn forget_attempt(
    client: &impl GenericClient,
    id: i64,
) -> Result<(), tokio_postgres::Error> {
    run(client, "delete from sign_in_attempts where id = $1", &[&id]).await
}

/// Password-reset requests from `client_addr` in the last `window`.
pub async fn reset_requests(
    client: &impl GenericClient,
    client_addr: &str,
    window: Duration,
) -> Result<Failures, tokio_postgres::Error> {
    let secs = window.as_secs_f64();
    let row = client
        .query_one(
            "select count(*) as count,
                    coalesce(extract(epoch from min(requested_at) + make_interval(secs => $2) - now())::float8, 0) as retry_after
             from password_reset_requests
             where client_addr = $1 and requested_at > now() - make_interval(secs => $2)",
            &[&client_addr, &secs],
        )
        .await?;
    Ok(Failures {
        count: row.get("count"),
        retry_after: row.get("retry_after"),
    })
}

/// Records a password-reset request from `client_addr`; also purges
/// requests older than a day.
pub async fn record_reset_request(
    client: &impl GenericClient,
    client_addr: &str,
) -> Result<(), tokio_postgres::Error> {
    run(
        client,
        "insert into password_reset_requests (client_addr) values ($1)",
        &[&client_addr],
    )
    .await?;
    run(
        client,
        "delete from password_reset_requests where requested_at < now() - interval '1 day'",
        &[],
    )
    .await
}
