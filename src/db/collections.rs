//! The SQL behind every collection: one builder fed by the declarations
//! (`src/model/collection.rs`). Identifiers come only from those
//! declarations; every value is a `$n` parameter. A record is selected as
//! typed columns, one per field in declared order ([`record_columns`]),
//! which [`super::record`] writes as JSON; a page and its count are one
//! statement.

use std::fmt::Write;

use deadpool_postgres::GenericClient;
use tokio_postgres::Row;

use crate::model::collection::{Collection, Derived, Field, Kind, Registry, Source};
use crate::model::list::{Condition, ListParams, Lookup, OrderTarget};
use crate::model::path::{Hop, Resolved};
use crate::model::sql_value::{params, SqlValue};

use super::record::{self, Value};

/// SQL text and its parameters, built together so numbering stays right.
#[derive(Debug, Default)]
pub struct Sql {
    /// The statement.
    pub text: String,
    /// Its `$n` values.
    pub params: Vec<SqlValue>,
}

impl Sql {
    /// Adds a parameter; returns its placeholder.
    pub(crate) fn bind(&mut self, value: SqlValue) -> String {
        self.params.push(value);
        format!("${}", self.params.len())
    }
}

/// The SQL type a value of `kind` is bound as, and a field of `kind` is
/// selected as (so that [`record::values`] reads one Rust type per kind,
/// whatever the column's own width).
pub(crate) fn cast(kind: Kind) -> &'static str {
    match kind {
        Kind::Id | Kind::Integer | Kind::ForeignKey(_) => "bigint",
        Kind::ManyToMany(_) => "bigint[]",
        Kind::Text => "text",
        Kind::Bool => "boolean",
        Kind::Date => "date",
        Kind::Timestamp => "timestamptz",
    }
}

/// A derived value of the row `t0`. A value the database stores
/// ([`Derived::stored`]: the product figures) is a column of its companion
/// row, joined by [`from_clause`]; the grade range reads the lateral
/// subquery `g0` ([`lateral`]), so one pass over an organization's grades
/// gives all it needs.
fn derived(d: Derived) -> String {
    if let Some(stored) = d.stored() {
        return format!("{}.{}", stored.table, stored.column);
    }
    let expr = match d {
        Derived::GradeRange => {
            "case when g0.n = 0 then null when g0.n = 1 then g0.names[1] \
             else g0.names[1] || '-' || g0.names[g0.n] end"
        }
        Derived::ReviewedProducts => {
            "array(select p.id from products p \
             where exists (select 1 from usages u where u.product_id = p.id and u.reviewer_id = t0.id) \
             order by lower(p.name), p.id)"
        }
        // Names of what a review points at, each one primary-key look-up.
        // Scalar subqueries rather than joins: PostgreSQL evaluates them
        // after the sort and the limit, for the rows of the page only.
        Derived::ProductName => "(select p.name from products p where p.id = t0.product_id)",
        Derived::OrganizationName => {
            "(select o.name from organizations o where o.id = t0.organization_id)"
        }
        // As the web app's fullName(): first and last name, else the user name.
        Derived::ReviewerName => {
            "(select coalesce(nullif(concat_ws(' ', nullif(u.first_name, ''), nullif(u.last_name, '')), ''), \
             u.username) from profiles p join users u on u.id = p.user_id where p.id = t0.reviewer_id)"
        }
        Derived::ReviewerGithubId => {
            "(select p.github_id from profiles p where p.id = t0.reviewer_id)"
        }
        Derived::Nps | Derived::ReviewCount => unreachable!("stored: read above"),
    };
    expr.to_owned()
}

/// The join a derived value reads from, if any. A stored value's companion
/// row exists for every record (created with it by trigger, deleted with it
/// by cascade), so an inner join loses no row, and lets PostgreSQL start
/// from the companion's index when a list is ordered by it.
fn lateral(d: Derived) -> Option<String> {
    if let Some(stored) = d.stored() {
        return Some(format!(
            "join {table} on {table}.{key} = t0.id",
            table = stored.table,
            key = stored.key
        ));
    }
    let join = match d {
        // The grades' names by level (for the range) and their ids by id
        // (for the many-to-many field, see [`lateral_ids`]) in one pass.
        Derived::GradeRange => {
            "left join lateral (select count(*)::int as n, \
             array_agg(og.grade_id order by og.grade_id) as ids, \
             array_agg(g.name order by g.level) as names \
             from organization_grades og join grades g on g.id = og.grade_id \
             where og.organization_id = t0.id) g0 on true"
        }
        Derived::ReviewedProducts
        | Derived::ProductName
        | Derived::OrganizationName
        | Derived::ReviewerName
        | Derived::ReviewerGithubId
        | Derived::Nps
        | Derived::ReviewCount => return None,
    };
    Some(join.to_owned())
}

