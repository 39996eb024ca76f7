//! How data flows in and out of products (issue 13, item 4), from the
//! reviews that say their organization still uses them: an organization's
//! own reviews, or the community's figures that V22 keeps
//! (`product_flow_figures`, `product_interface_figures`, `decide_counts`).

use serde_json::Value;
use tokio_postgres::Client;

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
/// page of them (by name). Read from what V22 keeps: a product is listed
/// when its `product_flow_figures` row counts a review in use, its flows
/// are its `product_interface_figures` rows in use, and its reviews in use
/// are its `product_figures` less the deprecated.
pub async fn community_flows(
    client: &Client,
    domain: Option<i64>,
    limit: i64,
    offset: i64,
) -> Result<(i64, Vec<Flow>), tokio_postgres::Error> {
    macro_rules! listed {
        () => {
            "from products p
             where ($1::bigint is null or p.domain_id = $1)
               and exists (select 1 from product_flow_figures f
                           where f.product_id = p.id and f.in_use_count > 0)"
        };
    }
    // How many: over every domain, as V22 counts them (one row); for a
    // domain, one probe of product_flow_figures per product of the domain.
    let count: i64 = match domain {
        None => client
            .query_one(
                "select n from decide_counts where table_name = 'product_flow_figures'",
                &[],
            )
            .await?
            .get(0),
        Some(_) => client
            .query_one(concat!("select count(*) ", listed!()), &[&domain])
            .await?
            .get(0),
    };
    /// `[{"id", "name", "count"}]` of product `p`'s interfaces in use in
    /// `direction`.
    macro_rules! used {
        ($direction:literal) => {
            concat!(
                "coalesce((select json_agg(json_build_object('id', d.id, 'name', d.name,
                                                             'count', f.in_use_count)
                                           order by f.in_use_count desc, lower(d.name), d.id)
                           from product_interface_figures f
                           join data_interfaces d on d.id = f.interface_id
                           where f.product_id = p.id and f.direction = '",
                $direction,
                "' and f.in_use_count > 0), '[]')"
            )
        };
    }
    let sql = concat!(
        "with page as (
             select p.id, p.name, p.domain_id ",
        listed!(),
        " order by lower(p.name), p.id limit $2 offset $3
         )
         select p.id, p.name, p.domain_id, pf.review_count - pf.deprecated_count as review_count, ",
        used!("in"),
        " as data_in, ",
        used!("out"),
        " as data_out
         from page p
         join product_figures pf on pf.product_id = p.id
         order by lower(p.name), p.id"
    );
    let rows = client.query(sql, &[&domain, &limit, &offset]).await?;
    Ok((count, flows(&rows)))
}
