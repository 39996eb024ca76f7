//! List parameters (api.md, "Reading"): pagination, django-filter style
//! filters, search and ordering, parsed against a collection's declaration
//! into typed values. Pure code: the SQL is written in `src/db/collections.rs`.

use super::error::InputError;

/// The result of parsing what a client sent.
type InputResult<T> = Result<T, InputError>;
use super::collection::{Collection, Derived, Kind, Registry, Source};
pub use super::filter_values::{escape_like, parse_bool, parse_date, parse_timestamp};
use super::filter_values::{expected, parse_value};
use super::path::{resolve, Resolved};
use crate::model::sql_value::SqlValue;

/// Rows per page unless `page_size` says otherwise.
pub const DEFAULT_PAGE_SIZE: i64 = 250;
/// The largest page served; bigger requests are capped.
pub const MAX_PAGE_SIZE: i64 = 1000;
/// Most filter parameters in one request.
const MAX_PARAMETERS: usize = 40;
/// Most search terms: each one is another pass over every search field
/// (16 one-letter terms ran for over 90 s).
pub const MAX_TERMS: usize = 5;
/// Longest search term, in characters (a term is a LIKE pattern; its
/// trigrams are the index lookups).
pub const MAX_TERM_CHARS: usize = 64;
/// Most distinct ordering keys: each one through a relation is another
/// join to plan and sort by (30 keys ran for 25 s).
pub const MAX_ORDERING_KEYS: usize = 3;

/// The ordering key of a collection's own records (where it declares an
/// owner and lists the key in its ordering): `-mine` puts the requester's
/// records first.
pub const MINE: &str = "mine";

/// Parameters every list accepts besides filters.
const CONTROL: [&str; 5] = ["page", "page_size", "search", "ordering", "format"];

/// The one rule for query parameters on every route under `/api/`: a
/// parameter the route does not declare is a 400 that names it, except
/// these, which every route accepts. `_` is the cache-buster that jQuery
/// (`cache: false`) and many axios set-ups append with a timestamp; it is
/// ignored. `format` picks the representation ([`FORMATS`]).
pub const EVERYWHERE: [&str; 2] = ["_", "format"];

/// `format` values: `json` and `api` (DRF's browsable API, answered here as
/// JSON: there is no HTML rendering) everywhere, and `csv` on lists.
pub const FORMATS: [&str; 3] = ["json", "api", "csv"];

/// `page=last`: the last page, as DRF's `PageNumberPagination` reads it.
pub const LAST_PAGE: &str = "last";

/// A django-filter lookup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lookup {
    /// `field=v`
    Exact,
    /// `field__iexact=v` (text)
    IExact,
    /// `field__in=1,2,3` (ids and integers)
    In,
    /// `field__gt=v`
    Gt,
    /// `field__gte=v`
    Gte,
    /// `field__lt=v`
    Lt,
    /// `field__lte=v`
    Lte,
    /// `field__icontains=v` (text; accents ignored too)
    IContains,
    /// `field__istartswith=v` (text; accents ignored too)
    IStartsWith,
    /// `field__isnull=true|false` (nullable fields of this collection)
    IsNull,
}

impl Lookup {
    /// The suffix after `__` (empty for exact).
    pub fn suffix(self) -> &'static str {
        match self {
            Lookup::Exact => "",
            Lookup::IExact => "iexact",
            Lookup::In => "in",
            Lookup::Gt => "gt",
            Lookup::Gte => "gte",
            Lookup::Lt => "lt",
            Lookup::Lte => "lte",
            Lookup::IContains => "icontains",
            Lookup::IStartsWith => "istartswith",
            Lookup::IsNull => "isnull",
        }
    }

    const SUFFIXED: [Lookup; 9] = [
        Lookup::IExact,
        Lookup::In,
        Lookup::Gt,
        Lookup::Gte,
        Lookup::Lt,
        Lookup::Lte,
        Lookup::IContains,
        Lookup::IStartsWith,
        Lookup::IsNull,
    ];
}