/// When a derived value's lateral join also aggregates a join table's ids
/// (ordered by id): that join table, its column of target ids, and the
/// array it gives (null when there are none).
fn lateral_ids(d: Derived) -> Option<(&'static str, &'static str, &'static str)> {
    match d {
        Derived::GradeRange => Some(("organization_grades", "grade_id", "g0.ids")),
        _ => None,
    }
}

/// `<table> t0` and the lateral joins the collection's derived fields need.
fn from_clause(collection: &Collection) -> String {
    let mut out = format!("{} t0", collection.table);
    let mut seen: Vec<String> = Vec::new();
    for field in collection.fields {
        if let Source::Derived(d) = field.source {
            if let Some(join) = lateral(d) {
                if !seen.contains(&join) {
                    out.push(' ');
                    out.push_str(&join);
                    seen.push(join);
                }
            }
        }
    }
    out
}

/// The expression a field is read with, from the row `t0` (and the
/// lateral joins of `collection`'s derived fields, [`from_clause`]).
fn read_expr(collection: &Collection, field: &Field) -> String {
    // Ids by id that a lateral join already aggregates: read from it rather
    // than probe the join table a second time per row.
    if let Source::Join {
        table,
        other,
        order_by: "id",
        ..
    } = field.source
    {
        if let Some(ids) = joined_ids(collection, table, other) {
            return format!("coalesce({ids}, '{{}}')");
        }
    }
    match field.source {
        Source::Column(c) => format!("t0.{c}"),
        // Ordered by id, the join table's own index gives the list
        // without touching the target table.
        Source::Join {
            table,
            this,
            other,
            order_by: "id",
            ..
        } => format!(
            "array(select j.{other} from {table} j where j.{this} = t0.id order by j.{other})"
        ),
        Source::Join {
            table,
            this,
            other,
            order_by,
        } => {
            // Declarations give a join table only to a many-to-many field
            // (`registry::tests` walks them); its kind names the target.
            let Kind::ManyToMany(target) = field.kind else {
                unreachable!(
                    "{}: a join table on a field that is not many-to-many",
                    field.name
                )
            };
            format!(
                "array(select j.{other} from {table} j join {} x on x.id = j.{other} \
                 where j.{this} = t0.id order by x.{order_by}, x.id)",
                target.table
            )
        }
        Source::Derived(d) => derived(d),
    }
}

/// The array of `table`'s `other` ids (ordered by id) that one of
/// `collection`'s lateral joins provides, if any.
fn joined_ids(collection: &Collection, table: &str, other: &str) -> Option<&'static str> {
    collection.fields.iter().find_map(|f| match f.source {
        Source::Derived(d) => lateral_ids(d)
            .filter(|(t, o, _)| *t == table && *o == other)
            .map(|(_, _, ids)| ids),
        _ => None,
    })
}

/// The select list of a whole record of `t0`: each field's expression as
/// its kind's SQL type ([`cast`]), under its API name, in declared order,
/// to be read from [`from_clause`] (whose lateral joins it reads).
fn record_columns(collection: &Collection) -> String {
    let mut out = String::new();
    for (i, field) in collection.fields.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        let _ = write!(
            out,
            "({})::{} as \"{}\"",
            read_expr(collection, field),
            cast(field.kind),
            field.name
        );
    }
    out
}

/// `select <lead><record columns> from <table t0 and laterals><rest>`:
/// `lead` selects columns before the record's (the count of a page), and
/// `rest` continues the select (joins, `where`, `order by`, `limit`).
fn select_records(collection: &Collection, lead: &str, rest: &str) -> String {
    format!(
        "select {lead}{} from {}{rest}",
        record_columns(collection),
        from_clause(collection)
    )
}

