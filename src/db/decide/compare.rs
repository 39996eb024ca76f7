//! The SQL behind compare (issue 13, item 1): each product's figures over
//! the cohort, and what the cohort's reviews say about how it is used. Over
//! everyone and a [`FlatCohort`] from the figures V22 keeps; other cohorts
//! aggregate the products' reviews.

use serde_json::Value;
use tokio_postgres::Client;

use super::{cohort_of_o, Cohort, Figures, FlatCohort};

/// What reviews over a cohort say about how products are used: for each of
/// `ids`, `[{"id", "name", "count"}]` of its usage types, its data
/// interfaces for data in (`how_push`) and for data out (`how_pull`), most
/// used first. Products without reviews in the cohort are absent (over
/// everyone, present with empty lists). Over everyone the counts are the
/// rows V22 keeps; a cohort aggregates its reviews of the products.
pub async fn usage_breakdown(
    client: &Client,
    ids: &[i64],
    cohort: &Cohort,
) -> Result<Vec<(i64, Value, Value, Value)>, tokio_postgres::Error> {
    if cohort.is_everyone() {
        return kept_usage_breakdown(client, ids).await;
    }
    let sql = concat!(
        "with r as (
             select u.product_id, u.usage_type_id, u.how_push_id, u.how_pull_id
             from usages u
             join organizations o on o.id = u.organization_id
             where u.product_id = any($1) and ",
        cohort_of_o!(),
        "
         ), counted as (
             select r.product_id, 'usage_types' as kind, t.id, t.name, count(*) as n
             from r join usage_types t on t.id = r.usage_type_id
             group by r.product_id, t.id, t.name
             union all
             select r.product_id, 'data_in', d.id, d.name, count(*)
             from r join data_interfaces d on d.id = r.how_push_id
             group by r.product_id, d.id, d.name
             union all
             select r.product_id, 'data_out', d.id, d.name, count(*)
             from r join data_interfaces d on d.id = r.how_pull_id
             group by r.product_id, d.id, d.name
         )
         select product_id,
                coalesce(json_agg(json_build_object('id', id, 'name', name, 'count', n)
                                  order by n desc, lower(name), id)
                         filter (where kind = 'usage_types'), '[]') as usage_types,
                coalesce(json_agg(json_build_object('id', id, 'name', name, 'count', n)
                                  order by n desc, lower(name), id)
                         filter (where kind = 'data_in'), '[]') as data_in,
                coalesce(json_agg(json_build_object('id', id, 'name', name, 'count', n)
                                  order by n desc, lower(name), id)
                         filter (where kind = 'data_out'), '[]') as data_out
         from counted
         group by product_id"
    );
    let [org_types, locations, grades, size_min, size_max] = cohort.params();
    let rows = client
        .query(
            sql,
            &[&ids, org_types, locations, grades, size_min, size_max],
        )
        .await?;
    Ok(breakdowns(&rows))
}

/// [`usage_breakdown`] over everyone, from `product_usage_type_figures`
/// and `product_interface_figures` (every review, deprecated or not).
async fn kept_usage_breakdown(
    client: &Client,
    ids: &[i64],
) -> Result<Vec<(i64, Value, Value, Value)>, tokio_postgres::Error> {
    /// `[{"id", "name", "count"}]` of the rows of `f` joined to `t`.
    macro_rules! counted {
        ($from:literal) => {
            concat!(
                "coalesce((select json_agg(json_build_object('id', t.id, 'name', t.name,
                                                             'count', f.review_count)
                                           order by f.review_count desc, lower(t.name), t.id) ",
                $from,
                " and f.review_count > 0), '[]')"
            )
        };
    }
    let sql = concat!(
        "select p.id as product_id, ",
        counted!(
            "from product_usage_type_figures f join usage_types t on t.id = f.usage_type_id
             where f.product_id = p.id"
        ),
        " as usage_types, ",
        counted!(
            "from product_interface_figures f join data_interfaces t on t.id = f.interface_id
             where f.product_id = p.id and f.direction = 'in'"
        ),
        " as data_in, ",
        counted!(
            "from product_interface_figures f join data_interfaces t on t.id = f.interface_id
             where f.product_id = p.id and f.direction = 'out'"
        ),
        " as data_out
         from unnest($1::bigint[]) p(id)"
    );
    Ok(breakdowns(&client.query(sql, &[&ids]).await?))
}

fn breakdowns(rows: &[tokio_postgres::Row]) -> Vec<(i64, Value, Value, Value)> {
    rows.iter()
        .map(|r| {
            (
                r.get("product_id"),
                r.get("usage_types"),
                r.get("data_in"),
                r.get("data_out"),
            )
        })
        .collect()
}

/// One product's figures as compare shows them: over the cohort, and its
/// NPS and review count over everyone.
#[derive(Debug, Clone, PartialEq)]
pub struct Compared {
    /// `products.id`.
    pub id: i64,
    /// The figures over the cohort (`organizations` left empty: compare
    /// shows only their number).
    pub figures: Figures,
    /// NPS over everyone.
    pub overall_nps: Option<i64>,
    /// Reviews over everyone.
    pub overall_review_count: i64,
}

/// The figures of the products `ids` (those that exist) over a
/// [`FlatCohort`], from the rows V22 and V14 keep. The organizations using
/// each are still counted from its reviews (index only over everyone; with
/// each organization looked up for a cohort).
pub async fn compared(
    client: &Client,
    ids: &[i64],
    flat: &FlatCohort,
) -> Result<Vec<Compared>, tokio_postgres::Error> {
    let sql = concat!(
        "select p.id, pf.nps as overall_nps, pf.review_count as overall_review_count,
                array[r.rating_1, r.rating_2, r.rating_3, r.rating_4, r.rating_5] as ratings,
                r.deprecated_count, ",
        nps_of_r!(),
        " as nps,
                case when $2::bigint[] is null and $3::bigint is null
                     then (select count(distinct u.organization_id) from usages u
                           where u.product_id = p.id)
                     else (select count(distinct u.organization_id)
                           from usages u join organizations o on o.id = u.organization_id
                           where u.product_id = p.id
                             and ($2::bigint[] is null or o.org_type_id = any($2))
                             and ($3::bigint is null or exists (
                                   select 1 from organization_locations ol
                                   where ol.organization_id = o.id and ol.location_id = $3)))
                end as organization_count
         from unnest($1::bigint[]) p(id)
         join product_figures pf on pf.product_id = p.id
         cross join lateral (",
        flat_ratings_of_p!(),
        ") r"
    );
    let [org_types, location] = flat.params();
    let rows = client.query(sql, &[&ids, org_types, location]).await?;
    Ok(rows
        .iter()
        .map(|r| {
            let ratings: Vec<i64> = r.get("ratings");
            Compared {
                id: r.get("id"),
                figures: Figures {
                    nps: r.get("nps"),
                    review_count: ratings.iter().sum(),
                    ratings: [ratings[0], ratings[1], ratings[2], ratings[3], ratings[4]],
                    organizations: Value::Array(Vec::new()),
                    organization_count: r.get("organization_count"),
                    deprecated_count: r.get("deprecated_count"),
                },
                overall_nps: r.get("overall_nps"),
                overall_review_count: r.get("overall_review_count"),
            }
        })
        .collect())
}
