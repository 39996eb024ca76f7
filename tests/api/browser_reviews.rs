//! Reviews as an ordinary member reads them, in headless Chromium (issue
//! 9, items 5, 6, 8 and 10): a product's reviews a page at a time from the
//! server with their dates, own first, sorted and filtered; the cohorts of
//! the figures; the newest reviews on the home page; the member's own page.
//! Every scenario signs in as `dora`, a member who is not staff.

use crate::browser::driver::Browser;
use crate::browser::scenario::PASSWORD;
use crate::helpers::{insert_member, spawn_app, TestApp};

/// Reviews besides Dora's.
const OTHERS: i64 = 24;

/// One product reviewed 25 times: by Dora (the oldest review, rating 1,
/// data in by OneRoster and out by SFTP) and by 24 other members, review
/// `i` (0..24) written on 2025-06-01 plus `i` days, rated `1 + i % 5`, for
/// Springfield (3 schools, Oregon, grade K) when `i` is even and Capital
/// Charters (a charter network of 30 schools in Texas, grade 9) when odd,
/// a pilot when `i % 3 == 0`, data in by SFTP when `i % 4 == 0`, no
/// longer used when `i % 6 == 5`. Dora also reviewed Attendance Hero (5,
/// in 2024).
struct Scene {
    app: TestApp,
    product: i64,
    dora: i64,
    dora_review: i64,
    someone: i64,
}

async fn scene() -> Scene {
    let app = spawn_app().await;
    let db = &app.db.client;
    let one = |sql: String| async move {
        db.query_one(sql.as_str(), &[])
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"))
            .get::<_, i64>(0)
    };
    let domain = one("insert into domains (name) values ('Assessment') returning id".into()).await;
    let pilot = one("insert into usage_types (name) values ('Pilot') returning id".into()).await;
    let district =
        one("insert into usage_types (name) values ('District-wide') returning id".into()).await;
    let sftp = one("insert into data_interfaces (name) values ('SFTP') returning id".into()).await;
    let oneroster =
        one("insert into data_interfaces (name) values ('OneRoster') returning id".into()).await;
    let product = one(format!(
        "insert into products (name, domain_id) values ('Gradebook Pro', {domain}) returning id"
    ))
    .await;
    let other_product = one(format!(
        "insert into products (name, domain_id) values ('Attendance Hero', {domain}) returning id"
    ))
    .await;
    let mut orgs = Vec::new();
    for (name, kind, size, state, grade) in [
        ("Springfield", "Public School District", 3, "OR", "K"),
        (
            "Capital Charters",
            "Charter School Management Organization",
            30,
            "TX",
            "9",
        ),
    ] {
        let org = one(format!(
            "insert into organizations (name, size, org_type_id) \
             select '{name}', {size}, id from org_types where name = '{kind}' returning id"
        ))
        .await;
        one(format!(
            "insert into organization_locations (organization_id, location_id) \
             select {org}, id from locations where abbreviation = '{state}' returning location_id"
        ))
        .await;
        one(format!(
            "insert into organization_grades (organization_id, grade_id) \
             select {org}, id from grades where name = '{grade}' returning grade_id"
        ))
        .await;
        orgs.push(org);
    }
    let (springfield, capital) = (orgs[0], orgs[1]);

    let dora = insert_member(db, "dora", false, Some(springfield)).await;
    let hash = mothra::auth::password::hash_here(PASSWORD).expect("hash");
    db.execute(
        "update users set password_hash = $1 where id = $2",
        &[&hash, &dora.user_id],
    )
    .await
    .expect("dora's password");
    let dora_review = one(format!(
        "insert into usages (product_id, organization_id, reviewer_id, usage_type_id, how_push_id, how_pull_id, \
         rating, review, created_at) values ({product}, {springfield}, {}, {district}, {oneroster}, {sftp}, 1, \
         'Dora''s own review.', '2024-01-15T12:00:00Z') returning id",
        dora.profile_id
    ))
    .await;
    one(format!(
        "insert into usages (product_id, organization_id, reviewer_id, usage_type_id, rating, review, created_at) \
         values ({other_product}, {springfield}, {}, {pilot}, 5, 'Love it.', '2024-02-01T12:00:00Z') returning id",
        dora.profile_id
    ))
    .await;
    let mut someone = 0;
    for i in 0..OTHERS {
        let member = insert_member(db, &format!("r{i:02}"), false, None).await;
        someone = member.profile_id;
        let org = if i % 2 == 0 { springfield } else { capital };
        let kind = if i % 3 == 0 { pilot } else { district };
        let push = if i % 4 == 0 {
            sftp.to_string()
        } else {
            "null".into()
        };
        let deprecated = i % 6 == 5;
        one(format!(
            "insert into usages (product_id, organization_id, reviewer_id, usage_type_id, how_push_id, \
             is_deprecated, rating, review, created_at) values ({product}, {org}, {}, {kind}, {push}, \
             {deprecated}, {}, 'Review number {i}.', timestamptz '2025-06-01T12:00:00Z' + interval '{i} days') \
             returning id",
            member.profile_id,
            1 + i % 5
        ))
        .await;
    }
    Scene {
        app,
        product,
        dora: dora.profile_id,
        dora_review,
        someone,
    }
}