/// Wraps `inner` (about alias `t{depth}`) in the hops leading there.
fn through_hops(hops: &[Hop], inner: String) -> String {
    hops.iter()
        .enumerate()
        .rev()
        .fold(inner, |inner, (i, hop)| {
            let (from, to) = (i, i + 1);
            match hop {
                Hop::Forward { column, table } => format!(
                "exists (select 1 from {table} t{to} where t{to}.id = t{from}.{column} and {inner})"
            ),
                Hop::Reverse { table, column } => format!(
                "exists (select 1 from {table} t{to} where t{to}.{column} = t{from}.id and {inner})"
            ),
            }
        })
}

fn like_expr(alias: &str, column: &str, placeholder: &str, prefix_only: bool) -> String {
    folded_like(
        &format!("f_unaccent(lower({alias}.{column}))"),
        placeholder,
        prefix_only,
    )
}

/// `folded` (text already accent-folded and lower-cased) contains, or with
/// `prefix_only` starts with, the term `placeholder` folded the same way.
fn folded_like(folded: &str, placeholder: &str, prefix_only: bool) -> String {
    let lead = if prefix_only { "" } else { "'%' || " };
    format!("{folded} like {lead}f_unaccent(lower({placeholder}::text)) || '%'")
}

/// A filter through other tables that a table kept by triggers answers
/// with one look-up per record: `hops` then `column` from the collection's
/// row, and the kept `table`, one row per (`key`: the record, `value`: a
/// value `column` takes at the end of the path) with a `count` of the rows
/// reached. A row with a count above zero means exactly "some path from
/// the record reaches that value"; a row whose count fell to zero stays
/// (its triggers never delete one), so the count is tested too.
struct KeptPath {
    hops: &'static [Hop],
    column: &'static str,
    table: &'static str,
    key: &'static str,
    value: &'static str,
    count: &'static str,
}

/// `products?usages__organization__org_type=`: `product_org_type_figures`
/// (V22) counts, per product and organization type, the reviews by
/// organizations of that type as they are now (its triggers follow every
/// review written, moved or deleted and every organization changing type;
/// a review always has a rating, so `review_count` counts them all).
/// Through `usages`, the exact count read one index entry per review of
/// the type (159,000 at scale 20); here it is one per product (V23).
const KEPT_PATHS: &[KeptPath] = &[KeptPath {
    hops: &[
        Hop::Reverse {
            table: "usages",
            column: "product_id",
        },
        Hop::Forward {
            column: "organization_id",
            table: "organizations",
        },
    ],
    column: "org_type_id",
    table: "product_org_type_figures",
    key: "product_id",
    value: "org_type_id",
    count: "review_count",
}];

fn kept_path(path: &Resolved) -> Option<&'static KeptPath> {
    KEPT_PATHS
        .iter()
        .find(|kept| kept.hops == path.hops.as_slice() && kept.column == path.column)
}

/// A condition's test of the value `alias.column`, binding into `sql`.
fn comparison(sql: &mut Sql, cond: &Condition, alias: &str, column: &str) -> String {
    let ty = cast(cond.path.field.kind);
    match cond.lookup {
        Lookup::IsNull => {
            let not = if cond.value == SqlValue::Bool(true) {
                ""
            } else {
                "not "
            };
            format!("{alias}.{column} is {not}null")
        }
        Lookup::IContains | Lookup::IStartsWith => {
            let p = sql.bind(cond.value.clone());
            like_expr(alias, column, &p, cond.lookup == Lookup::IStartsWith)
        }
        Lookup::IExact => {
            let p = sql.bind(cond.value.clone());
            format!("lower({alias}.{column}) = lower({p}::text)")
        }
        Lookup::In => {
            let p = sql.bind(cond.value.clone());
            format!("{alias}.{column} = any({p}::bigint[])")
        }
        op => {
            let p = sql.bind(cond.value.clone());
            let ty = if ty == "bigint[]" { "bigint" } else { ty };
            let op = match op {
                Lookup::Gt => ">",
                Lookup::Gte => ">=",
                Lookup::Lt => "<",
                Lookup::Lte => "<=",
                _ => "=",
            };
            format!("{alias}.{column} {op} {p}::{ty}")
        }
    }
}

