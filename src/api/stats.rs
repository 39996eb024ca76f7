//! `GET /api/products/{id}/stats/`: a product's figures (domain.md,
//! "Figures"): NPS, review count, rating distribution, the organizations
//! using it and how many dropped it, over every review or over a cohort of
//! reviewing organizations chosen with django-filter style parameters.

use serde_json::json;
use warp::filters::BoxedFilter;
use warp::reply::Response;
use warp::{Filter, Reply};

use super::error::{respond, ApiError, ApiResult};
use crate::api::reading::{reading, Reading};
use crate::api::AppState;
use crate::db::figures::{self, Cohort};
use crate::model::error::InputError;
use crate::model::list;

/// The query parameters the endpoint accepts (the OpenAPI document lists
/// them from here too).
pub const ACCEPTED: [&str; 11] = [
    "organization__org_type",
    "organization__org_type__in",
    "organization__locations",
    "organization__locations__in",
    "organization__grades",
    "organization__grades__in",
    "organization__size",
    "organization__size__gt",
    "organization__size__gte",
    "organization__size__lt",
    "organization__size__lte",
];

/// `GET /api/products/{id}/stats/` (with or without the trailing slash).
pub fn routes(state: AppState) -> BoxedFilter<(Response,)> {
    warp::path("products")
        .and(warp::path::param::<String>())
        .and(warp::path("stats"))
        .and(warp::path::end())
        .and(reading(state))
        .then(stats)
        .map(respond)
        .boxed()
}

async fn stats(id: String, reading: Reading) -> ApiResult<Response> {
    reading.member()?;
    let id: i64 = id.parse().map_err(|_| ApiError::not_found())?;
    let cohort = parse_cohort(&reading.query)?;
    let client = reading.state.pool.get().await?;
    let f = figures::product_figures(client.pooled(), id, &cohort)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let [one, two, three, four, five] = f.ratings;
    Ok(warp::reply::json(&json!({
        "product": id,
        "nps": f.nps,
        "review_count": f.review_count,
        "ratings": {"1": one, "2": two, "3": three, "4": four, "5": five},
        "organizations": f.organizations,
        "organization_count": f.organization_count,
        "deprecated_count": f.deprecated_count,
    }))
    .into_response())
}

/// A 400 for a query that does not read, listing the cohort parameters and
/// the endpoint's `own` ones as those accepted.
pub fn bad_query(detail: String, own: &[&str]) -> ApiError {
    ApiError::Input(InputError::BadQuery {
        detail,
        accepted: own
            .iter()
            .chain(ACCEPTED.iter())
            .map(|s| s.to_string())
            .collect(),
    })
}

/// The query's pairs, each parameter one of `accepted` and given once;
/// otherwise a 400 naming it and listing those accepted.
pub fn strict_pairs(query: &str, accepted: &[&str]) -> ApiResult<Vec<(String, String)>> {
    let bad = |detail: String| -> ApiError {
        InputError::BadQuery {
            detail,
            accepted: accepted.iter().map(|s| s.to_string()).collect(),
        }
        .into()
    };
    let mut pairs: Vec<(String, String)> = Vec::new();
    for (key, value) in url::form_urlencoded::parse(query.as_bytes()) {
        // The parameters every route takes (`list::EVERYWHERE`).
        match key.as_ref() {
            "_" => continue,
            "format" => {
                list::parse_format(&value, &list::FORMATS[..2]).map_err(bad)?;
                continue;
            }
            _ => {}
        }
        if !accepted.contains(&key.as_ref()) {
            return Err(bad(format!(
                "Unknown query parameter '{}'.",
                key.replace('\0', "")
            )));
        }
        if pairs.iter().any(|(k, _)| *k == key) {
            return Err(bad(format!("Parameter '{key}' is given more than once.")));
        }
        pairs.push((key.into_owned(), value.into_owned()));
    }
    Ok(pairs)
}

/// Reads the cohort parameters; an unknown, repeated or malformed one is a
/// 400 naming it and listing those accepted.
pub fn parse_cohort(query: &str) -> ApiResult<Cohort> {
    parse_cohort_and(query, &[]).map(|(cohort, _)| cohort)
}

