//! Members: users and their profiles.

use super::{accepted, member, one, refused, world};
use crate::helpers::migrated_database;

#[tokio::test]
async fn a_username_with_characters_other_than_letters_digits_and_at_dot_plus_minus_underscore_is_refused(
) {
    let db = migrated_database().await;
    for username in ["", "ann smith", "ann!", "ann/b", "ännа", " ann", "ann\n"] {
        assert_eq!(
            refused(
                &db.client,
                "insert into users (username, email) values ($1, 'ann@example.com')",
                &[&username]
            )
            .await,
            "users_username_format",
            "{username:?}"
        );
    }
    accepted(
        &db.client,
        "insert into users (username, email) values ('Ann.O+k_@-1', 'ann@example.com')",
        &[],
    )
    .await;
}

#[tokio::test]
async fn a_username_longer_than_150_characters_is_refused() {
    let db = migrated_database().await;
    let c = &db.client;
    let too_long = "a".repeat(151);
    assert_eq!(
        refused(
            c,
            "insert into users (username, email) values ($1, 'ann@example.com')",
            &[&too_long]
        )
        .await,
        "users_username_length"
    );
    let longest = "a".repeat(150);
    accepted(
        c,
        "insert into users (username, email) values ($1, 'ann@example.com')",
        &[&longest],
    )
    .await;
}

#[tokio::test]
async fn a_username_already_used_in_another_case_is_refused() {
    let db = migrated_database().await;
    let c = &db.client;
    world(c).await;
    assert_eq!(
        refused(
            c,
            "insert into users (username, email) values ('ANN', 'other@example.com')",
            &[]
        )
        .await,
        "users_username_unique"
    );
}

#[tokio::test]
async fn an_invalid_email_is_refused() {
    let db = migrated_database().await;
    for email in [
        "",
        "ann",
        "ann@example",
        "@example.com",
        "ann@",
        "ann@@example.com",
        "ann@exa@mple.com",
        "ann smith@example.com",
        " ann@example.com",
        "ann@example.com ",
        "ann@.com",
        "ann@example.",
    ] {
        assert_eq!(
            refused(
                &db.client,
                "insert into users (username, email) values ('ann', $1)",
                &[&email]
            )
            .await,
            "users_email_format",
            "{email:?}"
        );
    }
    accepted(
        &db.client,
        "insert into users (username, email) values ('ann', 'Ann.O+tag@mail.example.org')",
        &[],
    )
    .await;
}

#[tokio::test]
async fn an_email_longer_than_254_characters_is_refused() {
    let db = migrated_database().await;
    let c = &db.client;
    let too_long = format!("{}@example.com", "a".repeat(243));
    assert_eq!(too_long.chars().count(), 255);
    assert_eq!(
        refused(
            c,
            "insert into users (username, email) values ('ann', $1)",
            &[&too_long]
        )
        .await,
        "users_email_length"
    );
    let longest = format!("{}@example.com", "a".repeat(242));
    accepted(
        c,
        "insert into users (username, email) values ('ann', $1)",
        &[&longest],
    )
    .await;
}

#[tokio::test]
async fn an_email_already_used_in_another_case_is_refused() {
    let db = migrated_database().await;
    let c = &db.client;
    world(c).await;
    assert_eq!(
        refused(
            c,
            "insert into users (username, email) values ('bob', 'ANN@Example.com')",
            &[]
        )
        .await,
        "users_email_unique"
    );
}

#[tokio::test]
async fn a_first_or_last_name_longer_than_150_characters_is_refused() {
    let db = migrated_database().await;
    let c = &db.client;
    let too_long = "é".repeat(151);
    for column in ["first_name", "last_name"] {
        let insert = format!(
            "insert into users (username, email, {column}) values ('ann', 'ann@example.com', $1)"
        );
        assert_eq!(
            refused(c, &insert, &[&too_long]).await,
            format!("users_{column}_length")
        );
    }
    let longest = "é".repeat(150);
    accepted(
        c,
        "insert into users (username, email, first_name, last_name) values ('ann', 'ann@example.com', $1, $1)",
        &[&longest],
    )
    .await;
}

#[tokio::test]
async fn a_first_or_last_name_with_surrounding_blanks_is_refused() {
    let db = migrated_database().await;
    let c = &db.client;
    for column in ["first_name", "last_name"] {
        let insert = format!(
            "insert into users (username, email, {column}) values ('ann', 'ann@example.com', $1)"
        );
        for untrimmed in [" Ann", "Ann ", "Ann\t"] {
            assert_eq!(
                refused(c, &insert, &[&untrimmed]).await,
                format!("users_{column}_trimmed")
            );
        }
    }
}