/// A filter on the row `t0`: the comparison at the end of its path, inside
/// an `exists` per hop, or of a kept row ([`KEPT_PATHS`]) where one answers
/// the path (`exists (select 1 from product_org_type_figures t1 where
/// t1.product_id = t0.id and t1.org_type_id = $1 and t1.review_count > 0)`).
fn condition(sql: &mut Sql, cond: &Condition) -> String {
    let path = &cond.path;
    if let Some(kept) = kept_path(path) {
        let test = comparison(sql, cond, "t1", kept.value);
        let hop = Hop::Reverse {
            table: kept.table,
            column: kept.key,
        };
        return through_hops(&[hop], format!("{test} and t1.{} > 0", kept.count));
    }
    let alias = format!("t{}", path.hops.len());
    through_hops(&path.hops, comparison(sql, cond, &alias, path.column))
}

/// The count of a list filtered only by one condition a kept table answers
/// ([`KEPT_PATHS`]), without search: its rows that count something, one
/// per record for one value (`org_type=`), distinct records otherwise
/// (`org_type__in=`). Every kept row's record exists (the kept tables
/// reference their records, `on delete cascade`), so `table` is not read;
/// the count walks V23's partial index alone.
fn kept_count(sql: &mut Sql, params: &ListParams) -> Option<String> {
    let ([cond], true) = (params.conditions.as_slice(), params.terms.is_empty()) else {
        return None;
    };
    let kept = kept_path(&cond.path)?;
    let test = comparison(sql, cond, "t0", kept.value);
    let counted = if cond.lookup == Lookup::Exact {
        "*".to_owned()
    } else {
        format!("distinct t0.{}", kept.key)
    };
    Some(format!(
        "(select count({counted}) from {} t0 where {test} and t0.{} > 0)",
        kept.table, kept.count
    ))
}

/// How a list's search terms are tested (see [`list`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Matching {
    /// Every match is collected first, from the fields' indexes
    /// ([`search_term`]): the cost grows with the matches.
    Collected,
    /// Each row is tested as the list reads it in order
    /// ([`search_each_row`]): the cost grows with the rows read to fill the
    /// page, few when a term is common.
    EachRow,
}

/// The `where` clause of a list (filters and search), binding into `sql`.
/// Every search term must match (AND), in any of the search fields (OR).
fn where_clause(
    sql: &mut Sql,
    collection: &Collection,
    params: &ListParams,
    matching: Matching,
) -> String {
    let mut parts: Vec<String> = params
        .conditions
        .iter()
        .map(|c| condition(sql, c))
        .collect();
    for term in &params.terms {
        let p = sql.bind(SqlValue::Text(term.clone()));
        parts.push(match matching {
            Matching::Collected => search_term(collection.table, &params.search_paths, &p),
            Matching::EachRow => search_each_row(collection.table, &params.search_paths, &p),
        });
    }
    if parts.is_empty() {
        "true".into()
    } else {
        parts.join(" and ")
    }
}

/// Text columns whose search form (`f_unaccent(lower(column))`) is kept in
/// a narrow table of its own by triggers (V19): `(table, column, folded
/// table, its key to the row)`. Searching such a column reads the stored
/// text from that table's trigram index, without folding each candidate
/// again to recheck it or visiting the rows themselves.
const FOLDED_TEXT: &[(&str, &str, &str, &str)] =
    &[("usages", "review", "review_search", "usage_id")];

fn folded_text(table: &str, column: &str) -> Option<(&'static str, &'static str)> {
    FOLDED_TEXT
        .iter()
        .find(|(t, c, _, _)| *t == table && *c == column)
        .map(|(_, _, folded, key)| (*folded, *key))
}

/// One search term (`placeholder`, already escaped for LIKE) looked for in
/// every search field. When all of them are columns of the row itself, an
/// OR of their LIKEs, which a BitmapOr of their trigram indexes answers.
/// Otherwise the term is `t0.id in` the ids of [`search_arms`].
fn search_term(table: &str, paths: &[Resolved], placeholder: &str) -> String {
    let own_column =
        |path: &Resolved| path.hops.is_empty() && folded_text(table, path.column).is_none();
    if paths.iter().all(own_column) {
        let any: Vec<String> = paths
            .iter()
            .map(|path| like_expr("t0", path.column, placeholder, false))
            .collect();
        return format!("({})", any.join(" or "));
    }
    format!(
        "t0.id in ({})",
        search_arms(table, paths, placeholder, " union all ")
    )
}