/// The texts of the reviews shown, once the first one shows `first`.
async fn reviews(browser: &Browser, first: &str) -> Vec<String> {
    browser.find_text("article.review", first).await;
    let texts = browser.texts("article.review").await;
    assert!(
        texts.first().is_some_and(|t| t.contains(first)),
        "{first:?} first in {texts:?}"
    );
    texts
}

#[tokio::test]
async fn a_member_reads_a_products_reviews_a_page_at_a_time_dated_own_first_sorted_and_filtered() {
    let s = scene().await;
    let browser = Browser::open(&s.app.address).await;
    browser.sign_in("dora", PASSWORD).await;
    browser.goto(&format!("/products/{}", s.product)).await;

    // Her own review first, though it is the oldest, then the newest.
    let shown = reviews(&browser, "Dora's own review.").await;
    assert_eq!(shown.len(), 20, "{shown:?}");
    assert!(shown[0].contains("Dora Tester (you)"), "{}", shown[0]);
    assert!(shown[1].contains("Review number 23."), "{}", shown[1]);
    browser.find_text(".count", "1–20 of 25 reviews").await;
    let date = browser
        .find("article.review time")
        .await
        .attr("datetime")
        .await
        .expect("datetime")
        .unwrap_or_default();
    assert!(date.starts_with("2024-01-15"), "{date}");
    assert!(shown[0].contains("2024"), "the date shows: {}", shown[0]);

    // One page of reviews, with the reviewers' names, in one request: no
    // member is looked up, and not every review is downloaded.
    let api = browser.api_requests().await;
    let pages: Vec<&String> = api
        .iter()
        .filter(|r| r.starts_with("/api/usages/"))
        .collect();
    assert_eq!(pages.len(), 1, "{api:?}");
    assert!(pages[0].contains("page_size=20"), "{api:?}");
    assert!(
        !api.iter()
            .any(|r| r.starts_with("/api/profiles/") || r.starts_with("/api/users/")),
        "{api:?}"
    );

    browser.click_text("nav.pager button", "Next").await;
    browser.find_text(".count", "21–25 of 25 reviews").await;
    browser
        .wait_location("page 2", |l| l.contains("page=2"))
        .await;
    let shown = reviews(&browser, "Review number 4.").await;
    assert_eq!(shown.len(), 5, "{shown:?}");

    // Sorting starts again from the first page, her review still first.
    browser.select("#review-sort", "Highest rating first").await;
    browser
        .wait_location("sorted", |l| {
            l.contains("sort=highest") && !l.contains("page=")
        })
        .await;
    browser.find_text(".count", "1–20 of 25 reviews").await;
    let shown = reviews(&browser, "Dora's own review.").await;
    assert!(shown[1].contains("Review number 19."), "{}", shown[1]);
    browser.select("#review-sort", "Lowest rating first").await;
    browser
        .wait_location("sorted", |l| l.contains("sort=lowest"))
        .await;
    browser
        .find_text("article.review:nth-of-type(2)", "Review number 20.")
        .await;

    // Filters on the reviews themselves.
    browser.select("#review-usage", "Pilot").await;
    browser.find_text(".count", "8 reviews match").await;
    browser.select("#review-usage", "Any use").await;
    browser.select("#review-in", "SFTP").await;
    browser.find_text(".count", "6 reviews match").await;
    browser.select("#review-in", "Any way").await;
    browser.select("#review-out", "SFTP").await;
    browser.find_text(".count", "1 review matches").await;
    reviews(&browser, "Dora's own review.").await;
    browser.select("#review-out", "Any way").await;
    browser.select("#review-deprecated", "No longer used").await;
    browser.find_text(".count", "4 reviews match").await;
    let shown = reviews(&browser, "No longer used").await;
    assert_eq!(shown.len(), 4, "{shown:?}");
    assert!(
        shown.iter().all(|t| t.contains("No longer used")),
        "{shown:?}"
    );

    // The filters live in the URL: a reload shows the same.
    browser.reload().await;
    browser.find_text(".count", "4 reviews match").await;
    assert_eq!(browser.value("#review-deprecated").await, "yes");
    browser.close().await;
}

