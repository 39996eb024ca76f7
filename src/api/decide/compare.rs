//! `GET /api/compare/?products=3,17,42[&<cohort>]`: two to four products
//! side by side, each with its figures over the cohort (NPS, reviews,
//! rating distribution, organizations using it and how many stopped), its
//! NPS and review count over everyone, and what the cohort's reviews say
//! about how it is used: usage types, and the data interfaces for data in
//! (`how_push`) and out (`how_pull`), with counts.

use serde_json::{json, Value};
use warp::reply::Response;
use warp::Reply;

use crate::api::error::{ApiError, ApiResult};
use crate::api::reading::Reading;
use crate::api::stats::{bad_query, parse_cohort_and};
use crate::db::{decide, figures};

/// The endpoint's own parameter (besides the cohort's).
pub const OWN: [&str; 1] = ["products"];
/// How many products a comparison takes.
pub const FEWEST: usize = 2;
/// See [`FEWEST`].
pub const MOST: usize = 4;

/// GET /api/compare/?products=3,17&organization__org_type=2
pub async fn compare(reading: Reading) -> ApiResult<Response> {
    reading.member()?;
    let (cohort, own) = parse_cohort_and(&reading.query, &OWN)?;
    let ids = product_ids(own.first().map(|(_, v)| v.as_str()))?;
    let client = reading.state.pool.get().await?;
    let named = decide::products_named(&client, &ids).await?;
    if let Some(missing) = ids.iter().find(|id| !named.iter().any(|p| p.id == **id)) {
        return Err(bad(format!("Product {missing} does not exist.")));
    }
    let breakdown = decide::usage_breakdown(&client, &ids, &cohort).await?;
    let compared = match decide::FlatCohort::of(&cohort) {
        Some(flat) => decide::compared(&client, &ids, &flat).await?,
        None => aggregated(&client, &ids, &cohort).await?,
    };
    let mut products = Vec::new();
    for id in &ids {
        let p = named.iter().find(|p| p.id == *id).expect("checked above");
        let c = compared
            .iter()
            .find(|c| c.id == *id)
            .ok_or_else(ApiError::not_found)?;
        let f = &c.figures;
        let overall = json!({"nps": c.overall_nps, "review_count": c.overall_review_count});
        let empty = || Value::Array(Vec::new());
        let (usage_types, data_in, data_out) = breakdown
            .iter()
            .find(|(product, ..)| product == id)
            .map(|(_, t, i, o)| (t.clone(), i.clone(), o.clone()))
            .unwrap_or_else(|| (empty(), empty(), empty()));
        let [one, two, three, four, five] = f.ratings;
        products.push(json!({
            "id": p.id,
            "name": p.name,
            "domain": p.domain,
            "subject": p.subject,
            "nps": f.nps,
            "review_count": f.review_count,
            "ratings": {"1": one, "2": two, "3": three, "4": four, "5": five},
            "organization_count": f.organization_count,
            "deprecated_count": f.deprecated_count,
            "usage_types": usage_types,
            "data_in": data_in,
            "data_out": data_out,
            "overall": overall,
        }));
    }
    Ok(warp::reply::json(&json!({ "products": products })).into_response())
}

/// [`decide::compared`] for a cohort the kept figures cannot answer: each
/// product's reviews aggregated over it ([`figures::product_figures`]).
async fn aggregated(
    client: &crate::db::pool::Connection,
    ids: &[i64],
    cohort: &figures::Cohort,
) -> ApiResult<Vec<decide::Compared>> {
    let mut compared = Vec::new();
    for id in ids {
        let f = figures::product_figures(client.pooled(), *id, cohort)
            .await?
            .ok_or_else(ApiError::not_found)?;
        let o = figures::product_figures(client.pooled(), *id, &figures::Cohort::default())
            .await?
            .ok_or_else(ApiError::not_found)?;
        compared.push(decide::Compared {
            id: *id,
            figures: f,
            overall_nps: o.nps,
            overall_review_count: o.review_count,
        });
    }
    Ok(compared)
}

fn bad(detail: String) -> ApiError {
    bad_query(detail, &OWN)
}

/// `products`: required, [`FEWEST`] to [`MOST`] distinct ids, in the order
/// the page shows them.
fn product_ids(raw: Option<&str>) -> ApiResult<Vec<i64>> {
    let raw = raw
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .ok_or_else(|| {
            bad(format!(
                "Parameter 'products' is required: {FEWEST} to {MOST} comma-separated product ids."
            ))
        })?;
    let ids: Vec<i64> = raw
        .split(',')
        .map(|v| v.trim().parse::<i64>().ok().filter(|id| *id >= 1))
        .collect::<Option<_>>()
        .ok_or_else(|| {
            bad(format!(
                "Parameter 'products' has an invalid value '{}': expected comma-separated product ids.",
                raw.replace('\0', "")
            ))
        })?;
    if ids.iter().enumerate().any(|(i, id)| ids[..i].contains(id)) {
        return Err(bad("Parameter 'products' names a product twice.".into()));
    }
    if !(FEWEST..=MOST).contains(&ids.len()) {
        return Err(bad(format!(
            "Parameter 'products' must name {FEWEST} to {MOST} products, not {}.",
            ids.len()
        )));
    }
    Ok(ids)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::error::InputError;

    #[test]
    fn products_are_two_to_four_distinct_positive_ids_in_order() {
        assert_eq!(product_ids(Some("42, 3,17")).unwrap(), vec![42, 3, 17]);
        for refused in [
            None,
            Some(" "),
            Some("3"),
            Some("1,2,3,4,5"),
            Some("3,3"),
            Some("3,x"),
            Some("3,,4"),
            Some("0,4"),
            Some("-1,4"),
        ] {
            assert!(
                matches!(
                    product_ids(refused),
                    Err(ApiError::Input(InputError::BadQuery { .. }))
                ),
                "{refused:?}"
            );
        }
    }
}
