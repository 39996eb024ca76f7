//! The SQL behind the views that help a member decide (issue 13): compare
//! products, their alternatives, and how data flows in and out of them.
//! Over everyone, and over a cohort of organization types with at most one
//! location ([`FlatCohort`]), the figures are read from the tables the
//! database keeps (migration V22); other cohorts aggregate the reviews, with
//! the NPS and the cohort of [`super::figures`], spliced in, never restated.
//! Plans and times: docs/decide.md.

use tokio_postgres::types::ToSql;
use tokio_postgres::Client;

use super::figures::{cohort_of_o, nps_of_usages_u, Cohort, Figures};

mod flows;
pub use flows::{community_flows, organization_flows, Flow};

/// A cohort the figure tables of V22 answer exactly: some organization
/// types (or all) and at most one location, nothing else.
/// `product_org_type_location_figures` counts a review once per location
/// of its organization, so summing several locations would count an
/// organization with two of them twice: such cohorts aggregate.
#[derive(Debug, Clone, PartialEq)]
pub struct FlatCohort {
    /// `$2`: organization types, all when `None`.
    pub org_types: Option<Vec<i64>>,
    /// `$3`: the one location, any when `None`.
    pub location: Option<i64>,
}

impl FlatCohort {
    /// The flat form of `cohort`, when it has one.
    pub fn of(cohort: &Cohort) -> Option<FlatCohort> {
        let location = match cohort.locations.as_deref() {
            None => None,
            Some([one]) => Some(*one),
            Some(_) => return None,
        };
        (cohort.grades.is_none() && cohort.size_min.is_none() && cohort.size_max.is_none()).then(
            || FlatCohort {
                org_types: cohort.org_types.clone(),
                location,
            },
        )
    }

    /// The parameters `$2` and `$3` of [`flat_ratings_of_p!`].
    pub fn params(&self) -> [&(dyn ToSql + Sync); 2] {
        [&self.org_types, &self.location]
    }
}

/// The rating counts and deprecated reviews of product `p` over the
/// [`FlatCohort`] given as `$2` (types) and `$3` (location): the sum of its
/// rows of `product_org_type_figures` (no location) or
/// `product_org_type_location_figures` (that location). One row, zeros
/// without reviews. A macro so it can be spliced with `concat!`.
macro_rules! flat_ratings_of_p {
    () => {
        "select coalesce(sum(t.rating_1), 0)::bigint as rating_1,
                coalesce(sum(t.rating_2), 0)::bigint as rating_2,
                coalesce(sum(t.rating_3), 0)::bigint as rating_3,
                coalesce(sum(t.rating_4), 0)::bigint as rating_4,
                coalesce(sum(t.rating_5), 0)::bigint as rating_5,
                coalesce(sum(t.deprecated_count), 0)::bigint as deprecated_count
         from (select t.rating_1, t.rating_2, t.rating_3, t.rating_4, t.rating_5, t.deprecated_count
               from product_org_type_figures t
               where $3::bigint is null and t.product_id = p.id
                 and ($2::bigint[] is null or t.org_type_id = any($2))
               union all
               select t.rating_1, t.rating_2, t.rating_3, t.rating_4, t.rating_5, t.deprecated_count
               from product_org_type_location_figures t
               where t.location_id = $3 and t.product_id = p.id
                 and ($2::bigint[] is null or t.org_type_id = any($2))) t"
    };
}

/// The NPS of the counts [`flat_ratings_of_p!`] names `r`.
macro_rules! nps_of_r {
    () => {
        "net_promoter_score(r.rating_5, r.rating_1 + r.rating_2 + r.rating_3,
                            r.rating_1 + r.rating_2 + r.rating_3 + r.rating_4 + r.rating_5)"
    };
}

// After the macros, which it splices.
mod compare;
pub use compare::{compared, usage_breakdown, Compared};

/// A product's name and place, as the decide views show it.
#[derive(Debug, Clone, PartialEq)]
pub struct Named {
    /// `products.id`.
    pub id: i64,
    /// Its name.
    pub name: String,
    /// `domains.id`.
    pub domain: i64,
    /// `subjects.id`, if set.
    pub subject: Option<i64>,
}

/// The products among `ids` that exist, in no particular order.
pub async fn products_named(
    client: &Client,
    ids: &[i64],
) -> Result<Vec<Named>, tokio_postgres::Error> {
    let rows = client
        .query(
            "select id, name, domain_id, subject_id from products where id = any($1)",
            &[&ids],
        )
        .await?;
    Ok(rows
        .iter()
        .map(|r| Named {
            id: r.get("id"),
            name: r.get("name"),
            domain: r.get("domain_id"),
            subject: r.get("subject_id"),
        })
        .collect())
}

/// One ranked alternative to a product.
#[derive(Debug, Clone, PartialEq)]
pub struct Alternative {
    /// `products.id`.
    pub id: i64,
    /// Its name.
    pub name: String,
    /// `subjects.id`, if set.
    pub subject: Option<i64>,
    /// Whether it shares the product's subject (ranked first).
    pub same_subject: bool,
    /// NPS over the cohort, null without reviews.
    pub nps: Option<i64>,
    /// Reviews over the cohort.
    pub review_count: i64,
}