/// The ids of `table`'s rows where the term occurs in any search field:
/// one select per folded text ([`FOLDED_TEXT`], from its table's trigram
/// index) and per way to the other fields (the row itself, `user__`...),
/// joined by `glue` (`union all`, or `union` where duplicates matter).
/// Fields reached the same way share their select: an OR of their LIKEs,
/// which a BitmapOr of their trigram indexes answers, then one step back
/// to `table` through key indexes ([`through_keys`]) for them all (the
/// first, last name and e-mail of `profiles?search=` are one array of
/// users, looked up once). (An OR across tables could use none of the
/// indexes: a BitmapOr needs every arm indexable, and an EXISTS is not.)
fn search_arms(table: &str, paths: &[Resolved], placeholder: &str, glue: &str) -> String {
    let mut arms = Vec::new();
    let mut ways: Vec<(&[Hop], Vec<String>)> = Vec::new();
    for path in paths {
        if let (true, Some((folded, key))) = (path.hops.is_empty(), folded_text(table, path.column))
        {
            arms.push(format!(
                "select {key} from {folded} where {}",
                folded_like("folded", placeholder, false)
            ));
            continue;
        }
        let alias = format!("s{}", path.hops.len());
        let like = like_expr(&alias, path.column, placeholder, false);
        match ways
            .iter_mut()
            .find(|(hops, _)| *hops == path.hops.as_slice())
        {
            Some((_, likes)) => likes.push(like),
            None => ways.push((&path.hops, vec![like])),
        }
    }
    for (hops, likes) in ways {
        arms.push(through_keys(
            table,
            hops,
            format!("({})", likes.join(" or ")),
        ));
    }
    arms.join(glue)
}

/// The ids of `table`'s rows that reach, through `hops`, a row for which
/// `test` (about alias `s{hops}`) holds. Each step is `key = any(array(the
/// next table's keys))`: the array is computed once, from the step after
/// it (the last one from `test`'s index), and the step before looks its
/// values up in its key's index. As joins, the planner hashed a whole
/// table when it guessed many matches (all 40,000 profiles for the users
/// named "smith" at scale 20, 800 of them).
fn through_keys(table: &str, hops: &[Hop], test: String) -> String {
    let tables = std::iter::once(table).chain(hops.iter().map(|hop| match hop {
        Hop::Forward { table, .. } | Hop::Reverse { table, .. } => *table,
    }));
    let tables: Vec<&str> = tables.collect();
    let reached = hops.iter().enumerate().rev().fold(test, |test, (i, hop)| {
        let (from, to) = (i, i + 1);
        // Our key, and the column of the next table it equals.
        let (ours, theirs) = match hop {
            Hop::Forward { column, .. } => (*column, "id"),
            Hop::Reverse { column, .. } => ("id", *column),
        };
        format!(
            "s{from}.{ours} = any(array(select s{to}.{theirs} from {} s{to} where {test}))",
            tables[to]
        )
    });
    format!("select s0.id from {table} s0 where {reached}")
}

/// One search term tested on the row `t0` itself: an OR of each field's
/// test, through its own foreign keys (a primary-key look-up each) or its
/// folded text's row. No index finds the matches this way; it is for a
/// list read in an index's order that stops once its page is full.
fn search_each_row(table: &str, paths: &[Resolved], placeholder: &str) -> String {
    let any: Vec<String> = paths
        .iter()
        .map(
            |path| match (path.hops.is_empty(), folded_text(table, path.column)) {
                (true, Some((folded, key))) => format!(
                    "exists (select 1 from {folded} f where f.{key} = t0.id and {})",
                    folded_like("f.folded", placeholder, false)
                ),
                _ => {
                    let alias = format!("t{}", path.hops.len());
                    through_hops(
                        &path.hops,
                        like_expr(&alias, path.column, placeholder, false),
                    )
                }
            },
        )
        .collect();
    format!("({})", any.join(" or "))
}

