//! Members: the users table and the profile and organization a member sees
//! of themselves. (Profiles are created by a trigger, V7.)

use chrono::{DateTime, Utc};
use serde::Serialize;
use tokio_postgres::{GenericClient, Row};

use super::run;

/// A user as the API shows it (never the password hash).
#[derive(Debug, Clone, Serialize)]
pub struct User {
    /// `users.id`.
    pub id: i64,
    /// Sign-in name.
    pub username: String,
    /// Email address.
    pub email: String,
    /// Given name.
    pub first_name: String,
    /// Family name.
    pub last_name: String,
    /// Staff may do everything.
    pub is_staff: bool,
    /// Inactive members cannot sign in.
    pub is_active: bool,
    /// When the account was made.
    pub date_joined: DateTime<Utc>,
    /// The last successful sign-in.
    pub last_login: Option<DateTime<Utc>>,
    /// Row creation time.
    pub created_at: DateTime<Utc>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
}

const USER_COLUMNS: &str = "u.id, u.username, u.email, u.first_name, u.last_name, u.is_staff, \
     u.is_active, u.date_joined, u.last_login, u.created_at, u.updated_at";

impl From<&Row> for User {
    fn from(row: &Row) -> Self {
        User {
            id: row.get("id"),
            username: row.get("username"),
            email: row.get("email"),
            first_name: row.get("first_name"),
            last_name: row.get("last_name"),
            is_staff: row.get("is_staff"),
            is_active: row.get("is_active"),
            date_joined: row.get("date_joined"),
            last_login: row.get("last_login"),
            created_at: row.get("created_at"),
            updated_at: row.get("updated_at"),
        }
    }
}

/// What a new user is made of; the values are already validated.
#[derive(Debug, Clone)]
pub struct NewUser {
    /// Sign-in name.
    pub username: String,
    /// Email address.
    pub email: String,
    /// Given name.
    pub first_name: String,
    /// Family name.
    pub last_name: String,
    /// An Argon2id PHC string, or none for an invitation.
    pub password_hash: Option<String>,
    /// Staff or not.
    pub is_staff: bool,
    /// False for an invited member until they accept.
    pub is_active: bool,
}

/// Inserts a user (the profile follows by trigger).
pub async fn insert(
    client: &impl GenericClient,
    user: &NewUser,
) -> Result<User, tokio_postgres::Error> {
    let sql = format!(
        "insert into users as u (username, email, first_name, last_name, password_hash, is_staff, is_active)
         values ($1, $2, $3, $4, $5, $6, $7)
         returning {USER_COLUMNS}"
    );
    let row = client
        .query_one(
            &sql,
            &[
                &user.username,
                &user.email,
                &user.first_name,
                &user.last_name,
                &user.password_hash,
                &user.is_staff,
                &user.is_active,
            ],
        )
        .await?;
    Ok(User::from(&row))
}

/// Who a new member is, by name: what first-run setup and `mothra
/// createsuperuser` both ask for (already validated).
#[derive(Debug, Clone, Copy)]
pub struct Names<'a> {
    /// Sign-in name.
    pub username: &'a str,
    /// Email address.
    pub email: &'a str,
    /// Given name.
    pub first_name: &'a str,
    /// Family name.
    pub last_name: &'a str,
}

/// Inserts an active staff user with a password: the one way staff come
/// to exist, by first-run setup (`POST /api/auth/setup`) or `mothra
/// createsuperuser`.
pub async fn insert_staff(
    client: &impl GenericClient,
    names: Names<'_>,
    password_hash: String,
) -> Result<User, tokio_postgres::Error> {
    let user = NewUser {
        username: names.username.to_owned(),
        email: names.email.to_owned(),
        first_name: names.first_name.to_owned(),
        last_name: names.last_name.to_owned(),
        password_hash: Some(password_hash),
        is_staff: true,
        is_active: true,
    };
    insert(client, &user).await
}