/// The lookups a field of `kind` accepts; `isnull` only on nullable
/// fields of the collection itself.
pub fn lookups(kind: Kind, nullable: bool, direct: bool) -> Vec<Lookup> {
    use Lookup::*;
    let mut out = match kind {
        Kind::Id | Kind::Integer => vec![Exact, In, Gt, Gte, Lt, Lte],
        Kind::ForeignKey(_) | Kind::ManyToMany(_) => vec![Exact, In],
        Kind::Text => vec![Exact, IExact, IContains, IStartsWith],
        Kind::Bool => vec![Exact],
        Kind::Date | Kind::Timestamp => vec![Exact, Gt, Gte, Lt, Lte],
    };
    if nullable && direct {
        out.push(IsNull);
    }
    out
}

/// One filter: a path, a lookup and its parsed value.
#[derive(Debug, Clone)]
pub struct Condition {
    /// Where the compared column is.
    pub path: Resolved,
    /// How it is compared.
    pub lookup: Lookup,
    /// What with (LIKE patterns already escaped).
    pub value: SqlValue,
}

/// What one ordering key sorts by.
#[derive(Debug, Clone)]
pub enum OrderTarget {
    /// A column, maybe through foreign keys.
    Path(Resolved),
    /// A derived value (`nps`, `review_count`).
    Derived(Derived),
    /// Whether the record's owner column (`reviewer_id`) holds the
    /// requester's identity ([`ListParams::requester`]): [`MINE`].
    Mine(&'static str),
}

/// One ordering key.
#[derive(Debug, Clone)]
pub struct OrderKey {
    /// What it sorts by.
    pub target: OrderTarget,
    /// `-name`.
    pub descending: bool,
}

/// Everything a list request asked for, validated.
#[derive(Debug, Clone)]
pub struct ListParams {
    /// 1-based page (for `page=last`, set by the handler once the count is
    /// known: see [`ListParams::last`]).
    pub page: i64,
    /// `page=last` was asked for.
    pub last: bool,
    /// Rows per page (1..=1000).
    pub page_size: i64,
    /// `?format=csv`.
    pub csv: bool,
    /// Filters, combined with AND.
    pub conditions: Vec<Condition>,
    /// Search terms, each escaped for LIKE; every one must match.
    pub terms: Vec<String>,
    /// Where the terms are looked for.
    pub search_paths: Vec<Resolved>,
    /// Order, ending in `id`.
    pub ordering: Vec<OrderKey>,
    /// No `ordering` was asked for: the collection's default order, which
    /// an index walk gives (the declarations keep it so).
    pub ordered_by_default: bool,
    /// The query string's pairs (to build `next` and `previous`).
    pub pairs: Vec<(String, String)>,
    /// The requester's identity that the collection's owner field is
    /// compared with ([`MINE`]); set by the handler, none when anonymous.
    pub requester: Option<i64>,
}

impl ListParams {
    /// Rows to skip.
    pub fn offset(&self) -> i64 {
        (self.page - 1) * self.page_size
    }
}

/// Parses a raw query string for `collection`.
pub fn parse(
    registry: &Registry,
    collection: &'static Collection,
    raw_query: &str,
) -> InputResult<ListParams> {
    let pairs: Vec<(String, String)> = url::form_urlencoded::parse(raw_query.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let mut params = ListParams {
        page: 1,
        last: false,
        page_size: DEFAULT_PAGE_SIZE,
        csv: false,
        conditions: Vec::new(),
        terms: Vec::new(),
        search_paths: Vec::new(),
        ordering: Vec::new(),
        ordered_by_default: true,
        pairs: Vec::new(),
        requester: None,
    };
    if pairs.len() > MAX_PARAMETERS {
        return Err(bad(
            registry,
            collection,
            format!("Too many query parameters (at most {MAX_PARAMETERS})."),
        ));
    }
    let mut page: Option<&str> = None;
    let mut ordering: Option<&str> = None;
    for (i, (key, value)) in pairs.iter().enumerate() {
        if pairs[..i].iter().any(|(k, _)| k == key) {
            return Err(bad(
                registry,
                collection,
                format!("Parameter '{key}' is given more than once."),
            ));
        }
        if value.contains('\0') || key.contains('\0') {
            return Err(bad(
                registry,
                collection,
                format!(
                    "Parameter '{}' contains a null character.",
                    key.replace('\0', "")
                ),
            ));
        }
        match key.as_str() {
            "page" => page = Some(value),
            "page_size" => params.page_size = parse_page_size(registry, collection, value)?,
            "_" => {}
            "format" => {
                params.csv = parse_format(value, &FORMATS)
                    .map_err(|detail| bad(registry, collection, detail))?
                    == "csv"
            }
            "search" => {
                let terms: Vec<&str> = value.split_whitespace().collect();
                if terms.len() > MAX_TERMS {
                    return Err(bad(
                        registry,
                        collection,
                        format!("Parameter 'search' has too many terms (at most {MAX_TERMS})."),
                    ));
                }
                if terms.iter().any(|t| t.chars().count() > MAX_TERM_CHARS) {
                    return Err(bad(
                        registry,
                        collection,
                        format!(
                            "Parameter 'search' has a term longer than {MAX_TERM_CHARS} characters."
                        ),
                    ));
                }
                params.terms = terms.into_iter().map(escape_like).collect();
            }
            "ordering" => ordering = Some(value),
            _ => {
                // django-filter treats an empty value as "not given" (a
                // form's blank select); the name must still be known.
                let condition = parse_filter(registry, collection, key, value);
                match condition {
                    Ok(c) => params.conditions.push(c),
                    Err(_) if value.trim().is_empty() && is_filter(registry, collection, key) => {}
                    Err(e) => return Err(e),
                }
            }
        }
    }
    match page {
        Some(page) if page.trim() == LAST_PAGE => params.last = true,
        Some(page) => params.page = parse_page(page, params.page_size)?,
        None => {}
    }
    if !params.terms.is_empty() {
        params.search_paths = collection
            .search
            .iter()
            .filter_map(|p| resolve(registry, collection, p, false))
            .collect();
        if params.search_paths.is_empty() {
            return Err(bad(
                registry,
                collection,
                "Parameter 'search' is not supported here.".into(),
            ));
        }
    }
    params.ordering = parse_ordering(registry, collection, ordering.unwrap_or(""))?;
    params.ordered_by_default = ordering
        .unwrap_or("")
        .split(',')
        .all(|key| key.trim().is_empty());
    params.pairs = pairs;
    Ok(params)
}

impl ListParams {
    /// Turns `page=last` into the number of the last page of `count` rows
    /// (page 1 when there are none, as DRF answers an empty list).
    pub fn settle_last(&mut self, count: i64) {
        if self.last {
            self.page = ((count + self.page_size - 1) / self.page_size).max(1);
        }
    }
}

/// `format`: one of `allowed` (a subset of [`FORMATS`]), or the message
/// that lists them.
pub fn parse_format<'a>(value: &str, allowed: &[&'a str]) -> Result<&'a str, String> {
    allowed
        .iter()
        .copied()
        .find(|f| *f == value)
        .ok_or_else(|| {
            let quoted: Vec<String> = allowed.iter().map(|f| format!("'{f}'")).collect();
            let (last, others) = quoted.split_last().expect("some format is allowed");
            let listed = match others {
                [] => last.clone(),
                _ => format!("{} or {last}", others.join(", ")),
            };
            format!(
                "Parameter 'format' must be {listed}, not '{}'.",
                value.replace('\0', "")
            )
        })
}

