//! The views that help a member decide (`src/api/decide/`), declared by
//! hand: when one of them changes, this file changes with it.

use serde_json::{json, Map, Value};

use super::accounts::{cohort_parameters, ok, op, with_errors};
use super::reference;
use crate::api::decide::{alternatives, compare, flows, moves};

/// A path parameter `id`.
fn id_parameter(what: &str) -> Value {
    json!([{"name": "id", "in": "path", "required": true, "description": format!("The {what}'s id."),
            "schema": {"type": "integer", "minimum": 1}}])
}

/// A read-only operation whose 400 is a [`QueryError`](reference).
fn read(
    id: &str,
    summary: &str,
    description: &str,
    ok_schema: &str,
    parameters: Vec<Value>,
) -> Value {
    let mut out = op(
        id,
        "decide",
        summary,
        false,
        with_errors(
            json!({"200": ok("The view.", reference(ok_schema))}),
            &[400, 401, 403, 404, 405],
        ),
    );
    out["description"] = json!(description);
    out["parameters"] = Value::Array(parameters);
    out["responses"]["400"]["content"]["application/json"]["schema"] = reference("QueryError");
    out
}

/// The hand-declared paths of the decide views.
pub fn paths(paths: &mut Map<String, Value>) {
    let mut params = vec![json!({
        "name": "products", "in": "query", "required": true,
        "description": format!("{} to {} distinct product ids, comma-separated, in the order to show them.", compare::FEWEST, compare::MOST),
        "schema": {"type": "string", "pattern": r"^\s*\d+\s*(,\s*\d+\s*)*$"}
    })];
    params.extend(cohort_parameters());
    paths.insert("/api/compare/".into(), json!({
        "get": read(
            "compare",
            "Two to four products side by side, over all reviews or a cohort of organizations",
            "Per product, in the order asked: NPS, review count, rating distribution, how many organizations use it and how many stopped (deprecated), usage types, and the data interfaces for data in (`how_push`) and out (`how_pull`) with counts, all over the cohort's reviews; `overall` gives the NPS and review count over every review. A product that does not exist is a 400.",
            "Comparison",
            params,
        ),
    }));

    let mut params = vec![
        json!({"name": "cohort", "in": "query", "required": false,
               "description": "Without cohort parameters: `mine` (the default) counts organizations like the viewer's (its type and states), `all` counts everyone. A viewer without an organization always gets everyone.",
               "schema": {"type": "string", "enum": ["mine", "all"]}}),
        json!({"name": "limit", "in": "query", "required": false,
               "description": format!("How many alternatives (default {}).", alternatives::DEFAULT_LIMIT),
               "schema": {"type": "integer", "minimum": 1, "maximum": alternatives::MAX_LIMIT}}),
    ];
    params.extend(cohort_parameters());
    let mut get = read(
        "products_alternatives",
        "Other products of a product's domain, ranked by NPS among organizations like the viewer's",
        &format!(
            "Products of the same domain; those sharing the product's subject (when it has one) first, then those with at least {t} reviews in the cohort, by NPS over the cohort (highest first), review count and name. Fewer than {t} reviews in the cohort: `too_few_reviews` is true (and the product ranks after those with enough). The cohort: the cohort parameters when given; else the viewer's organization's type and states (`cohort.like_organization`), unless `cohort=all`.",
            t = alternatives::THRESHOLD
        ),
        "Alternatives",
        params,
    );
    get["parameters"].as_array_mut().expect("an array").extend(
        id_parameter("product")
            .as_array()
            .cloned()
            .unwrap_or_default(),
    );
    paths.insert(
        "/api/products/{id}/alternatives/".into(),
        json!({ "get": get }),
    );

    paths.insert("/api/organizations/{id}/data-flows/".into(), json!({
        "get": read(
            "organizations_data_flows",
            "An organization's products in use against the data interfaces, for data in and out",
            "From the organization's reviews that are not deprecated: per product (by name), the data interfaces for data in (`how_push`) and out (`how_pull`) with how many reviews name each; `interfaces` lists every interface used, by name (the matrix's columns). Takes no query parameters.",
            "OrganizationDataFlows",
            id_parameter("organization").as_array().cloned().unwrap_or_default(),
        ),
    }));

    paths.insert("/api/data-flows/".into(), json!({
        "get": read(
            "data_flows",
            "Per product, the data interfaces members use for data in and out, with counts",
            "Products (of `domain`, when given) that some review still in use (not deprecated) says how data goes in or out of, by name, a page at a time as the collections page (`count`, `next`, `previous`, `results`). A domain that does not exist is a 400.",
            "DataFlowPage",
            domain_page("Only products of this domain.", flows::DEFAULT_PAGE_SIZE),
        ),
    }));

    paths.insert("/api/products/{id}/moves/".into(), json!({
        "get": read(
            "products_moves",
            "Where organizations moved: from this product to others, and to it from others",
            "From the reviews that name a replacement (`replaced_by`, set when a review is deprecated): `moved_to` groups this product's reviews by the product that replaced it, `moved_from` groups the reviews naming this product as their replacement by the product they left. Each with the number of reviews and `last_at`, the latest date of them (the date the product was dropped, else the day the review was last written); most reviews first. Takes no query parameters.",
            "ProductMoves",
            id_parameter("product").as_array().cloned().unwrap_or_default(),
        ),
    }));

    paths.insert("/api/moves/".into(), json!({
        "get": read(
            "moves",
            "The largest moves between products, from the reviews that name a replacement",
            "Pairs of products (the one left, `from`, and the one chosen instead, `to`) with how many reviews made that move and the latest date of them, most reviews first, a page at a time as the collections page (`count`, `next`, `previous`, `results`). With `domain`, the moves leaving or reaching one of its products. A domain that does not exist is a 400.",
            "MovePage",
            domain_page("Only moves leaving or reaching a product of this domain.", moves::DEFAULT_PAGE_SIZE),
        ),
    }));
}