#[tokio::test]
async fn the_cohort_filter_offers_type_state_grades_and_size_and_narrows_figures_and_reviews() {
    let s = scene().await;
    let browser = Browser::open(&s.app.address).await;
    browser.sign_in("dora", PASSWORD).await;
    browser.goto(&format!("/products/{}", s.product)).await;
    reviews(&browser, "Dora's own review.").await;
    browser.find_text(".score", "25 reviews").await;
    let types = browser.texts("#cohort-type option").await;
    assert_eq!(
        types,
        vec![
            "all organization types",
            "Charter School Management Organization",
            "Private School",
            "Public School District"
        ],
    );

    // Capital Charters serves grade 9: its twelve reviews, rated
    // 2,4,1,3,5,2,4,1,3,5,2,4: 2 promoters, 7 detractors, NPS -41.
    browser.select("#cohort-grade", "serving grade 9").await;
    browser
        .wait_location("a grade", |l| l.contains("grade="))
        .await;
    browser
        .find_text(".score", "12 reviews from the chosen organizations")
        .await;
    browser.find_text(".nps", "-41").await;
    browser.find_text(".count", "12 reviews").await;
    browser
        .wait_gone("article.review", "Dora's own review.")
        .await;
    browser.find_text("section", "Used by 1 organization").await;

    // Size bands: Capital has 30 schools, Springfield 3.
    browser.select("#cohort-size", "with 2–5 schools").await;
    browser.find_text(".nps", "no reviews yet").await;
    browser.find_text(".empty", "No reviews yet").await;
    browser.select("#cohort-grade", "serving any grade").await;
    browser
        .find_text(".score", "13 reviews from the chosen organizations")
        .await;
    reviews(&browser, "Dora's own review.").await;
    browser.select("#cohort-size", "of any size").await;

    browser.select("#cohort-state", "in Texas").await;
    browser
        .find_text(".score", "12 reviews from the chosen organizations")
        .await;
    browser.select("#cohort-state", "in every state").await;
    browser
        .select("#cohort-type", "Public School District")
        .await;
    browser
        .find_text(".score", "13 reviews from the chosen organizations")
        .await;
    let here = browser.location().await;
    assert!(here.contains("type="), "{here}");
    browser.close().await;
}

#[tokio::test]
async fn the_home_page_shows_the_newest_reviews_with_their_names_in_one_request() {
    let s = scene().await;
    let browser = Browser::open(&s.app.address).await;
    browser.sign_in("dora", PASSWORD).await;
    browser.goto("/").await;
    let shown = reviews(&browser, "Review number 23.").await;
    assert_eq!(shown.len(), 5, "{shown:?}");
    for (text, i) in shown.iter().zip([23, 22, 21, 20, 19]) {
        assert!(text.contains(&format!("Review number {i}.")), "{text}");
        assert!(text.contains("Gradebook Pro"), "{text}");
        assert!(text.contains(&format!("R{i:02} Tester")), "{text}");
    }
    assert!(
        shown[0].contains("Capital Charters") && shown[0].contains("2025"),
        "{}",
        shown[0]
    );
    let api = browser.api_requests().await;
    let newest: Vec<&String> = api
        .iter()
        .filter(|r| r.starts_with("/api/usages/?ordering=-created_at"))
        .collect();
    assert_eq!(newest.len(), 1, "{api:?}");
    assert!(
        !api.iter().any(|r| r.contains("id__in")),
        "no look-ups of members or products: {api:?}"
    );
    browser.close().await;
}

#[tokio::test]
async fn a_members_own_page_lists_each_review_with_rating_data_in_and_out_and_an_edit_link() {
    let s = scene().await;
    let browser = Browser::open(&s.app.address).await;
    browser.sign_in("dora", PASSWORD).await;
    browser.goto(&format!("/members/{}", s.dora)).await;
    browser.find_text("h1", "Dora Tester").await;
    browser.find_text(".reviewed", "Gradebook Pro").await;
    let rows = browser.texts(".reviewed > li").await;
    assert_eq!(rows.len(), 2, "{rows:?}");
    // By product name: Attendance Hero, then Gradebook Pro.
    assert!(
        rows[0].contains("Attendance Hero") && rows[0].contains("Delighted (5)"),
        "{}",
        rows[0]
    );
    for expected in [
        "Gradebook Pro",
        "Angry (1)",
        "Data in",
        "OneRoster",
        "Data out",
        "SFTP",
        "Edit",
    ] {
        assert!(rows[1].contains(expected), "{expected:?} in {}", rows[1]);
    }
    let edit = browser
        .find(".reviewed > li:nth-child(2) a[href$='/edit']")
        .await
        .attr("href")
        .await
        .expect("href");
    assert_eq!(edit, Some(format!("/reviews/{}/edit", s.dora_review)));

    // The search still looks in the products' names.
    browser.fill("#reviewed-search", "grade").await;
    browser.wait_gone(".reviewed", "Attendance Hero").await;
    browser.find_text(".reviewed", "Gradebook Pro").await;

    browser.click_text(".reviewed a", "Edit").await;
    browser
        .wait_location("the edit page", |l| {
            l == format!("/reviews/{}/edit", s.dora_review)
        })
        .await;
    browser.back().await;
    browser.click_text("a.button", "New review").await;
    browser
        .wait_location("/reviews/new", |l| l.starts_with("/reviews/new"))
        .await;

    // Someone else's page: their reviews, but no Edit link and no button.
    browser.goto(&format!("/members/{}", s.someone)).await;
    browser.find_text(".reviewed", "Gradebook Pro").await;
    let edits = browser.texts(".reviewed a[href$='/edit']").await;
    assert!(edits.is_empty(), "{edits:?}");
    assert!(browser
        .texts("a.button")
        .await
        .iter()
        .all(|t| t != "New review"));
    browser.close().await;
}