/// The query of a route that is not a list: only `accepted` and
/// [`EVERYWHERE`] (with `format` a JSON one), each at most once; anything
/// else is a 400 naming it and listing what the route accepts. Returns the
/// route's own pairs (`_` and `format` left out).
pub fn plain(raw_query: &str, accepted: &[&str]) -> InputResult<Vec<(String, String)>> {
    let listed = || -> Vec<String> {
        accepted
            .iter()
            .chain(["format"].iter())
            .map(|s| s.to_string())
            .collect()
    };
    let bad = |detail: String| InputError::BadQuery {
        detail,
        accepted: listed(),
    };
    let mut seen: Vec<String> = Vec::new();
    let mut own = Vec::new();
    for (key, value) in url::form_urlencoded::parse(raw_query.as_bytes()) {
        let key = key.replace('\0', "");
        if seen.contains(&key) {
            return Err(bad(format!("Parameter '{key}' is given more than once.")));
        }
        seen.push(key.clone());
        match key.as_str() {
            "_" => {}
            "format" => {
                parse_format(&value, &FORMATS[..2]).map_err(bad)?;
            }
            k if accepted.contains(&k) => own.push((key, value.into_owned())),
            _ => return Err(bad(format!("Unknown query parameter '{key}'."))),
        }
        if seen.len() > MAX_PARAMETERS {
            return Err(bad(format!(
                "Too many query parameters (at most {MAX_PARAMETERS})."
            )));
        }
    }
    Ok(own)
}