/// The count of a list that is only searched (no filter), where every term
/// goes through [`search_arms`]: the distinct ids the arms give (each arm
/// yields only ids of existing rows), intersected across terms, counted
/// without visiting `table` (before: each id looked up in `table`'s primary
/// key again, a third of the count's time for `usages?search=the`).
fn search_count(sql: &mut Sql, collection: &Collection, params: &ListParams) -> Option<String> {
    if !params.conditions.is_empty() || params.terms.is_empty() {
        return None;
    }
    let table = collection.table;
    if params
        .search_paths
        .iter()
        .all(|path| path.hops.is_empty() && folded_text(table, path.column).is_none())
    {
        return None;
    }
    let sets: Vec<String> = params
        .terms
        .iter()
        .map(|term| {
            let p = sql.bind(SqlValue::Text(term.clone()));
            format!(
                "({})",
                search_arms(table, &params.search_paths, &p, " union ")
            )
        })
        .collect();
    Some(format!(
        "(select count(*) from ({}) m)",
        sets.join(" intersect ")
    ))
}

/// The `order by` keys and the joins they read from. A key through
/// foreign keys (`product__name`) joins the referenced tables instead of
/// running a subquery per row, so PostgreSQL can walk an index in that
/// order (usages by product name: `products_name_order_idx`, then each
/// product's usages, an incremental sort by organization name) rather than
/// sort the whole table for every page. The first hop is an inner join
/// when its column is NOT NULL (the same rows, and the planner may start
/// from the referenced table); otherwise, and further along, a left join
/// keeps rows whose reference is null (they sort as null, as before).
/// Nulls come last in either direction; `id` (appended by the parser)
/// breaks ties. `mine` binds the requester's identity into `sql`.
/// Returns the joins, the lateral joins derived keys read (`nps` reads
/// `d0`), and the keys.
fn order_clause(
    sql: &mut Sql,
    collection: &Collection,
    params: &ListParams,
) -> (String, String, String) {
    let mut joins = String::new();
    let mut laterals = String::new();
    let keys: Vec<String> = params
        .ordering
        .iter()
        .enumerate()
        .map(|(k, key)| {
            // Whether the key can be null (a nullable field, derived or
            // stored, or a reference on the way that may be missing).
            let (expr, nullable) = match &key.target {
                OrderTarget::Derived(d) => {
                    let nullable = collection
                        .fields
                        .iter()
                        .any(|f| f.source == Source::Derived(*d) && f.nullable);
                    if let Some(join) = lateral(*d).filter(|join| !laterals.contains(join.as_str()))
                    {
                        laterals.push(' ');
                        laterals.push_str(&join);
                    }
                    (derived(*d), nullable)
                }
                OrderTarget::Mine(column) => {
                    let me = sql.bind(params.requester.map_or(SqlValue::Null, SqlValue::Int));
                    (
                        format!("coalesce(t0.{column} = {me}::bigint, false)"),
                        false,
                    )
                }
                OrderTarget::Path(path) => {
                    let mut nullable = path.field.nullable;
                    let mut alias = "t0".to_owned();
                    for (i, hop) in path.hops.iter().enumerate() {
                        // Ordering paths are forward only (resolved so).
                        if let Hop::Forward { column, table } = hop {
                            let next = format!("o{k}_{i}");
                            let not_null = i == 0
                                && collection
                                    .fields
                                    .iter()
                                    .any(|f| f.column() == Some(*column) && !f.nullable);
                            nullable |= !not_null;
                            let join = if not_null { "join" } else { "left join" };
                            let _ = write!(
                                joins,
                                " {join} {table} {next} on {next}.id = {alias}.{column}"
                            );
                            alias = next;
                        }
                    }
                    let expr = if path.field.kind == Kind::Text {
                        format!("lower({alias}.{})", path.column)
                    } else {
                        format!("{alias}.{}", path.column)
                    };
                    (expr, nullable)
                }
            };
            // Nulls last both ways (PostgreSQL puts them first when
            // descending); a key that cannot be null keeps plain `desc`, so
            // an index can still be walked backwards.
            match (key.descending, nullable) {
                (true, true) => format!("{expr} desc nulls last"),
                (true, false) => format!("{expr} desc"),
                (false, _) => expr,
            }
        })
        .collect();
    (joins, laterals, keys.join(", "))
}

