//! Credentials → members: the lookups behind every authenticated request.

use std::time::Duration;

use tokio_postgres::{Client, Row};

use crate::auth::{Credential, Member};

fn member(row: &Row, credential: Credential) -> Member {
    Member {
        user_id: row.get("user_id"),
        profile_id: row.get("profile_id"),
        organization_id: row.get("organization_id"),
        is_staff: row.get("is_staff"),
        credential,
    }
}

/// The active member whose API token hashes to `key_hash`; marks it used
/// (at most once a minute, so reads stay reads).
pub async fn member_by_token(
    client: &Client,
    key_hash: &[u8],
) -> Result<Option<Member>, tokio_postgres::Error> {
    let row = client
        .query_opt(
            "with used as (
                 update api_tokens set last_used_at = now()
                 where key_hash = $1 and (last_used_at is null or last_used_at < now() - interval '1 minute')
             )
             select u.id as user_id, p.id as profile_id, p.organization_id, u.is_staff
             from api_tokens t
             join users u on u.id = t.user_id
             join profiles p on p.user_id = u.id
             where t.key_hash = $1 and u.is_active",
            &[&key_hash],
        )
        .await?;
    Ok(row.map(|row| member(&row, Credential::Token)))
}

/// The active member whose live session hashes to `key_hash`. A session
/// ends at `expires_at` (absolute) or after `idle` unused; seeing it again
/// moves its idle clock (at most once a minute).
pub async fn member_by_session(
    client: &Client,
    key_hash: &[u8],
    idle: Duration,
) -> Result<Option<Member>, tokio_postgres::Error> {
    let idle_secs = idle.as_secs_f64();
    let row = client
        .query_opt(
            "with live as (
                 select s.id, s.csrf_token, s.user_id from sessions s
                 where s.key_hash = $1 and s.expires_at > now()
                   and s.last_seen_at > now() - make_interval(secs => $2)
             ), seen as (
                 update sessions set last_seen_at = now()
                 where id = (select id from live) and last_seen_at < now() - interval '1 minute'
             )
             select live.id as session_id, live.csrf_token, u.id as user_id, p.id as profile_id,
                    p.organization_id, u.is_staff
             from live
             join users u on u.id = live.user_id
             join profiles p on p.user_id = u.id
             where u.is_active",
            &[&key_hash, &idle_secs],
        )
        .await?;
    Ok(row.map(|row| {
        let credential = Credential::Session {
            session_id: row.get("session_id"),
            csrf_token: row.get("csrf_token"),
        };
        member(&row, credential)
    }))
}
