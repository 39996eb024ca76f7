//! The SQL behind the views that help a member decide (issue 13): compare
//! products, their alternatives, and how data flows in and out of them.
//! Over everyone, and over a cohort of organization types with at most one
//! location ([`FlatCohort`]), the figures are read from the tables the
//! database keeps (migration V22); other cohorts aggregate the reviews, with
//! the NPS and the cohort of [`super::figures`], spliced in, never restated.
//! Plans and times: docs/decide.md.

use serde_json::Value;
use tokio_postgres::Client;

use tokio_postgres::types::ToSql;

use super::figures::{cohort_of_o, nps_of_usages_u, Cohort, Figures};

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