/// The count of a list filtered only on values the database stores in one
/// companion table (`products?nps__gte=50&review_count__gte=3`), without
/// search: that table has exactly one row per record (created with it by
/// trigger, deleted with it by cascade, V14), so counting its matching rows
/// is the count, an index-only scan of its index, with no join back to the
/// records (at scale 20, 30,000 products joined for a count took 80 ms).
fn companion_count(sql: &mut Sql, params: &ListParams) -> Option<String> {
    if !params.terms.is_empty() {
        return None;
    }
    // Every condition is checked before any is bound: a value bound for a
    // count that is then not used left the statement with one parameter
    // too many (`products?nps__gte=50&domain=1` answered 503).
    let mut companion = None;
    for cond in &params.conditions {
        let [Hop::Reverse { table, .. }] = cond.path.hops[..] else {
            return None;
        };
        let Source::Derived(d) = cond.path.field.source else {
            return None;
        };
        if d.stored().map(|s| s.table) != Some(table) || companion.is_some_and(|c| c != table) {
            return None;
        }
        companion = Some(table);
    }
    let parts: Vec<String> = params
        .conditions
        .iter()
        .map(|cond| {
            // The same comparison, of the companion row itself (alias t0).
            let mut own = cond.clone();
            own.path.hops.clear();
            condition(sql, &own)
        })
        .collect();
    Some(format!(
        "(select count(*) from {} t0 where {})",
        companion?,
        parts.join(" and ")
    ))
}

/// One page of a list: the total count and the page's rows, each the
/// count (column 0) and then a record's typed columns.
pub struct Page {
    count: i64,
    rows: Vec<Row>,
}

impl Page {
    /// The number of records matching, every page together.
    pub fn count(&self) -> i64 {
        self.count
    }

    /// The field values of each record of this page, in order.
    pub fn records(
        &self,
        collection: &Collection,
    ) -> Result<Vec<Vec<Value<'_>>>, tokio_postgres::Error> {
        self.rows
            .iter()
            .map(|row| record::values(collection, row, 1))
            .collect()
    }
}

