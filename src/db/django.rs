//! The SQL of the move from the Django original (`mothra import` of a
//! `manage.py dumpdata` document; the reading and the rules of single
//! objects are in `src/django/`). Objects are staged in temporary tables
//! (`django/stage.sql`), checked across rows by the statements
//! [`checks`] builds from the declarations below, then loaded
//! (`django/load.sql`), all in the caller's transaction.
//!
//! Table and column names in the built statements come only from the
//! constants in this file, never from the document.

use serde_json::Value;
use tokio_postgres::{GenericClient, Transaction};

/// The staging tables and the DDL that makes them.
const STAGE: &str = include_str!("django/stage.sql");
/// The load after the reference data's.
const LOAD: &str = include_str!("django/load.sql");

/// A model Mothra carries and the temporary table its objects are staged in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stage {
    /// Django's label (`app.model`), as the document and the report name it.
    pub model: &'static str,
    /// The staging table.
    pub table: &'static str,
}

macro_rules! stages {
    ($($name:ident = $model:literal => $table:literal;)+) => {
        $(
            #[doc = concat!("`", $model, "`, staged in `", $table, "`.")]
            pub const $name: Stage = Stage { model: $model, table: $table };
        )+
        /// Every carried model, parents before the models that point at them
        /// (the order of the report and of the checks).
        pub const STAGES: &[Stage] = &[$($name),+];
    };
}

stages! {
    GRADE = "accounts.grade" => "dj_grade";
    LOCATION = "accounts.location" => "dj_location";
    ORG_TYPE = "accounts.orgtype" => "dj_orgtype";
    DOMAIN = "inventory.domain" => "dj_domain";
    SUBJECT = "inventory.subject" => "dj_subject";
    USAGE_TYPE = "inventory.usagetype" => "dj_usagetype";
    DATA_INTERFACE = "inventory.datainterface" => "dj_datainterface";
    ORGANIZATION = "accounts.organization" => "dj_organization";
    USER = "auth.user" => "dj_user";
    PROFILE = "accounts.profile" => "dj_profile";
    PRODUCT = "inventory.product" => "dj_product";
    USAGE = "inventory.usage" => "dj_usage";
    TOKEN = "authtoken.token" => "dj_token";
}

/// Where refusals are staged (`seq`, `model`, `pk`, `field`, `value`, `reason`).
pub const REFUSALS: &str = "dj_refusal";

/// Reference data: matched onto Mothra's rows by a natural key rather
/// than by id, since the ids differ (Mothra seeds 51 locations, the
/// original 50, so every id after District of Columbia moves by one).
struct Reference {
    stage: Stage,
    /// Mothra's table.
    table: &'static str,
    /// The columns a new row is made of (the staging table's names too).
    columns: &'static str,
    /// The key on Mothra's side (`x` is its row), as its unique index reads it.
    key: &'static str,
    /// The same key on the staged row (`s`), whose texts are already trimmed.
    staged_key: &'static str,
    /// How the report names the key.
    by: &'static str,
}

const REFERENCES: &[Reference] = &[
    Reference {
        stage: GRADE,
        table: "grades",
        columns: "level, name",
        key: "x.level",
        staged_key: "s.level",
        by: "level",
    },
    Reference {
        stage: LOCATION,
        table: "locations",
        columns: "name, abbreviation",
        key: "x.abbreviation",
        staged_key: "s.abbreviation",
        by: "abbreviation",
    },
    named(ORG_TYPE, "org_types", "name"),
    named(DOMAIN, "domains", "name, color"),
    named(SUBJECT, "subjects", "name, icon"),
    named(USAGE_TYPE, "usage_types", "name"),
    named(DATA_INTERFACE, "data_interfaces", "name"),
];

const fn named(stage: Stage, table: &'static str, columns: &'static str) -> Reference {
    Reference {
        stage,
        table,
        columns,
        key: "lower(btrim(x.name))",
        staged_key: "lower(s.name)",
        by: "name",
    }
}

/// The natural key a reference model is matched by (`level`, `name`, ...),
/// or `None` for content.
pub fn matched_by(stage: Stage) -> Option<&'static str> {
    REFERENCES.iter().find(|r| r.stage == stage).map(|r| r.by)
}