/// [`parse_cohort`] for an endpoint that also takes parameters of its own
/// (`own`): their raw values come back, in the query's order, for the
/// endpoint to read; an unknown or repeated parameter of either kind is a
/// 400 that lists both kinds as accepted.
pub fn parse_cohort_and(query: &str, own: &[&str]) -> ApiResult<(Cohort, Vec<(String, String)>)> {
    let bad = |detail: String| bad_query(detail, own);
    let accepted: Vec<&str> = own.iter().chain(ACCEPTED.iter()).copied().collect();
    let mut cohort = Cohort::default();
    let mut others = Vec::new();
    for (key, value) in strict_pairs(query, &accepted)? {
        if own.contains(&key.as_str()) {
            others.push((key, value));
            continue;
        }
        // An empty value is "not given", as django-filter (and the
        // collections) read it.
        if value.trim().is_empty() {
            continue;
        }
        let ids = || -> ApiResult<Vec<i64>> {
            let parsed: Option<Vec<i64>> = if key.ends_with("__in") {
                value.split(',').map(|v| v.trim().parse().ok()).collect()
            } else {
                value.trim().parse().ok().map(|v| vec![v])
            };
            parsed.filter(|v| !v.is_empty()).ok_or_else(|| {
                let expected = if key.ends_with("__in") {
                    "comma-separated integers"
                } else {
                    "an integer"
                };
                bad(format!(
                    "Parameter '{key}' has an invalid value '{}': expected {expected}.",
                    value.replace('\0', "")
                ))
            })
        };
        let values = ids()?;
        let one = values[0];
        let bound =
            |v: Option<i64>| v.ok_or_else(|| bad(format!("Parameter '{key}' is out of range.")));
        match key.trim_start_matches("organization__") {
            "org_type" | "org_type__in" => cohort.org_types = Some(values),
            "locations" | "locations__in" => cohort.locations = Some(values),
            "grades" | "grades__in" => cohort.grades = Some(values),
            "size" => {
                cohort.size_min = Some(tighter_min(cohort.size_min, one));
                cohort.size_max = Some(tighter_max(cohort.size_max, one));
            }
            "size__gte" => cohort.size_min = Some(tighter_min(cohort.size_min, one)),
            "size__gt" => {
                cohort.size_min = Some(tighter_min(cohort.size_min, bound(one.checked_add(1))?))
            }
            "size__lte" => cohort.size_max = Some(tighter_max(cohort.size_max, one)),
            "size__lt" => {
                cohort.size_max = Some(tighter_max(cohort.size_max, bound(one.checked_sub(1))?))
            }
            _ => unreachable!("every accepted key is matched"),
        }
    }
    Ok((cohort, others))
}

fn tighter_min(current: Option<i64>, new: i64) -> i64 {
    current.map_or(new, |c| c.max(new))
}

fn tighter_max(current: Option<i64>, new: i64) -> i64 {
    current.map_or(new, |c| c.min(new))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cohort_reads_lists_and_size_bounds() {
        let cohort = parse_cohort(
            "organization__org_type=2&organization__locations__in=1,%205&organization__size__gt=3&organization__size__lte=40",
        )
        .unwrap();
        assert_eq!(
            cohort,
            Cohort {
                org_types: Some(vec![2]),
                locations: Some(vec![1, 5]),
                grades: None,
                size_min: Some(4),
                size_max: Some(40),
            }
        );
    }

    #[test]
    fn the_parameters_every_route_takes_are_accepted() {
        assert_eq!(
            parse_cohort("_=1700000000&format=json").unwrap(),
            Cohort::default()
        );
    }

    #[test]
    fn an_empty_value_is_not_given() {
        assert_eq!(
            parse_cohort("organization__org_type=&organization__size__gte=%20").unwrap(),
            Cohort::default()
        );
    }

    #[test]
    fn unknown_repeated_and_malformed_parameters_are_refused() {
        for query in [
            "organization__name=x",
            "format=xml",
            "organization__org_type=1&organization__org_type=2",
            "organization__grades=K",
            "organization__grades__in=1,,2",
            "organization__size__gt=9223372036854775807",
        ] {
            assert!(
                matches!(
                    parse_cohort(query),
                    Err(ApiError::Input(InputError::BadQuery { .. }))
                ),
                "{query}"
            );
        }
    }
}