/// `page`: a positive integer small enough to compute an offset; anything
/// else is DRF's 404 "Invalid page.".
pub fn parse_page(value: &str, page_size: i64) -> InputResult<i64> {
    let page: i64 = value.trim().parse().map_err(|_| InputError::InvalidPage)?;
    if page < 1 || page.checked_mul(page_size).is_none() {
        return Err(InputError::InvalidPage);
    }
    Ok(page)
}

fn parse_page_size(
    registry: &Registry,
    collection: &'static Collection,
    value: &str,
) -> InputResult<i64> {
    page_size_of(value).ok_or_else(|| bad(registry, collection, page_size_message(value)))
}

/// `page_size`: a positive integer, capped at [`MAX_PAGE_SIZE`] (a number
/// too large for i64 is the cap too); `None` for anything else.
pub fn page_size_of(value: &str) -> Option<i64> {
    match value.trim().parse::<i64>() {
        Ok(n) if n >= 1 => Some(n.min(MAX_PAGE_SIZE)),
        Ok(_) => None,
        Err(_) if !value.trim().is_empty() && value.trim().bytes().all(|b| b.is_ascii_digit()) => {
            Some(MAX_PAGE_SIZE)
        }
        Err(_) => None,
    }
}

/// The 400's detail for a `page_size` that [`page_size_of`] refuses.
pub fn page_size_message(value: &str) -> String {
    format!("Parameter 'page_size' must be a positive integer, not '{value}'.")
}

/// The filter paths a collection accepts: its own filterable fields, then
/// the declared paths through relations.
pub fn filter_paths(collection: &Collection) -> impl Iterator<Item = &'static str> + '_ {
    collection
        .fields
        .iter()
        .filter(|f| match f.source {
            Source::Derived(d) => f.filter && d.stored().is_some(),
            _ => f.filter,
        })
        .map(|f| f.name)
        .chain(collection.filters.iter().copied())
}

/// One filter parameter a collection's lists accept, described for
/// documentation (the OpenAPI document) and error messages.
#[derive(Debug, Clone)]
pub struct FilterParameter {
    /// The query parameter (`usages__rating__gte`).
    pub name: String,
    /// The path it filters on (`usages__rating`).
    pub path: &'static str,
    /// The lookup.
    pub lookup: Lookup,
    /// The field at the end of the path (its kind types the value; `__in`
    /// takes comma-separated integers, `__isnull` a boolean).
    pub field: &'static super::collection::Field,
}

/// Every filter parameter of a collection, in declaration order.
pub fn filter_parameters(
    registry: &Registry,
    collection: &'static Collection,
) -> Vec<FilterParameter> {
    let mut out = Vec::new();
    for path in filter_paths(collection) {
        let Some(resolved) = resolve(registry, collection, path, false) else {
            continue;
        };
        let field = resolved.field;
        for lookup in lookups(field.kind, field.nullable, resolved.hops.is_empty()) {
            let name = match lookup {
                Lookup::Exact => path.to_string(),
                other => format!("{path}__{}", other.suffix()),
            };
            out.push(FilterParameter {
                name,
                path,
                lookup,
                field,
            });
        }
    }
    out
}