/// Creates the staging tables (in the transaction; gone when it ends).
pub async fn create_stages(tx: &Transaction<'_>) -> Result<(), tokio_postgres::Error> {
    tx.batch_execute(STAGE).await
}

/// Stages `rows` (a JSON array of objects named as `table`'s columns) in
/// `table`, one of [`STAGES`]' tables or [`REFUSALS`].
pub async fn stage(
    tx: &Transaction<'_>,
    table: &'static str,
    rows: &Value,
) -> Result<u64, tokio_postgres::Error> {
    debug_assert!(table == REFUSALS || STAGES.iter().any(|s| s.table == table));
    tx.execute(
        &format!("insert into {table} select * from jsonb_populate_recordset(null::{table}, $1)"),
        &[rows],
    )
    .await
}

/// A duplicate check: of the rows still in that share `key`, the first in
/// the document stays and the others are refused.
struct Unique {
    stage: Stage,
    key: &'static str,
    field: &'static str,
    value: &'static str,
    /// Why, with `%s` for the kept row's pk.
    reason: &'static str,
}

/// A reference from one staged model to another, by a column of pks.
struct Points {
    stage: Stage,
    column: &'static str,
    to: Stage,
    /// Left out with its target (else loaded without the reference).
    required: bool,
}

/// One step of the checks, in the order they run.
enum Check {
    Unique(Unique),
    Points(Points),
    /// An array of pks (a many-to-many): links to missing or left-out
    /// rows are left out, the row is kept.
    Links(Points),
    /// `user_seq` of a profile or token from its user's pk or username.
    ResolveUser(Stage),
}

fn unique_pk(stage: Stage) -> Check {
    // A token's staged pk is its key shortened for the report; the key
    // itself is known by its hash.
    let key = if stage == TOKEN { "s.key_hash" } else { "pk" };
    Check::Unique(Unique {
        stage,
        key,
        field: "pk",
        value: "s.pk::text",
        reason: "the document has this pk twice; the first object with it is kept (%s)",
    })
}

fn points(stage: Stage, column: &'static str, to: Stage, required: bool) -> Check {
    Check::Points(Points {
        stage,
        column,
        to,
        required,
    })
}

/// Every check, parents before children, so that when a row is looked at
/// its parents' fates are settled: references first, then duplicates among
/// the rows still in.
fn checks() -> Vec<Check> {
    let mut checks: Vec<Check> = STAGES.iter().map(|s| unique_pk(*s)).collect();
    checks.extend([
        points(ORGANIZATION, "org_type", ORG_TYPE, true),
        Check::Links(Points {
            stage: ORGANIZATION,
            column: "grades",
            to: GRADE,
            required: false,
        }),
        Check::Links(Points {
            stage: ORGANIZATION,
            column: "locations",
            to: LOCATION,
            required: false,
        }),
        Check::Unique(Unique {
            stage: ORGANIZATION,
            key: "lower(s.name)",
            field: "name",
            value: "s.name",
            reason: "the same name as accounts.organization %s (Mothra's names are unique, ignoring case)",
        }),
        Check::Unique(Unique {
            stage: USER,
            key: "lower(s.username)",
            field: "username",
            value: "s.username",
            reason: "the same username, but for case, as auth.user %s (Mothra's usernames are unique, ignoring case)",
        }),
        Check::Unique(Unique {
            stage: USER,
            key: "lower(s.email)",
            field: "email",
            value: "s.email",
            reason: "the same email as auth.user %s (each member needs an email of their own, for sign-in and password reset)",
        }),
        Check::ResolveUser(PROFILE),
        points(PROFILE, "user_seq", USER, true),
        Check::Unique(Unique {
            stage: PROFILE,
            key: "s.user_seq",
            field: "user",
            value: "coalesce(s.user_pk::text, s.user_username)",
            reason: "a second profile for the same user as accounts.profile %s",
        }),
        points(PROFILE, "organization", ORGANIZATION, false),
        points(PRODUCT, "domain", DOMAIN, true),
        points(PRODUCT, "subject", SUBJECT, false),
        Check::Unique(Unique {
            stage: PRODUCT,
            key: "lower(s.name)",
            field: "name",
            value: "s.name",
            reason: "the same name as inventory.product %s (Mothra's names are unique, ignoring case)",
        }),
        points(USAGE, "product", PRODUCT, true),
        points(USAGE, "organization", ORGANIZATION, true),
        points(USAGE, "reviewer", PROFILE, true),
        points(USAGE, "usage_type", USAGE_TYPE, true),
        points(USAGE, "how_push", DATA_INTERFACE, false),
        points(USAGE, "how_pull", DATA_INTERFACE, false),
        Check::Unique(Unique {
            stage: USAGE,
            key: "array[s.product, s.organization, s.reviewer]",
            field: "product",
            value: "s.product::text",
            reason: "the same product, organization and reviewer as inventory.usage %s (a member reviews a product once per organization)",
        }),
        Check::ResolveUser(TOKEN),
        points(TOKEN, "user_seq", USER, true),
        Check::Unique(Unique {
            stage: TOKEN,
            key: "s.user_seq",
            field: "user",
            value: "coalesce(s.user_pk::text, s.user_username)",
            reason: "a second token for the same user as authtoken.token %s (a member has one token)",
        }),
    ]);
    checks
}

