//! Product figures (domain.md, "Figures"): the one definition of the NPS
//! expression, shared with the products collection, and the query behind
//! `GET /api/products/{id}/stats/`.

use serde_json::Value;
use tokio_postgres::types::ToSql;
use tokio_postgres::Client;

/// The NPS over the rows of `usages u` that the enclosing query aggregates:
/// `trunc(100·promoters/n − 100·detractors/n)`, promoters rating 5,
/// detractors 3 or less, null when there are none. Integer division
/// truncates toward zero and `100·(p − d)/n` is exactly the formula, so no
/// floating point is involved (5,5,4,3 → 100·(2 − 1)/4 = 25).
/// `count(u.rating)` rather than `count(*)`, so that a left join that found
/// no review counts as none. A macro so it can be spliced with `concat!`.
macro_rules! nps_of_usages_u {
    () => {
        "case when count(u.rating) = 0 then null \
         else (100 * (count(*) filter (where u.rating = 5) \
                      - count(*) filter (where u.rating <= 3))) / count(u.rating) end"
    };
}
pub(crate) use nps_of_usages_u;

/// [`nps_of_usages_u!`] as a constant.
pub const NPS_OF_USAGES_U: &str = nps_of_usages_u!();

/// Whether the organization `o` is in the [`Cohort`] given as parameters
/// `$2` (org types), `$3` (locations), `$4` (grades), `$5` and `$6` (size
/// bounds), the order [`Cohort::params`] lists them in. A missing one is
/// `null` and switches itself off, so the statement text never changes. A
/// macro so it can be spliced with `concat!`, like [`nps_of_usages_u!`].
macro_rules! cohort_of_o {
    () => {
        "($2::bigint[] is null or o.org_type_id = any($2))
         and ($3::bigint[] is null or exists (
               select 1 from organization_locations ol
               where ol.organization_id = o.id and ol.location_id = any($3)))
         and ($4::bigint[] is null or exists (
               select 1 from organization_grades og
               where og.organization_id = o.id and og.grade_id = any($4)))
         and ($5::bigint is null or o.size >= $5)
         and ($6::bigint is null or o.size <= $6)"
    };
}
pub(crate) use cohort_of_o;

/// Which reviewing organizations a product's figures are computed over
/// (every one when all fields are empty). Values are ids or sizes, already
/// parsed; lists match any of their values.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cohort {
    /// Organization types (`organizations.org_type_id`).
    pub org_types: Option<Vec<i64>>,
    /// Locations the organization has (any of).
    pub locations: Option<Vec<i64>>,
    /// Grades the organization has (any of).
    pub grades: Option<Vec<i64>>,
    /// Smallest size (number of schools), inclusive.
    pub size_min: Option<i64>,
    /// Largest size, inclusive.
    pub size_max: Option<i64>,
}

impl Cohort {
    /// The parameters `$2` to `$6` of [`cohort_of_o!`], in order.
    pub fn params(&self) -> [&(dyn ToSql + Sync); 5] {
        [
            &self.org_types,
            &self.locations,
            &self.grades,
            &self.size_min,
            &self.size_max,
        ]
    }

    /// Whether no condition is set (every organization counts).
    pub fn is_everyone(&self) -> bool {
        *self == Cohort::default()
    }
}

/// The figures of one product over a cohort, as the API returns them.
#[derive(Debug, Clone, PartialEq)]
pub struct Figures {
    /// NPS, null without reviews.
    pub nps: Option<i64>,
    /// Number of reviews.
    pub review_count: i64,
    /// Count of each rating, 1 to 5.
    pub ratings: [i64; 5],
    /// `[{"id", "name"}]` of the organizations that reviewed it, by name.
    pub organizations: Value,
    /// How many organizations.
    pub organization_count: i64,
    /// Reviews that say the organization stopped using it.
    pub deprecated_count: i64,
}

/// Whether the product exists.
pub async fn product_exists(client: &Client, id: i64) -> Result<bool, tokio_postgres::Error> {
    Ok(client
        .query_opt("select 1 from products where id = $1", &[&id])
        .await?
        .is_some())
}

/// The figures of product `id` over the reviews whose organization is in
/// `cohort` ([`cohort_of_o!`]).
pub async fn product_figures(
    client: &Client,
    id: i64,
    cohort: &Cohort,
) -> Result<Figures, tokio_postgres::Error> {
    let sql = concat!(
        "with r as (
             select u.rating, u.is_deprecated, u.organization_id
             from usages u
             join organizations o on o.id = u.organization_id
             where u.product_id = $1
               and ",
        cohort_of_o!(),
        "
         ), figures as (
             select ",
        nps_of_usages_u!(),
        " as nps,
                    count(*) as review_count,
                    array[count(*) filter (where u.rating = 1),
                          count(*) filter (where u.rating = 2),
                          count(*) filter (where u.rating = 3),
                          count(*) filter (where u.rating = 4),
                          count(*) filter (where u.rating = 5)] as ratings,
                    count(*) filter (where u.is_deprecated) as deprecated_count
             from r u
         )
         select f.nps, f.review_count, f.ratings, f.deprecated_count,
                coalesce((select json_agg(json_build_object('id', o.id, 'name', o.name)
                                          order by lower(o.name), o.id)
                          from organizations o
                          where o.id in (select organization_id from r)), '[]'::json) as organizations
         from figures f"
    );
    let [org_types, locations, grades, size_min, size_max] = cohort.params();
    let row = client
        .query_one(
            sql,
            &[&id, org_types, locations, grades, size_min, size_max],
        )
        .await?;
    let ratings: Vec<i64> = row.get("ratings");
    let organizations: Value = row.get("organizations");
    let organization_count = organizations.as_array().map_or(0, |a| a.len() as i64);
    Ok(Figures {
        nps: row.get::<_, Option<i64>>("nps"),
        review_count: row.get("review_count"),
        ratings: [ratings[0], ratings[1], ratings[2], ratings[3], ratings[4]],
        organizations,
        organization_count,
        deprecated_count: row.get("deprecated_count"),
    })
}