/// Every parameter the collection's lists accept (`page`, `page_size`,
/// `search` where declared, `ordering`, `format`, then the filters), for
/// error messages and documentation (`_`, ignored everywhere, is
/// documented once, with the rule: [`EVERYWHERE`]).
pub fn accepted(registry: &Registry, collection: &'static Collection) -> Vec<String> {
    CONTROL
        .iter()
        .filter(|c| **c != "search" || !collection.search.is_empty())
        .map(|c| c.to_string())
        .chain(
            filter_parameters(registry, collection)
                .into_iter()
                .map(|p| p.name),
        )
        .collect()
}

/// The accepted `ordering` keys.
pub fn accepted_ordering(collection: &Collection) -> Vec<String> {
    collection
        .ordering
        .iter()
        .flat_map(|o| [o.to_string(), format!("-{o}")])
        .collect()
}

fn bad(registry: &Registry, collection: &'static Collection, detail: String) -> InputError {
    InputError::BadQuery {
        detail,
        accepted: accepted(registry, collection),
    }
}

/// Whether `key` names a filter the collection accepts (any value).
fn is_filter(registry: &Registry, collection: &'static Collection, key: &str) -> bool {
    accepted(registry, collection).iter().any(|a| a == key)
}

fn parse_filter(
    registry: &Registry,
    collection: &'static Collection,
    key: &str,
    value: &str,
) -> InputResult<Condition> {
    let (path, lookup) = Lookup::SUFFIXED
        .iter()
        .find_map(|l| {
            key.strip_suffix(l.suffix())
                .and_then(|p| p.strip_suffix("__"))
                .map(|p| (p, *l))
        })
        .unwrap_or((key, Lookup::Exact));
    let unknown = || {
        bad(
            registry,
            collection,
            format!("Unknown query parameter '{key}'."),
        )
    };
    if !filter_paths(collection).any(|p| p == path) {
        return Err(unknown());
    }
    let resolved = resolve(registry, collection, path, false).ok_or_else(unknown)?;
    let field = resolved.field;
    if !lookups(field.kind, field.nullable, resolved.hops.is_empty()).contains(&lookup) {
        return Err(unknown());
    }
    let value = parse_value(field.kind, lookup, value).ok_or_else(|| {
        bad(
            registry,
            collection,
            format!(
                "Parameter '{key}' has an invalid value '{value}': expected {}.",
                expected(field.kind, lookup)
            ),
        )
    })?;
    Ok(Condition {
        path: resolved,
        lookup,
        value,
    })
}

fn parse_ordering(
    registry: &Registry,
    collection: &'static Collection,
    value: &str,
) -> InputResult<Vec<OrderKey>> {
    let requested: Vec<&str> = value
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    let keys: Vec<&str> = if requested.is_empty() {
        collection.default_ordering.to_vec()
    } else {
        requested
    };
    // A repeated name (`name,-name`) cannot change the order: the first wins.
    let mut names: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    for key in keys {
        let (name, descending) = match key.strip_prefix('-') {
            Some(name) => (name, true),
            None => (key, false),
        };
        if names.contains(&name) {
            continue;
        }
        names.push(name);
        if names.len() > MAX_ORDERING_KEYS {
            return Err(InputError::BadQuery {
                detail: format!(
                    "Parameter 'ordering' has too many keys (at most {MAX_ORDERING_KEYS})."
                ),
                accepted: accepted_ordering(collection),
            });
        }
        let invalid = || InputError::BadQuery {
            detail: format!("Cannot order by '{key}'."),
            accepted: accepted_ordering(collection),
        };
        if !collection.ordering.contains(&name) && !collection.default_ordering.contains(&key) {
            return Err(invalid());
        }
        let owner_column = collection
            .owner
            .and_then(|o| collection.field(o.field))
            .and_then(|f| f.column());
        let target = match collection.field(name).map(|f| f.source) {
            _ if name == MINE => OrderTarget::Mine(owner_column.ok_or_else(invalid)?),
            Some(Source::Derived(d)) => OrderTarget::Derived(d),
            _ => OrderTarget::Path(resolve(registry, collection, name, true).ok_or_else(invalid)?),
        };
        out.push(OrderKey { target, descending });
    }
    if let Some(id) = resolve(registry, collection, "id", true) {
        out.push(OrderKey {
            target: OrderTarget::Path(id),
            descending: false,
        });
    }
    Ok(out)
}