impl Check {
    fn sql(&self) -> String {
        match self {
            Check::Unique(u) => format!(
                "with ranked as (
                     select s.seq, first_value(s.pk::text) over w as first_pk,
                            first_value(s.seq) over w as first_seq
                       from {t} s where not s.left_out and {key} is not null
                     window w as (partition by {key} order by s.seq)),
                 later as (
                     update {t} s set left_out = true from ranked r
                      where r.seq = s.seq and r.first_seq <> s.seq
                     returning s.seq, s.pk::text as pk, to_json({value})::text as value, r.first_pk)
                 insert into dj_refusal (seq, model, pk, field, value, reason)
                 select seq, '{model}', pk, '{field}', value, format('{reason}', first_pk) from later",
                t = u.stage.table,
                model = u.stage.model,
                key = u.key,
                field = u.field,
                value = u.value,
                // A constant, but it may hold an apostrophe.
                reason = u.reason.replace('\'', "''"),
            ),
            Check::Points(p) => {
                // A user is pointed at by `user_seq` (its dj_user row), the
                // others by pk; a missing user has no seq, so its pk or
                // username is what the message names.
                let (target, shown) = if p.column == "user_seq" {
                    ("seq", "coalesce(s.user_pk::text, s.user_username)")
                } else {
                    ("pk", "s.{column}::text")
                };
                let shown = shown.replace("{column}", p.column);
                let field = p.column.trim_end_matches("_seq");
                let (present, missing) = if p.column == "user_seq" {
                    (
                        "s.user_seq is not null".to_owned(),
                        "(s.user_pk is not null or s.user_username is not null)".to_owned(),
                    )
                } else {
                    (
                        format!("exists (select 1 from {to} p where p.pk = s.{c})", to = p.to.table, c = p.column),
                        format!("s.{} is not null", p.column),
                    )
                };
                let missing_rows = format!(
                    "with missing as (
                         update {t} s set left_out = true
                          where not s.left_out and {missing} and not ({present})
                         returning s.seq, s.pk::text as pk, {shown} as value)
                     insert into dj_refusal (seq, model, pk, field, value, reason)
                     select seq, '{model}', pk, '{field}', value,
                            format('{to_model} %s is not in the document', value)
                       from missing",
                    t = p.stage.table,
                    model = p.stage.model,
                    to_model = p.to.model,
                );
                let left_out_target = format!(
                    "exists (select 1 from {to} p where p.{target} = s.{c} and p.left_out)
                     and not exists (select 1 from {to} p where p.{target} = s.{c} and not p.left_out)",
                    to = p.to.table,
                    c = p.column,
                );
                let dependents = if p.required {
                    format!(
                        "with gone as (
                             update {t} s set left_out = true
                              where not s.left_out and {left_out_target}
                             returning s.seq, s.pk::text as pk, {shown} as value)
                         insert into dj_dependent (seq, model, pk, reason, left_out)
                         select seq, '{model}', pk,
                                format('left out: its {field} ({to_model} %s) is left out', value), true
                           from gone",
                        t = p.stage.table,
                        model = p.stage.model,
                        to_model = p.to.model,
                    )
                } else {
                    format!(
                        "insert into dj_dependent (seq, model, pk, reason, left_out)
                         select s.seq, '{model}', s.pk::text,
                                format('loaded without its {field}: {to_model} %s is left out', {shown}), false
                           from {t} s where not s.left_out and {left_out_target}",
                        t = p.stage.table,
                        model = p.stage.model,
                        to_model = p.to.model,
                    )
                };
                format!("{missing_rows};\n{dependents}")
            }
            Check::Links(p) => format!(
                "insert into dj_dependent (seq, model, pk, reason, left_out)
                 select s.seq, '{model}', s.pk::text,
                        format('loaded without its link to {to_model} %s: %s', ref.pk,
                               case when exists (select 1 from {to} p where p.pk = ref.pk)
                                    then 'that row is left out' else 'it is not in the document' end),
                        false
                   from {t} s cross join lateral unnest(s.{c}) as ref(pk)
                  where not s.left_out
                    and not exists (select 1 from {to} p where p.pk = ref.pk and not p.left_out)",
                t = p.stage.table,
                model = p.stage.model,
                to = p.to.table,
                to_model = p.to.model,
                c = p.column,
            ),
            Check::ResolveUser(stage) => format!(
                "update {t} s set user_seq = (
                     select u.seq from dj_user u
                      where case when s.user_pk is not null then u.pk = s.user_pk
                                 else u.username = s.user_username end
                      order by u.left_out, u.seq limit 1)",
                t = stage.table,
            ),
        }
    }
}