/// One page and the total count, in one statement: each row is the count
/// (an uncorrelated subquery, computed once) and one record. A page with
/// no rows is a count of 0 on page 1, and a page past the end on any
/// other (the caller's 404): the same snapshot gave both.
/// A later page chooses its ids first, by the order alone (an index walk
/// where one fits), and only those rows are then read whole: with the
/// records read in the ordered select itself, PostgreSQL computed every
/// skipped row's names and figures too (2,250 of them for
/// `usages?page=10`). The first page skips nothing, so
/// it reads its rows in order directly (choosing ids first would visit
/// each row twice).
///
/// A list that is only searched, in its default order, counts its matches
/// first ([`search_count`], a statement of its own) and then finds its
/// page the cheaper way ([`Matching`]): collecting every match reads each
/// one; reading in order and testing each row reads about
/// `(offset + page size) × rows / matches` rows. A third of 800,000
/// reviews contain "the": 707 rows read rather than 283,041 looked up and
/// sorted (9.4 s to 75 ms, docs/performance.md); a rare term is still
/// collected from its index (a walk would read the whole table).
pub async fn list(
    client: &impl GenericClient,
    collection: &Collection,
    params: &ListParams,
) -> Result<Page, tokio_postgres::Error> {
    let table = collection.table;
    let (mut matching, mut counted) = (Matching::Collected, None);
    let mut first = Sql::default();
    if let Some(count) = search_count(&mut first, collection, params) {
        first.text =
            format!("select {count}, (select n from row_counts where table_name = '{table}')");
        let row = client
            .query_one(first.text.as_str(), &params_of(&first))
            .await?;
        let (matches, rows): (i64, Option<i64>) = (row.get(0), row.get(1));
        let read_in_order =
            i128::from(params.offset() + params.page_size) * i128::from(rows.unwrap_or(i64::MAX));
        if params.ordered_by_default && read_in_order < i128::from(matches).pow(2) {
            matching = Matching::EachRow;
        }
        counted = Some(matches);
    }

    let mut sql = Sql::default();
    let filter = where_clause(&mut sql, collection, params, matching);
    let (joins, laterals, order) = order_clause(&mut sql, collection, params);
    let limit = sql.bind(SqlValue::Int(params.page_size));
    let unfiltered = params.conditions.is_empty() && params.terms.is_empty();
    // Unfiltered: the exact count the V8 triggers keep (a scan of the whole
    // table otherwise); count(*) only if the counter row is missing.
    let count = if let Some(matches) = counted {
        format!("{}::bigint", sql.bind(SqlValue::Int(matches)))
    } else if unfiltered {
        format!(
            "coalesce((select n from row_counts where table_name = '{table}'), \
                      (select count(*) from {table} t0))"
        )
    } else if let Some(count) =
        companion_count(&mut sql, params).or_else(|| kept_count(&mut sql, params))
    {
        count
    } else {
        format!("(select count(*) from {table} t0 where {filter})")
    };
    let count = format!("{count} as count, ");
    sql.text = if params.offset() == 0 {
        select_records(
            collection,
            &count,
            &format!("{joins} where {filter} order by {order} limit {limit}::bigint"),
        )
    } else {
        let offset = sql.bind(SqlValue::Int(params.offset()));
        let ids = format!(
            "array(select t0.id from {table} t0{laterals}{joins} where {filter} \
             order by {order} limit {limit}::bigint offset {offset}::bigint)"
        );
        format!(
            "select {count}s.* from unnest({ids}) with ordinality p (id, n) \
             cross join lateral ({}) s order by p.n",
            select_records(collection, "", " where t0.id = p.id"),
        )
    };
    let values = params_of(&sql);
    // Unfiltered lists (the common, hot case) reuse a prepared statement;
    // filtered ones vary too much to cache per connection.
    let rows = if unfiltered {
        let statement = client.prepare_cached(&sql.text).await?;
        client.query(&statement, &values).await?
    } else {
        client.query(sql.text.as_str(), &values).await?
    };
    let count = match rows.first() {
        Some(row) => row.try_get(0)?,
        None => counted.unwrap_or(0),
    };
    Ok(Page { count, rows })
}

fn params_of(sql: &Sql) -> Vec<&(dyn tokio_postgres::types::ToSql + Sync)> {
    params(&sql.params)
}

/// The statement streaming every matching record (its typed columns,
/// [`record::values`] from column 0), for CSV.
pub fn export(collection: &Collection, params: &ListParams) -> Sql {
    let mut sql = Sql::default();
    let filter = where_clause(&mut sql, collection, params, Matching::Collected);
    // Every lateral join is in the record's own from clause already.
    let (joins, _, order) = order_clause(&mut sql, collection, params);
    sql.text = select_records(
        collection,
        "",
        &format!("{joins} where {filter} order by {order}"),
    );
    sql
}

/// Opens `statement` (from [`export`]) as a portal in a read-only
/// transaction, to fetch in batches. An export waits on its client between
/// batches, so its transaction may idle for `idle` rather than the
/// session's usual limit.
pub async fn open_export<'a>(
    client: &'a mut deadpool_postgres::ClientWrapper,
    statement: &Sql,
    idle: std::time::Duration,
) -> Result<(deadpool_postgres::Transaction<'a>, tokio_postgres::Portal), tokio_postgres::Error> {
    let transaction = client.build_transaction().read_only(true).start().await?;
    transaction
        .batch_execute(&format!(
            "set local idle_in_transaction_session_timeout = {}",
            idle.as_millis().max(1)
        ))
        .await?;
    let portal = transaction
        .bind(statement.text.as_str(), &params_of(statement))
        .await?;
    Ok((transaction, portal))
}

/// One record's row: its typed columns, [`record::values`] from column 0.
pub async fn retrieve(
    client: &impl GenericClient,
    collection: &Collection,
    id: i64,
) -> Result<Option<Row>, tokio_postgres::Error> {
    let text = select_records(collection, "", " where t0.id = $1");
    let statement = client.prepare_cached(&text).await?;
    client.query_opt(&statement, &[&id]).await
}

/// The collection whose table is `table`.
pub fn by_table(registry: &Registry, table: &str) -> Option<&'static Collection> {
    registry.0.iter().copied().find(|c| c.table == table)
}
