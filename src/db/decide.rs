//! The SQL behind the views that help a member decide (issue 13): compare
//! products, their alternatives, and how data flows in and out of them.
//! The NPS and the cohort are those of [`super::figures`], spliced in, never
//! restated. Plans and times: docs/decide.md.

use serde_json::Value;
use tokio_postgres::Client;

use super::figures::{cohort_of_o, nps_of_usages_u, Cohort};

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

/// What reviews over a cohort say about how products are used: for each of
/// `ids`, `[{"id", "name", "count"}]` of its usage types, its data
/// interfaces for data in (`how_push`) and for data out (`how_pull`), most
/// used first. Products without reviews in the cohort are absent.
pub async fn usage_breakdown(
    client: &Client,
    ids: &[i64],
    cohort: &Cohort,
) -> Result<Vec<(i64, Value, Value, Value)>, tokio_postgres::Error> {
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
    Ok(rows
        .iter()
        .map(|r| {
            (
                r.get("product_id"),
                r.get("usage_types"),
                r.get("data_in"),
                r.get("data_out"),
            )
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
    // The cohort's organizations are found once (and hashed); then each
    // product's reviews are read from the index keyed by product, so the
    // work follows the domain's reviews, not the whole table.
    let sql = concat!(
        "with me as (
             select domain_id, subject_id from products where id = $1
         ), cohort as materialized (
             select o.id from organizations o where ",
        cohort_of_o!(),
        "
         ), scored as (
             select p.id, p.name, p.subject_id, f.nps, f.review_count
             from me
             join products p on p.domain_id = me.domain_id and p.id <> $1
             cross join lateral (
                 select ",
        nps_of_usages_u!(),
        " as nps,
                        count(u.rating) as review_count
                 from usages u
                 where u.product_id = p.id
                   and u.organization_id in (select id from cohort)
             ) f
         )
         select s.id, s.name, s.subject_id, s.nps, s.review_count,
                coalesce(s.subject_id = me.subject_id, false) as same_subject
         from scored s, me
         order by same_subject desc, s.review_count >= $7 desc, s.nps desc nulls last,
                  s.review_count desc, lower(s.name), s.id
         limit $8"
    );
    let [org_types, locations, grades, size_min, size_max] = cohort.params();
    let rows = client
        .query(
            sql,
            &[
                &id, org_types, locations, grades, size_min, size_max, &threshold, &limit,
            ],
        )
        .await?;
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

/// How data goes in and out of some products, from the reviews that say
/// their organization still uses them (not deprecated).
#[derive(Debug, Clone, PartialEq)]
pub struct Flow {
    /// `products.id`.
    pub id: i64,
    /// Its name.
    pub name: String,
    /// `domains.id`.
    pub domain: i64,
    /// Reviews counted.
    pub review_count: i64,
    /// `[{"id", "name", "count"}]`: data interfaces for data in (`how_push`).
    pub data_in: Value,
    /// The same for data out (`how_pull`).
    pub data_out: Value,
}

/// The flows of the reviews in `r` (a CTE of `product_id, how_push_id,
/// how_pull_id` rows) for the products in `page` (a CTE of `id, name,
/// domain_id`), by product name. Everything is grouped once and joined by
/// hash: no subquery runs per product. A macro so both callers splice it.
macro_rules! flows_of_r {
    () => {
        ", counted as (
             select r.product_id, 'in' as dir, r.how_push_id as interface, count(*) as n
             from r where r.how_push_id is not null group by r.product_id, r.how_push_id
             union all
             select r.product_id, 'out', r.how_pull_id, count(*)
             from r where r.how_pull_id is not null group by r.product_id, r.how_pull_id
         ), used as (
             select c.product_id,
                    json_agg(json_build_object('id', d.id, 'name', d.name, 'count', c.n)
                             order by c.n desc, lower(d.name), d.id)
                        filter (where c.dir = 'in') as data_in,
                    json_agg(json_build_object('id', d.id, 'name', d.name, 'count', c.n)
                             order by c.n desc, lower(d.name), d.id)
                        filter (where c.dir = 'out') as data_out
             from counted c join data_interfaces d on d.id = c.interface
             group by c.product_id
         ), reviewed as (
             select r.product_id, count(*) as n from r group by r.product_id
         )
         select p.id, p.name, p.domain_id, coalesce(rv.n, 0) as review_count,
                coalesce(x.data_in, '[]') as data_in, coalesce(x.data_out, '[]') as data_out
         from page p
         left join reviewed rv on rv.product_id = p.id
         left join used x on x.product_id = p.id
         order by lower(p.name), p.id"
    };
}

fn flows(rows: &[tokio_postgres::Row]) -> Vec<Flow> {
    rows.iter()
        .map(|r| Flow {
            id: r.get("id"),
            name: r.get("name"),
            domain: r.get("domain_id"),
            review_count: r.get("review_count"),
            data_in: r.get("data_in"),
            data_out: r.get("data_out"),
        })
        .collect()
}

/// The products organization `id` still uses (its reviews that are not
/// deprecated) and how data goes in and out of each.
pub async fn organization_flows(
    client: &Client,
    id: i64,
) -> Result<Vec<Flow>, tokio_postgres::Error> {
    let sql = concat!(
        "with r as (
             select u.product_id, u.how_push_id, u.how_pull_id
             from usages u
             where u.organization_id = $1 and not u.is_deprecated
         ), page as (
             select p.id, p.name, p.domain_id from products p
             where p.id in (select product_id from r)
         )",
        flows_of_r!()
    );
    Ok(flows(&client.query(sql, &[&id]).await?))
}

/// Products (of `domain`, when given) that some review still in use says
/// how data goes in or out of: how many there are, and the flows of one
/// page of them (by name).
pub async fn community_flows(
    client: &Client,
    domain: Option<i64>,
    limit: i64,
    offset: i64,
) -> Result<(i64, Vec<Flow>), tokio_postgres::Error> {
    // Which products: one index probe per product (usages are keyed by
    // product first) rather than a pass over every review.
    macro_rules! listed {
        () => {
            "from products p
             where ($1::bigint is null or p.domain_id = $1)
               and exists (select 1 from usages u
                           where u.product_id = p.id and not u.is_deprecated
                             and (u.how_push_id is not null or u.how_pull_id is not null))"
        };
    }
    let count: i64 = client
        .query_one(concat!("select count(*) ", listed!()), &[&domain])
        .await?
        .get(0);
    let sql = concat!(
        "with page as (
             select p.id, p.name, p.domain_id ",
        listed!(),
        " order by lower(p.name), p.id limit $2 offset $3
         ), r as (
             -- The page's ids as an array: their reviews come from the
             -- index keyed by product (a join is planned as a pass over
             -- every review to find a page's worth).
             select u.product_id, u.how_push_id, u.how_pull_id
             from usages u
             where u.product_id = any (array(select id from page)) and not u.is_deprecated
         )",
        flows_of_r!()
    );
    let rows = client.query(sql, &[&domain, &limit, &offset]).await?;
    Ok((count, flows(&rows)))
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
