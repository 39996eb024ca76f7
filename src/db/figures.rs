//! Product figures (domain.md, "Figures"): the query behind
//! `GET /api/products/{id}/stats/`. The products collection reads the same
//! figures from `product_figures` (migration V14), and both compute the NPS
//! with the SQL function `net_promoter_score`.

use deadpool_postgres::GenericClient;
use serde_json::Value;
use tokio_postgres::types::ToSql;

/// The NPS over the rows of `usages u` that the enclosing query aggregates,
/// through the one definition of the formula, the SQL function
/// `net_promoter_score(promoters, detractors, n)` (migration V14), which the
/// stored figures (`product_figures.nps`, what the products collection
/// reads) are generated with too: promoters rate 5, detractors 3 or less,
/// null when there are no reviews, integer arithmetic truncating toward zero.
/// A macro so it can be spliced with `concat!`.
macro_rules! nps_of_usages_u {
    () => {
        "net_promoter_score(count(*) filter (where u.rating = 5), \
                            count(*) filter (where u.rating <= 3), count(u.rating))"
    };
}
pub(crate) use nps_of_usages_u;

/// `[{"id", "name"}]` of the organizations whose ids the subquery `$ids`
/// gives, by name (a JSON array, empty when none).
macro_rules! organizations_json {
    ($ids:literal) => {
        concat!(
            "coalesce((select json_agg(json_build_object('id', o.id, 'name', o.name) \
                                        order by lower(o.name), o.id) \
                       from organizations o where o.id in (",
            $ids,
            ")), '[]'::json)"
        )
    };
}

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
pub async fn product_exists(
    client: &impl GenericClient,
    id: i64,
) -> Result<bool, tokio_postgres::Error> {
    Ok(client
        .query_opt("select 1 from products where id = $1", &[&id])
        .await?
        .is_some())
}

/// The figures of product `id` over the reviews whose organization is in
/// `cohort` ([`cohort_of_o!`]), or `None` when there is no such product.
/// Over everyone, the counts are the product's `product_figures` row, which
/// the database keeps (V14); a cohort aggregates the product's reviews
/// (through the (product, organization, reviewer) index). Either way one
/// statement, and the organizations using it come from that index too.
pub async fn product_figures(
    client: &impl GenericClient,
    id: i64,
    cohort: &Cohort,
) -> Result<Option<Figures>, tokio_postgres::Error> {
    let row = if cohort.is_everyone() {
        let sql = concat!(
            "select f.nps, f.review_count,
                    array[f.rating_1, f.rating_2, f.rating_3, f.rating_4, f.rating_5] as ratings,
                    f.deprecated_count, ",
            organizations_json!(
                "select u.organization_id from usages u where u.product_id = f.product_id"
            ),
            " as organizations
             from product_figures f
             where f.product_id = $1"
        );
        let statement = client.prepare_cached(sql).await?;
        client.query_opt(&statement, &[&id]).await?
    } else {
        cohort_figures(client, id, cohort).await?
    };
    Ok(row.map(|row| {
        let ratings: Vec<i64> = row.get("ratings");
        let organizations: Value = row.get("organizations");
        let organization_count = organizations.as_array().map_or(0, |a| a.len() as i64);
        Figures {
            nps: row.get::<_, Option<i64>>("nps"),
            review_count: row.get("review_count"),
            ratings: [ratings[0], ratings[1], ratings[2], ratings[3], ratings[4]],
            organizations,
            organization_count,
            deprecated_count: row.get("deprecated_count"),
        }
    }))
}

/// The figures' row over a cohort (none when the product does not exist).
/// Every condition is a parameter; a missing one is `null` and switches
/// itself off, so the statement text never changes.
async fn cohort_figures(
    client: &impl GenericClient,
    id: i64,
    cohort: &Cohort,
) -> Result<Option<tokio_postgres::Row>, tokio_postgres::Error> {
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
         select f.nps, f.review_count, f.ratings, f.deprecated_count, ",
        organizations_json!("select organization_id from r"),
        " as organizations
         from figures f
         where exists (select 1 from products p where p.id = $1)"
    );
    let [org_types, locations, grades, size_min, size_max] = cohort.params();
    client
        .query_opt(
            sql,
            &[&id, org_types, locations, grades, size_min, size_max],
        )
        .await
}