/// The user by id.
pub async fn by_id(
    client: &impl GenericClient,
    id: i64,
) -> Result<Option<User>, tokio_postgres::Error> {
    let sql = format!("select {USER_COLUMNS} from users u where u.id = $1");
    Ok(client
        .query_opt(&sql, &[&id])
        .await?
        .as_ref()
        .map(User::from))
}

/// What sign-in needs to know about an account.
#[derive(Debug, Clone)]
pub struct SignInCandidate {
    /// `users.id`.
    pub id: i64,
    /// The hash to verify against; none for an invited member.
    pub password_hash: Option<String>,
    /// Inactive members are refused.
    pub is_active: bool,
}

/// The account named by `login`, a username or an email address (a
/// username match wins, since a username may look like someone's email).
pub async fn for_sign_in(
    client: &impl GenericClient,
    login: &str,
) -> Result<Option<SignInCandidate>, tokio_postgres::Error> {
    let row = client
        .query_opt(
            "select id, password_hash, is_active from users
             where lower(username) = lower($1) or lower(email) = lower($1)
             order by (lower(username) = lower($1)) desc
             limit 1",
            &[&login],
        )
        .await?;
    Ok(row.map(|row| SignInCandidate {
        id: row.get("id"),
        password_hash: row.get("password_hash"),
        is_active: row.get("is_active"),
    }))
}

/// The password hash of an account, for a password change.
pub async fn password_hash(
    client: &impl GenericClient,
    id: i64,
) -> Result<Option<String>, tokio_postgres::Error> {
    Ok(client
        .query_opt("select password_hash from users where id = $1", &[&id])
        .await?
        .and_then(|row| row.get("password_hash")))
}

/// Stamps a successful sign-in.
pub async fn record_login(
    client: &impl GenericClient,
    id: i64,
) -> Result<(), tokio_postgres::Error> {
    run(
        client,
        "update users set last_login = now() where id = $1",
        &[&id],
    )
    .await
}

/// Sets a new password hash; `activate` also makes the account active
/// (accepting an invitation).
pub async fn set_password(
    client: &impl GenericClient,
    id: i64,
    hash: &str,
    activate: bool,
) -> Result<(), tokio_postgres::Error> {
    run(
        client,
        "update users set password_hash = $2, is_active = is_active or $3 where id = $1",
        &[&id, &hash, &activate],
    )
    .await
}

/// The account a password reset for `email` may go to: an active one, or
/// an invited one that never chose a password (true: its link is an
/// invitation, which activates it). Deactivated members get nothing.
pub async fn resettable_by_email(
    client: &impl GenericClient,
    email: &str,
) -> Result<Option<(User, bool)>, tokio_postgres::Error> {
    let sql = format!(
        "select {USER_COLUMNS}, not u.is_active as pending from users u
         where lower(u.email) = lower($1)
           and (u.is_active or (u.password_hash is null and u.last_login is null))"
    );
    Ok(client
        .query_opt(&sql, &[&email])
        .await?
        .map(|row| (User::from(&row), row.get("pending"))))
}

/// Locks user `id`'s row until the transaction ends, so that requests
/// about one account (reset mails) take turns.
pub async fn lock(client: &impl GenericClient, id: i64) -> Result<(), tokio_postgres::Error> {
    run(
        client,
        "select 1 from users where id = $1 for update",
        &[&id],
    )
    .await
}

/// Whether any user exists at all (the first-run setup's question).
pub async fn any_exist(client: &impl GenericClient) -> Result<bool, tokio_postgres::Error> {
    Ok(client
        .query_one("select exists (select 1 from users) as any", &[])
        .await?
        .get("any"))
}

/// Serialises first-run setups: held until the transaction ends.
pub async fn lock_setup(client: &impl GenericClient) -> Result<(), tokio_postgres::Error> {
    run(client, "select pg_advisory_xact_lock(7346502)", &[]).await
}