#[tokio::test]
async fn a_password_that_is_not_a_hash_mothra_checks_is_refused() {
    let db = migrated_database().await;
    for hash in [
        "hunter2",
        "",
        "$argon2i$v=19$m=16,t=2,p=1$c2FsdA$aGFzaA",
        // Django's unusable password: the importer stores none instead.
        "!NRbPaJcV8JL84XfBc6YGjyrQJZS4FNvsmqQAwMKp",
        // Django hashers Mothra does not check.
        "md5$salt$5f4dcc3b5aa765d61d8327deb882cf99",
        "bcrypt$$2b$12$K8LFFpaRAW7H52qSt14sbuo81U0WY/A4Gby2puw6kwWoEIBknGa5q",
        "argon2$argon2d$v=19$m=16,t=2,p=1$c2FsdA$aGFzaA",
        "pbkdf2_sha256$",
        "pbkdf2_sha256$1000$salt$hash with spaces",
    ] {
        assert_eq!(
            refused(
                &db.client,
                "insert into users (username, email, password_hash) values ('ann', 'ann@example.com', $1)",
                &[&hash]
            )
            .await,
            "users_password_hash_format",
            "{hash:?}"
        );
    }
}

#[tokio::test]
async fn the_hashes_of_djangos_default_hashers_are_accepted() {
    let db = migrated_database().await;
    // Made by Django 5.2 (src/auth/django_hashers.rs has them all).
    for (i, hash) in [
        "pbkdf2_sha256$1000000$fmfFojNNiEs5yY2chC5fR9$h/uR27JazdjQhD8y6uxD/c0RC3stBWPjoQU/rm6S6mU=",
        "pbkdf2_sha1$10000$uUkBXsEROB1lCIRkmFUN30$a4XQWMvvTY2t7Py6nVFH8CxKzP0=",
        "argon2$argon2id$v=19$m=102400,t=2,p=8$Y0toYzZLY3ZmQVZhMUN1b0tTUHozcg$c8bNDQcoX2htkXjARztugrFhS74rdhKDWlrFjgzeHyM",
        "argon2$argon2i$m=8,t=1,p=1$c29tZXNhbHQ$gwQOXSNhxiOxPOA0+PY10P9QFO4NAYysnqRt1GSQLE55m+2GYDt9FEjPMHhP2Cuf0nOEXXMocVrsJAtNSsKyfg",
        "bcrypt_sha256$$2b$12$K8LFFpaRAW7H52qSt14sbuo81U0WY/A4Gby2puw6kwWoEIBknGa5q",
        "scrypt$16384$nt3XliavVrwB4Gao77Syvc$8$5$dIe37meEGE0X/m9KTn8hMX1fYPIgkDccKhnuyS4qu9P64uEkGOKSvTtCwcSNghVZvBGVNdKvoxDPH7cXq0mttA==",
    ]
    .into_iter()
    .enumerate()
    {
        accepted(
            &db.client,
            "insert into users (username, email, password_hash) values ($1, $1 || '@example.com', $2)",
            &[&format!("m{i}"), &hash],
        )
        .await;
    }
}

#[tokio::test]
async fn an_invited_member_without_a_password_and_a_member_with_one_are_accepted() {
    let db = migrated_database().await;
    let c = &db.client;
    let row = c
        .query_one(
            "insert into users (username, email) values ('invited', 'invited@example.com')
             returning password_hash, is_staff, is_active, first_name, last_login",
            &[],
        )
        .await
        .unwrap();
    assert_eq!(row.get::<_, Option<String>>(0), None);
    assert!(!row.get::<_, bool>(1), "not staff by default");
    assert!(row.get::<_, bool>(2), "active by default");
    assert_eq!(row.get::<_, String>(3), "");
    accepted(
        c,
        "insert into users (username, email, first_name, last_name, password_hash, is_staff)
         values ('ann', 'ann@example.com', 'Ann', 'Ó Súilleabháin',
                 '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo', true)",
        &[],
    )
    .await;
}