/// `domain`, `page` and `page_size`: the parameters of a paged list over
/// products, optionally of one domain (`flows::DomainPage`).
fn domain_page(domain: &str, default_size: i64) -> Vec<Value> {
    vec![
        json!({"name": "domain", "in": "query", "required": false, "description": domain, "schema": {"type": "integer"}}),
        json!({"name": "page", "in": "query", "required": false, "description": "1-based page number.", "schema": {"type": "integer", "minimum": 1}}),
        json!({"name": "page_size", "in": "query", "required": false, "description": format!("Rows per page (default {default_size}, at most 1000)."), "schema": {"type": "integer", "minimum": 1}}),
    ]
}

/// A paged list's envelope around `item`.
fn page_of(item: Value) -> Value {
    json!({
        "type": "object", "required": ["count", "next", "previous", "results"],
        "properties": {
            "count": {"type": "integer", "minimum": 0},
            "next": {"type": ["string", "null"], "format": "uri"},
            "previous": {"type": ["string", "null"], "format": "uri"},
            "results": {"type": "array", "items": item}
        }
    })
}

/// Schemas of the decide views.
pub fn schemas(schemas: &mut Map<String, Value>) {
    let count = json!({"type": "integer", "minimum": 0});
    let nps = json!({"type": ["integer", "null"], "minimum": -100, "maximum": 100,
                     "description": "As the product figures compute it; null without reviews."});
    let counted = json!({"type": "array", "items": {
        "type": "object", "required": ["id", "name", "count"],
        "properties": {"id": {"type": "integer"}, "name": {"type": "string"}, "count": count}}});
    schemas.insert("Comparison".into(), json!({
        "type": "object", "required": ["products"],
        "properties": {"products": {"type": "array", "items": {
            "type": "object",
            "required": ["id", "name", "domain", "subject", "nps", "review_count", "ratings", "organization_count",
                         "deprecated_count", "usage_types", "data_in", "data_out", "overall"],
            "properties": {
                "id": {"type": "integer"}, "name": {"type": "string"},
                "domain": {"type": "integer"}, "subject": {"type": ["integer", "null"]},
                "nps": nps, "review_count": count,
                "ratings": {"type": "object", "required": ["1", "2", "3", "4", "5"],
                            "properties": {"1": count, "2": count, "3": count, "4": count, "5": count}},
                "organization_count": count,
                "deprecated_count": {"type": "integer", "minimum": 0, "description": "Reviews saying the organization stopped using it."},
                "usage_types": counted,
                "data_in": counted,
                "data_out": counted,
                "overall": {"type": "object", "required": ["nps", "review_count"],
                            "description": "Over every review, whatever the cohort.",
                            "properties": {"nps": nps, "review_count": count}}
            }
        }}}
    }));
    let ids = json!({"type": ["array", "null"], "items": {"type": "integer"}});
    schemas.insert("Alternatives".into(), json!({
        "type": "object", "required": ["product", "threshold", "cohort", "results"],
        "properties": {
            "product": {"type": "integer"},
            "threshold": {"type": "integer", "description": "Fewer reviews than this in the cohort: `too_few_reviews`."},
            "cohort": {"type": "object", "description": "The cohort the NPS is computed over (nulls: no condition).",
                       "properties": {
                           "like_organization": {"type": ["integer", "null"], "description": "The viewer's organization, when the cohort is organizations like it."},
                           "org_types": ids, "locations": ids, "grades": ids,
                           "size_min": {"type": ["integer", "null"]}, "size_max": {"type": ["integer", "null"]}}},
            "results": {"type": "array", "items": {
                "type": "object",
                "required": ["id", "name", "subject", "same_subject", "nps", "review_count", "too_few_reviews"],
                "properties": {
                    "id": {"type": "integer"}, "name": {"type": "string"},
                    "subject": {"type": ["integer", "null"]}, "same_subject": {"type": "boolean"},
                    "nps": nps, "review_count": count, "too_few_reviews": {"type": "boolean"}
                }
            }}
        }
    }));
    schemas.insert("DataFlow".into(), json!({
        "type": "object", "required": ["id", "name", "domain", "review_count", "data_in", "data_out"],
        "properties": {
            "id": {"type": "integer"}, "name": {"type": "string"}, "domain": {"type": "integer"},
            "review_count": {"type": "integer", "minimum": 0, "description": "Reviews still in use counted."},
            "data_in": counted, "data_out": counted
        }
    }));
    schemas.insert("OrganizationDataFlows".into(), json!({
        "type": "object", "required": ["organization", "interfaces", "products"],
        "properties": {
            "organization": {"type": "integer"},
            "interfaces": {"type": "array", "items": {"type": "object", "required": ["id", "name"],
                           "properties": {"id": {"type": "integer"}, "name": {"type": "string"}}}},
            "products": {"type": "array", "items": reference("DataFlow")}
        }
    }));
    schemas.insert("DataFlowPage".into(), page_of(reference("DataFlow")));
    let last_at = json!({"type": "string", "format": "date",
                         "description": "The latest of the move's reviews: the date the product was dropped, else the day the review was last written."});
    let moved = json!({"type": "array", "items": {
        "type": "object", "required": ["id", "name", "count", "last_at"],
        "properties": {"id": {"type": "integer"}, "name": {"type": "string"},
                       "count": {"type": "integer", "minimum": 1}, "last_at": last_at}}});
    schemas.insert(
        "ProductMoves".into(),
        json!({
            "type": "object", "required": ["product", "moved_to", "moved_from"],
            "properties": {
                "product": {"type": "integer"},
                "moved_to": moved, "moved_from": moved
            }
        }),
    );
    let named = json!({"type": "object", "required": ["id", "name"],
                       "properties": {"id": {"type": "integer"}, "name": {"type": "string"}}});
    schemas.insert("Move".into(), json!({
        "type": "object", "required": ["from", "to", "count", "last_at"],
        "properties": {"from": named, "to": named, "count": {"type": "integer", "minimum": 1}, "last_at": last_at}
    }));
    schemas.insert("MovePage".into(), page_of(reference("Move")));
}
