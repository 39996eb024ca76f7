//! How data flows in and out of products, from the reviews of
//! organizations that still use them (not deprecated): data in is
//! `how_push`, data out `how_pull` (domain.md).
//!
//! - `GET /api/organizations/{id}/data-flows/`: the organization's products
//!   against the data interfaces (a matrix, its columns in `interfaces`).
//! - `GET /api/data-flows/?domain=&page=&page_size=`: per product, which
//!   interfaces members use, with counts; paged as the collections are.

use std::collections::BTreeMap;

use serde_json::{json, Value};
use warp::reply::Response;
use warp::Reply;

use crate::api::collections::read::page_url;
use crate::api::collections::{origin, parse_id};
use crate::api::error::{ApiError, ApiResult};
use crate::api::reading::Reading;
use crate::api::stats::strict_pairs;
use crate::db::decide::{self, Flow};
use crate::model::error::InputError;
use crate::model::list::{page_size_message, page_size_of, parse_page};

/// The parameters `GET /api/data-flows/` takes.
pub const COMMUNITY: [&str; 3] = ["domain", "page", "page_size"];
/// Products per page unless `page_size` says otherwise: fewer than the
/// collections' 250, since each row carries every interface of a product.
pub const DEFAULT_PAGE_SIZE: i64 = 50;

/// GET /api/organizations/{id}/data-flows/
pub async fn organization(id: String, reading: Reading) -> ApiResult<Response> {
    reading.member()?;
    let id = parse_id(&id)?;
    strict_pairs(&reading.query, &[])?;
    let client = reading.state.pool.get().await?;
    if !decide::organization_exists(&client, id).await? {
        return Err(ApiError::not_found());
    }
    let flows = decide::organization_flows(&client, id).await?;
    Ok(warp::reply::json(&json!({
        "organization": id,
        "interfaces": interfaces(&flows),
        "products": flows.iter().map(flow).collect::<Vec<_>>(),
    }))
    .into_response())
}

/// GET /api/data-flows/?domain=3&page=2&page_size=50
pub async fn community(reading: Reading) -> ApiResult<Response> {
    reading.member()?;
    let client = reading.state.pool.get().await?;
    let asked = DomainPage::parse(&client, &reading.query, DEFAULT_PAGE_SIZE).await?;
    let (count, flows) =
        decide::community_flows(&client, asked.domain, asked.page_size, asked.offset()).await?;
    let base = format!(
        "{}/api/data-flows/",
        origin(&reading.state.config, &reading.headers)
    );
    let results = flows.iter().map(flow).collect();
    Ok(warp::reply::json(&asked.envelope(&base, count, results)?).into_response())
}

/// The parameters of a paged list over products, optionally of one
/// domain (`domain`, `page`, `page_size`: [`COMMUNITY`]), read strictly:
/// the community's data flows and the largest moves between products.
pub struct DomainPage {
    /// The query's pairs, for the page links.
    pub pairs: Vec<(String, String)>,
    /// The domain asked for (it exists).
    pub domain: Option<i64>,
    /// The page, from 1.
    pub page: i64,
    /// Rows per page.
    pub page_size: i64,
}

impl DomainPage {
    /// Reads `query`; an unknown, repeated or malformed parameter, or a
    /// domain that does not exist, is a 400 naming it.
    pub async fn parse(
        client: &tokio_postgres::Client,
        query: &str,
        default_size: i64,
    ) -> ApiResult<DomainPage> {
        let pairs = strict_pairs(query, &COMMUNITY)?;
        let bad = |detail: String| InputError::BadQuery {
            detail,
            accepted: COMMUNITY.iter().map(|s| s.to_string()).collect(),
        };
        let value = |key: &str| {
            pairs
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.trim())
                .filter(|v| !v.is_empty())
        };
        let page_size = match value("page_size") {
            Some(v) => page_size_of(v).ok_or_else(|| bad(page_size_message(v)))?,
            None => default_size,
        };
        let page = value("page").map_or(Ok(1), |v| parse_page(v, page_size))?;
        let domain = value("domain")
            .map(|v| {
                v.parse::<i64>().map_err(|_| {
                    bad(format!(
                        "Parameter 'domain' has an invalid value '{}': expected an integer.",
                        v.replace('\0', "")
                    ))
                })
            })
            .transpose()?;
        if let Some(domain) = domain {
            if !decide::domain_exists(client, domain).await? {
                return Err(bad(format!(
                    "Parameter 'domain': domain {domain} does not exist."
                ))
                .into());
            }
        }
        Ok(DomainPage {
            pairs,
            domain,
            page,
            page_size,
        })
    }

    /// Rows before the page.
    pub fn offset(&self) -> i64 {
        (self.page - 1) * self.page_size
    }

    /// The collections' envelope (`count`, `next`, `previous`, `results`)
    /// around one page of `count` rows, its links under `base`; a page
    /// past the end is a 404.
    pub fn envelope(&self, base: &str, count: i64, results: Vec<Value>) -> ApiResult<Value> {
        let offset = self.offset();
        if self.page > 1 && offset >= count {
            return Err(InputError::InvalidPage.into());
        }
        let next =
            (offset + self.page_size < count).then(|| page_url(base, &self.pairs, self.page + 1));
        let previous = (self.page > 1).then(|| page_url(base, &self.pairs, self.page - 1));
        Ok(json!({
            "count": count,
            "next": next,
            "previous": previous,
            "results": results,
        }))
    }
}

fn flow(f: &Flow) -> Value {
    json!({
        "id": f.id,
        "name": f.name,
        "domain": f.domain,
        "review_count": f.review_count,
        "data_in": f.data_in,
        "data_out": f.data_out,
    })
}

/// The interfaces any of `flows` uses, in or out, by name: the matrix's
/// columns.
fn interfaces(flows: &[Flow]) -> Vec<Value> {
    let mut found: BTreeMap<(String, i64), Value> = BTreeMap::new();
    for f in flows {
        for used in [&f.data_in, &f.data_out] {
            for i in used.as_array().into_iter().flatten() {
                let (Some(id), Some(name)) = (i["id"].as_i64(), i["name"].as_str()) else {
                    continue;
                };
                found
                    .entry((name.to_lowercase(), id))
                    .or_insert_with(|| json!({"id": id, "name": name}));
            }
        }
    }
    found.into_values().collect()
}