/// Runs every check across rows: duplicates are refused, rows pointing
/// at missing rows are refused, rows pointing at left-out rows are left
/// out too (or lose an optional reference), and reference data is matched
/// onto Mothra's rows. Returns how many rows were refused in all.
pub async fn check(tx: &Transaction<'_>) -> Result<i64, tokio_postgres::Error> {
    // The planner knows nothing of freshly filled temporary tables.
    let tables: Vec<&str> = STAGES.iter().map(|s| s.table).collect();
    tx.batch_execute(&format!("analyze {}", tables.join(", ")))
        .await?;
    for check in checks() {
        tx.batch_execute(&check.sql()).await?;
    }
    for reference in REFERENCES {
        tx.execute(&match_reference(reference), &[]).await?;
    }
    let refused: i64 = tx
        .query_one("select count(distinct (model, seq)) from dj_refusal", &[])
        .await?
        .get(0);
    Ok(refused)
}

/// Points the staged rows still in at the Mothra rows with their key.
fn match_reference(r: &Reference) -> String {
    format!(
        "update {t} s set target = x.id from {table} x
          where {key} = {staged_key} and not s.left_out and s.target is null",
        t = r.stage.table,
        table = r.table,
        key = r.key,
        staged_key = r.staged_key,
    )
}

/// Loads what the checks left in: reference data not matched is added
/// (the first row of each key; later ones with the same key are merged
/// into it), then content with its ids, then sequences move past them.
pub async fn load(tx: &Transaction<'_>) -> Result<(), tokio_postgres::Error> {
    for r in REFERENCES {
        tx.execute(
            &format!(
                "insert into {table} ({columns})
                 select distinct on ({staged_key}) {columns} from {t} s
                  where not s.left_out and s.target is null
                  order by {staged_key}, s.seq",
                table = r.table,
                columns = r.columns,
                staged_key = r.staged_key,
                t = r.stage.table,
            ),
            &[],
        )
        .await?;
        tx.execute(&match_reference(r), &[]).await?;
    }
    tx.batch_execute(LOAD).await?;
    for table in [
        "grades",
        "locations",
        "org_types",
        "domains",
        "subjects",
        "usage_types",
        "data_interfaces",
        "organizations",
        "users",
        "profiles",
        "products",
        "usages",
        "api_tokens",
    ] {
        tx.execute(
            &format!(
                "select setval(pg_get_serial_sequence('{table}', 'id'),
                               coalesce((select max(id) from {table}), 0) + 1, false)"
            ),
            &[],
        )
        .await?;
    }
    Ok(())
}

