//! Accounts: API tokens, sessions and one-time links.

use super::{accepted, one, refused, world};
use crate::helpers::migrated_database;

#[tokio::test]
async fn a_member_has_at_most_one_api_token() {
    let db = migrated_database().await;
    let c = &db.client;
    let w = world(c).await;
    accepted(
        c,
        "insert into api_tokens (user_id, key_hash) values ($1, '\\x01')",
        &[&w.user],
    )
    .await;
    assert_eq!(
        refused(
            c,
            "insert into api_tokens (user_id, key_hash) values ($1, '\\x02')",
            &[&w.user]
        )
        .await,
        "api_tokens_user_id_unique"
    );
}

#[tokio::test]
async fn two_sessions_tokens_or_links_cannot_share_a_key_hash() {
    let db = migrated_database().await;
    let c = &db.client;
    let w = world(c).await;
    let bob = one(
        c,
        "insert into users (username, email) values ('bob', 'bob@example.com') returning id",
        &[],
    )
    .await;
    let session = "insert into sessions (key_hash, user_id, csrf_token, expires_at) values ('\\x01', $1, 'csrf', now() + interval '1 day')";
    accepted(c, session, &[&w.user]).await;
    assert_eq!(
        refused(c, session, &[&bob]).await,
        "sessions_key_hash_unique"
    );
    let token = "insert into api_tokens (user_id, key_hash) values ($1, '\\x01')";
    accepted(c, token, &[&w.user]).await;
    assert_eq!(
        refused(c, token, &[&bob]).await,
        "api_tokens_key_hash_unique"
    );
    let link = "insert into one_time_links (user_id, purpose, token_hash, expires_at) values ($1, 'password_reset', '\\x01', now() + interval '1 day')";
    accepted(c, link, &[&w.user]).await;
    assert_eq!(
        refused(c, link, &[&bob]).await,
        "one_time_links_token_hash_unique"
    );
}

#[tokio::test]
async fn a_one_time_link_for_anything_but_a_password_reset_or_an_invitation_is_refused() {
    let db = migrated_database().await;
    let c = &db.client;
    let w = world(c).await;
    assert_eq!(
        refused(
            c,
            "insert into one_time_links (user_id, purpose, token_hash, expires_at) values ($1, 'sign_in', '\\x01', now())",
            &[&w.user]
        )
        .await,
        "one_time_links_purpose_known"
    );
}
