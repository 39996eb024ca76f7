//! Where organizations moved (issue 13, item 3), from the reviews that
//! name the product that replaced the one they dropped (`replaced_by`):
//!
//! - `GET /api/products/{id}/moves/`: where this product's reviewers went
//!   (`moved_to`) and where those who came to it left (`moved_from`), each
//!   with its count of reviews and the latest date.
//! - `GET /api/moves/?domain=&page=&page_size=`: the largest moves between
//!   products (leaving or reaching a product of the domain), paged as the
//!   collections are.

use serde_json::{json, Value};
use warp::reply::Response;
use warp::Reply;

use super::flows::DomainPage;
use crate::api::collections::{origin, parse_id};
use crate::api::error::{ApiError, ApiResult};
use crate::api::reading::Reading;
use crate::api::stats::strict_pairs;
use crate::db::figures;
use crate::db::moves::{self, Move};

/// Moves per page unless `page_size` says otherwise (as the data flows).
pub const DEFAULT_PAGE_SIZE: i64 = 50;

/// GET /api/products/{id}/moves/
pub async fn product(id: String, reading: Reading) -> ApiResult<Response> {
    reading.member()?;
    let id = parse_id(&id)?;
    strict_pairs(&reading.query, &[])?;
    let client = reading.state.pool.get().await?;
    if !figures::product_exists(client.pooled(), id).await? {
        return Err(ApiError::not_found());
    }
    let found = moves::product_moves(&client, id).await?;
    Ok(warp::reply::json(&json!({
        "product": id,
        "moved_to": found.moved_to.iter().map(one).collect::<Vec<_>>(),
        "moved_from": found.moved_from.iter().map(one).collect::<Vec<_>>(),
    }))
    .into_response())
}

/// GET /api/moves/?domain=3&page=2&page_size=50
pub async fn largest(reading: Reading) -> ApiResult<Response> {
    reading.member()?;
    let client = reading.state.pool.get().await?;
    let asked = DomainPage::parse(&client, &reading.query, DEFAULT_PAGE_SIZE).await?;
    let (count, found) =
        moves::largest_moves(&client, asked.domain, asked.page_size, asked.offset()).await?;
    let base = format!(
        "{}/api/moves/",
        origin(&reading.state.config, &reading.headers)
    );
    let results = found
        .iter()
        .map(|m| {
            json!({
                "from": {"id": m.from.0, "name": m.from.1},
                "to": {"id": m.to.0, "name": m.to.1},
                "count": m.count,
                "last_at": m.last_at,
            })
        })
        .collect();
    Ok(warp::reply::json(&asked.envelope(&base, count, results)?).into_response())
}

fn one(m: &Move) -> Value {
    json!({"id": m.id, "name": m.name, "count": m.count, "last_at": m.last_at})
}
