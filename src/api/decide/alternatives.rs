//! `GET /api/products/{id}/alternatives/`: the other products of a
//! product's domain, those sharing its subject first, ranked by NPS among
//! organizations like the viewer's (by default the type and states of the
//! viewer's organization; everyone when they have none or ask for
//! `cohort=all`; or the cohort parameters of the product figures). A
//! product with fewer than [`THRESHOLD`] reviews in the cohort is marked
//! `too_few_reviews` and ranked after those with enough, since an NPS over
//! one or two reviews says little.

use serde_json::json;
use warp::reply::Response;
use warp::Reply;

use crate::api::collections::parse_id;
use crate::api::error::{ApiError, ApiResult};
use crate::api::reading::Reading;
use crate::api::stats::{bad_query, parse_cohort_and};
use crate::db::decide;
use crate::db::figures::{self, Cohort};

/// The endpoint's own parameters (besides the cohort's).
pub const OWN: [&str; 2] = ["cohort", "limit"];
/// Fewer reviews than this in the cohort: `too_few_reviews`.
pub const THRESHOLD: i64 = 3;
/// Alternatives listed unless `limit` says otherwise.
pub const DEFAULT_LIMIT: i64 = 10;
/// The largest `limit`.
pub const MAX_LIMIT: i64 = 50;

/// GET /api/products/{id}/alternatives/?cohort=mine|all&limit=10&<cohort>
pub async fn alternatives(id: String, reading: Reading) -> ApiResult<Response> {
    let member = reading.member()?;
    let id = parse_id(&id)?;
    let (explicit, own) = parse_cohort_and(&reading.query, &OWN)?;
    let mut everyone = false;
    let mut limit = DEFAULT_LIMIT;
    for (key, value) in &own {
        match (key.as_str(), value.trim()) {
            ("cohort", "" | "mine") => {}
            ("cohort", "all") => everyone = true,
            ("limit", "") => {}
            ("limit", v) => {
                limit = v
                    .parse()
                    .ok()
                    .filter(|n| (1..=MAX_LIMIT).contains(n))
                    .ok_or_else(|| {
                        bad(format!(
                            "Parameter 'limit' must be an integer from 1 to {MAX_LIMIT}, not '{}'.",
                            value.replace('\0', "")
                        ))
                    })?
            }
            _ => {
                return Err(bad(format!(
                    "Parameter 'cohort' must be 'mine' or 'all', not '{}'.",
                    value.replace('\0', "")
                )))
            }
        }
    }
    let client = reading.state.pool.get().await?;
    if !figures::product_exists(client.pooled(), id).await? {
        return Err(ApiError::not_found());
    }
    // Explicit cohort parameters win; otherwise organizations like the
    // viewer's, unless they asked for everyone or have no organization.
    let (cohort, like) = match member.organization_id {
        Some(org) if explicit.is_everyone() && !everyone => {
            match decide::cohort_like(&client, org).await? {
                Some(cohort) => (cohort, Some(org)),
                None => (Cohort::default(), None),
            }
        }
        _ => (explicit, None),
    };
    let found = decide::alternatives(&client, id, &cohort, THRESHOLD, limit).await?;
    let results: Vec<_> = found
        .iter()
        .map(|a| {
            json!({
                "id": a.id,
                "name": a.name,
                "subject": a.subject,
                "same_subject": a.same_subject,
                "nps": a.nps,
                "review_count": a.review_count,
                "too_few_reviews": a.review_count < THRESHOLD,
            })
        })
        .collect();
    Ok(warp::reply::json(&json!({
        "product": id,
        "threshold": THRESHOLD,
        "cohort": {
            "like_organization": like,
            "org_types": cohort.org_types,
            "locations": cohort.locations,
            "grades": cohort.grades,
            "size_min": cohort.size_min,
            "size_max": cohort.size_max,
        },
        "results": results,
    }))
    .into_response())
}

fn bad(detail: String) -> ApiError {
    bad_query(detail, &OWN)
}