/// A member's own profile, as `/api/me/` shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Profile {
    /// `profiles.id`.
    pub id: i64,
    /// The user's id.
    pub user: i64,
    /// GitHub user name, for the avatar.
    pub github_id: Option<String>,
    /// The organization's id.
    pub organization: Option<i64>,
    /// Ids of the products this member has reviewed.
    pub products: Vec<i64>,
    /// Row creation time.
    pub created_at: DateTime<Utc>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
}

/// A member's organization, as `/api/me/` shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Organization {
    /// `organizations.id`.
    pub id: i64,
    /// Its name.
    pub name: String,
    /// Number of schools.
    pub size: Option<i32>,
    /// Grade ids.
    pub grades: Vec<i64>,
    /// Location ids.
    pub locations: Vec<i64>,
    /// OrgType id.
    pub org_type: i64,
    /// "K-8", "TK-12", "9", or none without grades.
    pub grade_range: Option<String>,
    /// Row creation time.
    pub created_at: DateTime<Utc>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
}

/// The user's profile (every user has one, by trigger).
pub async fn profile_of(
    client: &impl GenericClient,
    user_id: i64,
) -> Result<Option<Profile>, tokio_postgres::Error> {
    let row = client
        .query_opt(
            "select p.id, p.user_id, p.github_id, p.organization_id, p.created_at, p.updated_at,
                    coalesce(array(select distinct r.product_id from usages r
                                   where r.reviewer_id = p.id order by 1), '{}') as products
             from profiles p where p.user_id = $1",
            &[&user_id],
        )
        .await?;
    Ok(row.map(|row| Profile {
        id: row.get("id"),
        user: row.get("user_id"),
        github_id: row.get("github_id"),
        organization: row.get("organization_id"),
        products: row.get("products"),
        created_at: row.get("created_at"),
        updated_at: row.get("updated_at"),
    }))
}

/// An organization with its grades, locations and grade range.
pub async fn organization(
    client: &impl GenericClient,
    id: i64,
) -> Result<Option<Organization>, tokio_postgres::Error> {
    let row = client
        .query_opt(
            "select o.id, o.name, o.size, o.org_type_id, o.created_at, o.updated_at,
                    array(select grade_id from organization_grades where organization_id = o.id order by 1) as grades,
                    array(select location_id from organization_locations where organization_id = o.id order by 1) as locations,
                    (select case when min(g.level) = max(g.level) then min(g.name)
                                 else (array_agg(g.name order by g.level))[1] || '-' ||
                                      (array_agg(g.name order by g.level desc))[1] end
                     from organization_grades og join grades g on g.id = og.grade_id
                     where og.organization_id = o.id) as grade_range
             from organizations o where o.id = $1",
            &[&id],
        )
        .await?;
    Ok(row.map(|row| Organization {
        id: row.get("id"),
        name: row.get("name"),
        size: row.get("size"),
        grades: row.get("grades"),
        locations: row.get("locations"),
        org_type: row.get("org_type_id"),
        grade_range: row.get("grade_range"),
        created_at: row.get("created_at"),
        updated_at: row.get("updated_at"),
    }))
}

/// Puts the member with profile `profile_id` in `organization` (none:
/// they leave theirs).
pub async fn set_organization(
    client: &impl GenericClient,
    profile_id: i64,
    organization: Option<i64>,
) -> Result<(), tokio_postgres::Error> {
    run(
        client,
        "update profiles set organization_id = $2 where id = $1",
        &[&profile_id, &organization],
    )
    .await
}

/// Puts the member whose user is `user_id` in `organization`.
pub async fn set_organization_of_user(
    client: &impl GenericClient,
    user_id: i64,
    organization: Option<i64>,
) -> Result<(), tokio_postgres::Error> {
    run(
        client,
        "update profiles set organization_id = $2 where user_id = $1",
        &[&user_id, &organization],
    )
    .await
}
