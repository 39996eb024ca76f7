//! Lists at scale (issue 10, items 3 to 5): lean JSON bodies, written as
//! PostgreSQL wrote each record, keys in their declared order, with the
//! permissions appended.

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::collections_support::*;

/// The characters of `text` outside JSON strings that are whitespace.
fn whitespace_outside_strings(text: &str) -> usize {
    let (mut in_string, mut escaped, mut found) = (false, false, 0);
    for c in text.chars() {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
        } else if c == '"' {
            in_string = true;
        } else if c.is_whitespace() {
            found += 1;
        }
    }
    found
}

/// Where each of `keys` (as `"key":`) first appears in `text`.
fn positions(text: &str, keys: &[&str]) -> Vec<usize> {
    keys.iter()
        .map(|k| {
            text.find(&format!("\"{k}\":"))
                .unwrap_or_else(|| panic!("no {k} in {text}"))
        })
        .collect()
}

/// The products' keys in the order their declaration gives, then the
/// permissions the server appends.
fn product_keys() -> Vec<&'static str> {
    let fields = mothra::api::collections::products::COLLECTION.fields;
    let mut keys: Vec<&str> = fields.iter().map(|f| f.name).collect();
    keys.push("permissions");
    keys
}

#[tokio::test]
async fn records_are_compact_json_with_their_keys_in_declared_order() {
    let w = world().await;
    let d = domain(&w.app, "Évaluation : tests").await;
    let p = product(&w.app, "Quiz \"Master\" : 2", d, None).await;
    let other = product(&w.app, "Atlas", d, None).await;
    review(&w.app, p, w.org, w.ann.profile_id, 5).await;
    let text = "Spaces , colons : and \"quotes\"\n kept";
    let r = patch(
        &w.app,
        &w.staff,
        &format!("/api/products/{p}/"),
        json!({"description": text}),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    // The write's answer, a record, a page, a filtered page and a search.
    for path in [
        format!("/api/products/{p}/"),
        "/api/products/?ordering=-name".to_owned(),
        format!("/api/products/?domain={d}&ordering=-review_count"),
        "/api/products/?search=quiz%20master".to_owned(),
    ] {
        let r = get(&w.app, &w.ann, &path).await;
        assert_eq!(r.status, StatusCode::OK, "{path}: {}", r.text);
        assert_eq!(whitespace_outside_strings(&r.text), 0, "{path}: {}", r.text);
        let record = if r.body["results"].is_array() {
            let first = r.text.find("\"results\":[").expect("results");
            &r.text[first..]
        } else {
            r.text.as_str()
        };
        let at = positions(record, &product_keys());
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{path}: {}", r.text);
        let found = if r.body["results"].is_array() {
            r.body["results"][0].clone()
        } else {
            r.body.clone()
        };
        assert_eq!(found["id"], json!(p), "{path}");
        assert_eq!(found["name"], json!("Quiz \"Master\" : 2"), "{path}");
        assert_eq!(found["description"], json!(text), "{path}");
        assert_eq!(found["review_count"], json!(1), "{path}");
        assert_eq!(found["nps"], json!(100), "{path}");
        assert_eq!(
            found["permissions"],
            json!({"change": true, "delete": false}),
            "{path}"
        );
    }
    assert_eq!(whitespace_outside_strings(&r.text), 0, "{}", r.text);
    let page = get(&w.app, &w.ann, "/api/products/").await;
    assert_eq!(ids(&page), vec![other, p]);
    assert_eq!(page.body["count"], json!(2));
}

#[tokio::test]
async fn reviews_say_whose_they_are_in_lists_records_and_csv() {
    let w = world().await;
    let d = domain(&w.app, "D").await;
    let p = product(&w.app, "Canvas", d, None).await;
    let other = organization(&w.app, "Other District").await;
    let mine = review(&w.app, p, w.org, w.ann.profile_id, 4).await;
    let theirs = review(&w.app, p, other, w.bob.profile_id, 2).await;
    let r = get(&w.app, &w.ann, "/api/usages/?ordering=id").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    assert_eq!(whitespace_outside_strings(&r.text), 0, "{}", r.text);
    assert_eq!(ids(&r), vec![mine, theirs]);
    let may: Vec<&Value> = (0..2)
        .map(|i| &r.body["results"][i]["permissions"])
        .collect();
    assert_eq!(
        may,
        [
            &json!({"change": true, "delete": true}),
            &json!({"change": false, "delete": false})
        ]
    );
    for (id, change) in [(mine, true), (theirs, false)] {
        let r = get(&w.app, &w.ann, &format!("/api/usages/{id}/")).await;
        assert_eq!(r.body["permissions"]["change"], json!(change), "{}", r.text);
        assert_eq!(r.body["product_name"], json!("Canvas"));
    }
    let staff = get(&w.app, &w.staff, "/api/usages/").await;
    assert!(staff.body["results"]
        .as_array()
        .expect("results")
        .iter()
        .all(|r| r["permissions"] == json!({"change": true, "delete": true})));
    let csv = get(&w.app, &w.ann, "/api/usages/?format=csv&ordering=id").await;
    assert_eq!(csv.status, StatusCode::OK);
    let lines: Vec<&str> = csv.text.lines().collect();
    assert_eq!(lines.len(), 3, "{}", csv.text);
    assert!(
        lines[1].starts_with(&format!("{mine},{p},")),
        "{}",
        csv.text
    );
}

#[tokio::test]
async fn later_pages_keep_the_order_of_the_whole_list_whatever_it_is_ordered_by() {
    let w = world().await;
    let d = domain(&w.app, "D").await;
    let other = organization(&w.app, "Other District").await;
    for (i, name) in ["Delta", "alpha", "Charlie", "bravo", "Echo"]
        .iter()
        .enumerate()
    {
        let p = product(&w.app, name, d, None).await;
        // Figures that tie and differ: 0 to 2 reviews, ratings 5 or 1.
        if i % 3 != 0 {
            review(
                &w.app,
                p,
                w.org,
                w.ann.profile_id,
                if i % 2 == 0 { 5 } else { 1 },
            )
            .await;
        }
        if i % 2 == 0 {
            review(&w.app, p, other, w.bob.profile_id, 5).await;
        }
    }
    for (collection, ordering) in [
        ("products", "name"),
        ("products", "-review_count"),
        ("products", "nps"),
        ("products", "-domain__name,-nps"),
        ("usages", "product__name,organization__name"),
        ("usages", "-organization__name,-rating"),
        ("usages", "-mine,-created_at"),
    ] {
        let whole = get(
            &w.app,
            &w.ann,
            &format!("/api/{collection}/?ordering={ordering}&page_size=100"),
        )
        .await;
        assert_eq!(whole.status, StatusCode::OK, "{ordering}: {}", whole.text);
        let all = ids(&whole);
        assert!(all.len() >= 5, "{collection}: {all:?}");
        let mut paged = Vec::new();
        for page in 1.. {
            let r = get(
                &w.app,
                &w.ann,
                &format!("/api/{collection}/?ordering={ordering}&page_size=2&page={page}"),
            )
            .await;
            assert_eq!(
                r.status,
                StatusCode::OK,
                "{ordering} page {page}: {}",
                r.text
            );
            assert_eq!(r.body["count"], json!(all.len()), "{ordering}");
            paged.extend(ids(&r));
            if r.body["next"].is_null() {
                break;
            }
        }
        assert_eq!(paged, all, "{collection}?ordering={ordering}");
        // Records of a later page are whole, as on the first.
        let r = get(
            &w.app,
            &w.ann,
            &format!("/api/{collection}/?ordering={ordering}&page_size=2&page=2"),
        )
        .await;
        let whole_second: Vec<&Value> = whole.body["results"].as_array().expect("results")[2..4]
            .iter()
            .collect();
        let second: Vec<&Value> = r.body["results"]
            .as_array()
            .expect("results")
            .iter()
            .collect();
        assert_eq!(second, whole_second, "{collection}?ordering={ordering}");
    }
}