/// What became of one model's objects.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fate {
    /// Objects of the model in the document.
    pub read: i64,
    /// Loaded (or, in a dry run, to be loaded).
    pub loaded: i64,
    /// Refused for their own values.
    pub refused: i64,
    /// Left out because a row they depend on is.
    pub dependent: i64,
    /// Reference data: rows matched onto a row Mothra already had.
    pub matched: i64,
    /// Reference data: rows whose key an earlier row of the document has
    /// (they become that row).
    pub merged: i64,
}

/// Each carried model's [`Fate`], in [`STAGES`] order. Read after
/// [`check`] (then `matched` counts Mothra's seeded rows).
pub async fn fates(tx: &Transaction<'_>) -> Result<Vec<(Stage, Fate)>, tokio_postgres::Error> {
    let mut fates = Vec::with_capacity(STAGES.len());
    for stage in STAGES {
        let key = REFERENCES
            .iter()
            .find(|r| r.stage == *stage)
            .map_or("s.seq::text", |r| r.staged_key);
        let matched = if matched_by(*stage).is_some() {
            "count(*) filter (where not s.left_out and s.target is not null)"
        } else {
            "0::bigint"
        };
        let row = tx
            .query_one(
                &format!(
                    "select count(*),
                            count(*) filter (where not s.left_out),
                            (select count(distinct seq) from dj_refusal r where r.model = $1),
                            (select count(distinct seq) from dj_dependent d
                              where d.model = $1 and d.left_out),
                            {matched},
                            count(*) filter (where not s.left_out) - count(distinct {key}) filter (where not s.left_out)
                       from {t} s",
                    t = stage.table,
                ),
                &[&stage.model],
            )
            .await?;
        fates.push((
            *stage,
            Fate {
                read: row.get(0),
                loaded: row.get(1),
                refused: row.get(2),
                dependent: row.get(3),
                matched: row.get(4),
                merged: row.get(5),
            },
        ));
    }
    Ok(fates)
}

/// A refused row, as the report lists it.
#[derive(Debug, Clone)]
pub struct Refusal {
    /// Django's label.
    pub model: String,
    /// Its pk in the document (none in a `--natural-primary` user).
    pub pk: Option<String>,
    /// The field at fault.
    pub field: Option<String>,
    /// Its value, as the document has it (shortened).
    pub value: Option<String>,
    /// Why.
    pub reason: String,
}

/// Every refusal, in document order.
pub async fn refusals(client: &impl GenericClient) -> Result<Vec<Refusal>, tokio_postgres::Error> {
    let rows = client
        .query(
            "select model, pk, field, value, reason from dj_refusal order by seq, field",
            &[],
        )
        .await?;
    Ok(rows
        .iter()
        .map(|r| Refusal {
            model: r.get(0),
            pk: r.get(1),
            field: r.get(2),
            value: r.get(3),
            reason: r.get(4),
        })
        .collect())
}

/// A row that points at a refused or left-out row.
#[derive(Debug, Clone)]
pub struct Dependent {
    /// Django's label.
    pub model: String,
    /// Its pk in the document.
    pub pk: Option<String>,
    /// What became of it, and why.
    pub reason: String,
}

/// Every dependent row, in document order.
pub async fn dependents(
    client: &impl GenericClient,
) -> Result<Vec<Dependent>, tokio_postgres::Error> {
    let rows = client
        .query(
            "select model, pk, reason from dj_dependent order by seq, reason",
            &[],
        )
        .await?;
    Ok(rows
        .iter()
        .map(|r| Dependent {
            model: r.get(0),
            pk: r.get(1),
            reason: r.get(2),
        })
        .collect())
}

/// Whether an active staff member is among the loaded users.
pub async fn has_active_staff(tx: &Transaction<'_>) -> Result<bool, tokio_postgres::Error> {
    Ok(tx
        .query_one(
            "select exists (select 1 from users where is_staff and is_active)",
            &[],
        )
        .await?
        .get(0))
}