/// The ranking of the alternatives, around `scored` (a CTE of `id, name,
/// subject_id, nps, review_count` over the other products of the domain),
/// with `$1` the product, and the threshold and limit as the two
/// parameters named. A macro so both statements splice it.
macro_rules! ranked {
    ($scored:expr, $threshold:literal, $limit:literal) => {
        concat!(
            "with me as materialized (
                 select domain_id, subject_id from products where id = $1
             ), scored as (",
            $scored,
            ")
             select s.id, s.name, s.subject_id, s.nps, s.review_count,
                    coalesce(s.subject_id = me.subject_id, false) as same_subject
             from scored s, me
             order by same_subject desc, s.review_count >= ",
            $threshold,
            " desc, s.nps desc nulls last, s.review_count desc, lower(s.name), s.id
             limit ",
            $limit
        )
    };
}

/// The other products of product `id`'s domain, ranked: those sharing its
/// subject (when it has one) first, then those with at least `threshold`
/// reviews in the cohort, by NPS over the cohort (highest first), review
/// count and name; at most `limit` of them.
pub async fn alternatives(
    client: &Client,
    id: i64,
    cohort: &Cohort,
    threshold: i64,
    limit: i64,
) -> Result<Vec<Alternative>, tokio_postgres::Error> {
    // The domain's products come from products_domain_id_idx (the domain
    // as a value the planner cannot hash every product against); each
    // one's figures are one or a few rows of a V22 table, by primary key.
    let rows = if let Some(flat) = FlatCohort::of(cohort) {
        macro_rules! scored {
            () => {
                concat!(
            "select p.id, p.name, p.subject_id, r.review_count, ",
            nps_of_r!(),
            " as nps
             from products p
             cross join lateral (select r.*, r.rating_1 + r.rating_2 + r.rating_3 + r.rating_4
                                                 + r.rating_5 as review_count
                                 from (",
            flat_ratings_of_p!(),
            ") r) r
             where p.domain_id = (select domain_id from me) and p.id <> $1"
                )
            };
        }
        let [org_types, location] = flat.params();
        client
            .query(
                ranked!(scored!(), "$4", "$5"),
                &[&id, org_types, location, &threshold, &limit],
            )
            .await?
    } else {
        // The cohort's organizations are found once (and hashed); then
        // each product's reviews are read from the index keyed by product,
        // so the work follows the domain's reviews, not the whole table.
        macro_rules! scored {
            () => {
                concat!(
                    "with cohort as materialized (
                         select o.id from organizations o where ",
                    cohort_of_o!(),
                    "
                     )
                     select p.id, p.name, p.subject_id, f.nps, f.review_count
                     from products p
                     cross join lateral (
                         select ",
                    nps_of_usages_u!(),
                    " as nps,
                                count(u.rating) as review_count
                         from usages u
                         where u.product_id = p.id
                           and u.organization_id in (select id from cohort)
                     ) f
                     where p.domain_id = (select domain_id from me) and p.id <> $1"
                )
            };
        }
        let [org_types, locations, grades, size_min, size_max] = cohort.params();
        client
            .query(
                ranked!(scored!(), "$7", "$8"),
                &[
                    &id, org_types, locations, grades, size_min, size_max, &threshold, &limit,
                ],
            )
            .await?
    };
    Ok(rows
        .iter()
        .map(|r| Alternative {
            id: r.get("id"),
            name: r.get("name"),
            subject: r.get("subject_id"),
            same_subject: r.get("same_subject"),
            nps: r.get("nps"),
            review_count: r.get("review_count"),
        })
        .collect())
}

/// The cohort of organizations like organization `id`: its type and its
/// locations (any of them); `None` when it does not exist.
pub async fn cohort_like(
    client: &Client,
    id: i64,
) -> Result<Option<Cohort>, tokio_postgres::Error> {
    let row = client
        .query_opt(
            "select o.org_type_id,
                    array(select ol.location_id from organization_locations ol
                          where ol.organization_id = o.id order by ol.location_id) as locations
             from organizations o where o.id = $1",
            &[&id],
        )
        .await?;
    Ok(row.map(|r| {
        let locations: Vec<i64> = r.get("locations");
        Cohort {
            org_types: Some(vec![r.get("org_type_id")]),
            locations: (!locations.is_empty()).then_some(locations),
            ..Cohort::default()
        }
    }))
}

/// Whether domain `id` exists.
pub async fn domain_exists(client: &Client, id: i64) -> Result<bool, tokio_postgres::Error> {
    Ok(client
        .query_opt("select 1 from domains where id = $1", &[&id])
        .await?
        .is_some())
}

/// Whether organization `id` exists.
pub async fn organization_exists(client: &Client, id: i64) -> Result<bool, tokio_postgres::Error> {
    Ok(client
        .query_opt("select 1 from organizations where id = $1", &[&id])
        .await?
        .is_some())
}