#[tokio::test]
async fn a_member_has_at_most_one_profile() {
    let db = migrated_database().await;
    let c = &db.client;
    let w = world(c).await;
    assert_eq!(
        refused(c, "insert into profiles (user_id) values ($1)", &[&w.user]).await,
        "profiles_user_id_unique"
    );
}

#[tokio::test]
async fn a_github_id_that_is_not_a_github_user_name_is_refused() {
    let db = migrated_database().await;
    let c = &db.client;
    let (user, _) = member(c, "ann").await;
    for github_id in [
        "",
        "-ann",
        "ann-",
        "an--n",
        "an_n",
        "an.n",
        "ann smith",
        "änn",
    ] {
        assert_eq!(
            refused(
                c,
                "update profiles set github_id = $2 where user_id = $1",
                &[&user, &github_id]
            )
            .await,
            "profiles_github_id_format",
            "{github_id:?}"
        );
    }
    accepted(
        c,
        "update profiles set github_id = 'Ann-B-2' where user_id = $1",
        &[&user],
    )
    .await;
}

#[tokio::test]
async fn a_github_id_longer_than_39_characters_is_refused() {
    let db = migrated_database().await;
    let c = &db.client;
    let (user, _) = member(c, "ann").await;
    let too_long = "a".repeat(40);
    assert_eq!(
        refused(
            c,
            "update profiles set github_id = $2 where user_id = $1",
            &[&user, &too_long]
        )
        .await,
        "profiles_github_id_length"
    );
    let longest = "a".repeat(39);
    accepted(
        c,
        "update profiles set github_id = $2 where user_id = $1",
        &[&user, &longest],
    )
    .await;
}

#[tokio::test]
async fn a_profile_in_an_unknown_organization_is_refused() {
    let db = migrated_database().await;
    let c = &db.client;
    let w = world(c).await;
    assert_eq!(
        refused(
            c,
            "update profiles set organization_id = 999999 where id = $1",
            &[&w.profile]
        )
        .await,
        "profiles_organization_id_fkey"
    );
}

#[tokio::test]
async fn deleting_a_member_deletes_their_profile_sessions_token_and_links() {
    let db = migrated_database().await;
    let c = &db.client;
    let (user, _) = member(c, "bob").await;
    accepted(
        c,
        "insert into sessions (key_hash, user_id, csrf_token, expires_at) values ('\\x01', $1, 'csrf', now() + interval '14 days')",
        &[&user],
    )
    .await;
    accepted(
        c,
        "insert into api_tokens (user_id, key_hash) values ($1, '\\x02')",
        &[&user],
    )
    .await;
    accepted(
        c,
        "insert into one_time_links (user_id, purpose, token_hash, expires_at) values ($1, 'invitation', '\\x03', now() + interval '1 day')",
        &[&user],
    )
    .await;
    accepted(c, "delete from users where id = $1", &[&user]).await;
    for table in ["profiles", "sessions", "api_tokens", "one_time_links"] {
        assert_eq!(
            one(c, &format!("select count(*) from {table}"), &[]).await,
            0,
            "{table}"
        );
    }
}

#[tokio::test]
async fn a_profile_is_created_with_each_member() {
    let db = migrated_database().await;
    let c = &db.client;
    let user = one(
        c,
        "insert into users (username, email) values ('ann', 'ann@example.com') returning id",
        &[],
    )
    .await;
    assert_eq!(
        one(
            c,
            "select count(*) from profiles where user_id = $1",
            &[&user]
        )
        .await,
        1
    );
}

#[tokio::test]
async fn the_last_active_staff_user_cannot_be_deleted_deactivated_or_demoted() {
    let db = migrated_database().await;
    let c = &db.client;
    let admin = one(
        c,
        "insert into users (username, email, is_staff) values ('admin', 'admin@example.com', true) returning id",
        &[],
    )
    .await;
    for change in [
        "delete from users where id = $1",
        "update users set is_active = false where id = $1",
        "update users set is_staff = false where id = $1",
    ] {
        assert_eq!(
            refused(c, change, &[&admin]).await,
            "users_last_staff",
            "{change}"
        );
    }
    // With a second active staff user either may step down, but not both.
    let (other, _) = member(c, "other").await;
    accepted(
        c,
        "update users set is_staff = true where id = $1",
        &[&other],
    )
    .await;
    accepted(
        c,
        "update users set is_staff = false where id = $1",
        &[&admin],
    )
    .await;
    assert_eq!(
        refused(c, "delete from users where id = $1", &[&other]).await,
        "users_last_staff"
    );
}
