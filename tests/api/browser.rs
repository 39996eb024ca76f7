//! End-to-end tests of the web app in headless Chromium (through
//! chromedriver): real clicks on the pages the binary serves, against the
//! real API and a database of its own, asserting what a person sees.
//! (The README's screenshots come from `browser_demo`, over `mothra demo`'s data.)

pub mod driver;

use serde_json::json;

use crate::helpers::{spawn_app, TestApp};
use driver::Browser;

const PASSWORD: &str = "correct-horse-battery-staple-42";

/// Creates the first (staff) member, Ada Lovelace, through the first-run setup API.
async fn set_up_ada(app: &TestApp) {
    let response = app
        .http
        .post(app.url("/api/auth/setup"))
        .json(&json!({
            "username": "ada", "email": "ada@example.org", "password": PASSWORD,
            "first_name": "Ada", "last_name": "Lovelace",
        }))
        .send()
        .await
        .expect("setup request");
    assert_eq!(
        response.status(),
        201,
        "{}",
        response.text().await.unwrap_or_default()
    );
}

/// Ids of the reference rows and products the scenarios use.
struct Catalog {
    assessment: i64,
    learning: i64,
    math_quest: i64,
    canvas: i64,
    quizzly: i64,
    riverside: i64,
}

/// Domains, a subject, a usage type, a data interface, an organization (Ada's) and three products.
async fn seed_catalog(app: &TestApp) -> Catalog {
    let db = &app.db.client;
    let one = |sql: &'static str| async move {
        db.query_one(sql, &[])
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"))
            .get::<_, i64>(0)
    };
    let assessment =
        one("insert into domains (name, color) values ('Assessment', '#c62828') returning id")
            .await;
    let learning = one(
        "insert into domains (name, color) values ('Learning Management', '#1565c0') returning id",
    )
    .await;
    let math =
        one("insert into subjects (name, icon) values ('Math', 'calculator') returning id").await;
    one("insert into usage_types (name) values ('District-wide') returning id").await;
    one("insert into data_interfaces (name) values ('OneRoster') returning id").await;
    let riverside = one(
        "insert into organizations (name, size, org_type_id) \
         select 'Riverside Unified', 42, id from org_types where name = 'Public School District' returning id",
    )
    .await;
    db.execute(
        "update profiles set organization_id = $1 where user_id = (select id from users where username = 'ada')",
        &[&riverside],
    )
    .await
    .expect("ada joins Riverside");
    let product = |name: &'static str, domain: i64, subject: Option<i64>| async move {
        db.query_one(
            "insert into products (name, domain_id, subject_id, description) values ($1, $2, $3, $4) returning id",
            &[&name, &domain, &subject, &format!("{name} for our schools.")],
        )
        .await
        .expect("insert product")
        .get::<_, i64>(0)
    };
    let math_quest = product("MathQuest", assessment, Some(math)).await;
    let canvas = product("Canvas", learning, None).await;
    let quizzly = product("Quizzly", assessment, None).await;
    Catalog {
        assessment,
        learning,
        math_quest,
        canvas,
        quizzly,
        riverside,
    }
}

#[tokio::test]
async fn the_first_visit_goes_to_setup_which_creates_a_staff_member_and_signs_them_in() {
    let app = spawn_app().await;
    let browser = Browser::open(&app.address).await;

    browser.goto("/products").await;
    browser.wait_location("/setup", |l| l == "/setup").await;
    browser.find_text("h1", "Welcome to Mothra").await;
    browser.fill("input[name=first_name]", "Ada").await;
    browser.fill("input[name=last_name]", "Lovelace").await;
    browser.fill("input[name=username]", "ada").await;
    browser.fill("input[name=email]", "ada@example.org").await;
    browser.fill("input[name=password]", PASSWORD).await;
    browser.click_text("button", "Create the account").await;

    browser.wait_location("/", |l| l == "/").await;
    browser.find_text("header", "Ada Lovelace").await;
    browser.find_text("header nav", "Staff").await;
    let needed: serde_json::Value = app.get("/api/auth/setup").await.json().await.expect("json");
    assert_eq!(needed, json!({ "needed": false }));

    // Once someone exists, /setup sends people home instead.
    browser.goto("/setup").await;
    browser.wait_location("/", |l| l == "/").await;
    browser.close().await;
}

#[tokio::test]
async fn signing_in_returns_to_the_page_asked_for_and_signing_out_locks_the_app_again() {
    let app = spawn_app().await;
    set_up_ada(&app).await;
    let browser = Browser::open(&app.address).await;

    browser.goto("/products").await;
    browser
        .wait_location("/sign-in?next=/products", |l| {
            l == "/sign-in?next=%2Fproducts"
        })
        .await;
    browser.fill("input[name=username]", "ada").await;
    browser
        .fill("input[name=password]", "not-the-password")
        .await;
    browser.click("form button[type=submit]").await;
    browser.find_text("[role=alert]", "Unable to sign in").await;
    assert!(browser.location().await.starts_with("/sign-in"));

    browser.fill("input[name=password]", PASSWORD).await;
    browser.click("form button[type=submit]").await;
    browser
        .wait_location("/products", |l| l == "/products")
        .await;
    browser.find_text("h1", "Products").await;
    browser.find_text("header", "Ada Lovelace").await;

    browser.click_text("header button", "Sign out").await;
    browser
        .wait_location("/sign-in", |l| l.starts_with("/sign-in"))
        .await;
    browser.find_text("h1", "Sign in").await;
    browser.goto("/members").await;
    browser
        .wait_location("/sign-in?next=/members", |l| {
            l == "/sign-in?next=%2Fmembers"
        })
        .await;
    // The server forgot the browser's session, not just the page.
    let status = browser
        .client
        .execute_async(
            "const done = arguments[0]; fetch('/api/me/').then((r) => done(r.status));",
            vec![],
        )
        .await
        .expect("fetch from the page");
    assert_eq!(status, json!(401));
    browser.close().await;
}

/// Where the browser is now: scheme, host and port.
async fn origin(browser: &Browser) -> String {
    let url = browser.client.current_url().await.expect("current url");
    url.origin().ascii_serialization()
}

#[tokio::test]
async fn a_next_parameter_that_points_off_site_lands_on_the_home_page_instead() {
    let app = spawn_app().await;
    set_up_ada(&app).await;
    let browser = Browser::open(&app.address).await;
    // Each of these resolves to another origin in a browser: a backslash is
    // read as a slash, a tab is dropped, and the last two are plain links.
    let hostile = [
        "/%5C127.0.0.1:9/",
        "/%09/127.0.0.1:9/",
        "//127.0.0.1:9/",
        "http://127.0.0.1:9/",
    ];

    // Through the form: the first sign-in.
    browser.goto(&format!("/sign-in?next={}", hostile[0])).await;
    browser.fill("input[name=username]", "ada").await;
    browser.fill("input[name=password]", PASSWORD).await;
    browser.click("form button[type=submit]").await;
    browser.wait_location("/", |l| l == "/").await;
    assert_eq!(origin(&browser).await, app.address);

    // Already signed in: the sign-in page forwards at once.
    for next in hostile {
        browser.goto(&format!("/sign-in?next={next}")).await;
        browser.wait_location("/", |l| l == "/").await;
        assert_eq!(origin(&browser).await, app.address, "next={next}");
    }
    // A path on this site is still followed.
    browser
        .goto("/sign-in?next=%2Fproducts%3Fsearch%3Dmath")
        .await;
    browser
        .wait_location("/products?search=math", |l| l == "/products?search=math")
        .await;
    browser.close().await;
}

#[tokio::test]
async fn product_search_and_filters_live_in_the_url_survive_a_reload_and_the_back_button() {
    let app = spawn_app().await;
    set_up_ada(&app).await;
    let catalog = seed_catalog(&app).await;
    let browser = Browser::open(&app.address).await;
    browser.sign_in("ada", PASSWORD).await;

    browser.goto("/products").await;
    browser.find_text(".products", "Canvas").await;
    browser.find_text(".count", "3 products").await;

    browser.fill("#product-search", "qu").await;
    browser
        .wait_location("?search=qu", |l| l == "/products?search=qu")
        .await;
    browser.find_text(".count", "2 products match").await;
    browser.wait_gone(".products", "Canvas").await;
    browser.find_text(".products", "MathQuest").await;
    browser.find_text(".products", "Quizzly").await;

    browser.select("#f-subject", "Math").await;
    let here = browser
        .wait_location("a subject filter", |l| l.contains("subject="))
        .await;
    assert!(here.contains("search=qu"), "{here}");
    browser.find_text(".count", "1 product matches").await;
    browser.wait_gone(".products", "Quizzly").await;

    browser.reload().await;
    browser.find_text(".count", "1 product matches").await;
    browser.find_text(".products", "MathQuest").await;
    assert_eq!(browser.value("#product-search").await, "qu");
    assert_eq!(
        browser
            .find_text("#f-subject option:checked", "Math")
            .await
            .text()
            .await
            .unwrap(),
        "Math"
    );

    browser.back().await;
    browser
        .wait_location("?search=qu", |l| l == "/products?search=qu")
        .await;
    browser.find_text(".count", "2 products match").await;
    browser.find_text(".products", "Quizzly").await;

    browser.select("#f-domain", "Learning Management").await;
    browser
        .wait_location("the domain filter", |l| {
            l.contains(&format!("domain={}", catalog.learning))
        })
        .await;
    browser.find_text(".empty", "No product matches").await;

    // Highest NPS first lists reviewed products only (no NPS would sort first).
    browser.goto("/products").await;
    browser.find_text(".count", "3 products").await;
    browser
        .select("#f-ordering", "NPS, highest first (reviewed only)")
        .await;
    browser
        .wait_location("?ordering=-nps", |l| l == "/products?ordering=-nps")
        .await;
    browser.find_text(".empty", "No product matches").await;
    let _ = (
        catalog.assessment,
        catalog.canvas,
        catalog.riverside,
        catalog.math_quest,
    );
    browser.close().await;
}

#[tokio::test]
async fn adding_a_product_shows_server_errors_beside_their_field_then_opens_the_new_product() {
    let app = spawn_app().await;
    set_up_ada(&app).await;
    seed_catalog(&app).await;
    let browser = Browser::open(&app.address).await;
    browser.sign_in("ada", PASSWORD).await;

    browser.goto("/products").await;
    browser.click_text("a", "Add a product").await;
    browser
        .wait_location("/products/new", |l| l == "/products/new")
        .await;
    browser.fill("input[name=name]", "Canvas").await;
    browser.select("select[name=domain]", "Assessment").await;
    browser.fill("input[name=url]", "not a link").await;
    browser.click_text("button", "Add product").await;

    // The API's messages appear next to the fields they concern.
    browser.find("input[name=url][aria-invalid=true]").await;
    browser
        .find_text("[role=alert]", "Please correct the errors below.")
        .await;
    browser
        .fill("input[name=url]", "https://labsim.example.com")
        .await;
    browser.click_text("button", "Add product").await;
    let name = browser.find("input[name=name][aria-invalid=true]").await;
    let described = name
        .attr("aria-describedby")
        .await
        .unwrap()
        .expect("described by its error");
    let error = browser
        .find(&format!("[id='{described}']"))
        .await
        .text()
        .await
        .unwrap();
    assert!(error.to_lowercase().contains("already exists"), "{error}");
    assert!(browser
        .client
        .find(fantoccini::Locator::Css(
            "input[name=url][aria-invalid=true]"
        ))
        .await
        .is_err());

    browser.fill("input[name=name]", "LabSim").await;
    browser
        .fill("input[name=url]", "https://labsim.example.com")
        .await;
    browser
        .fill("textarea[name=description]", "Virtual science labs.")
        .await;
    browser.click_text("button", "Add product").await;
    let here = browser
        .wait_location("the new product's page", |l| {
            l.starts_with("/products/") && l != "/products/new"
        })
        .await;
    browser.find_text("h1", "LabSim").await;
    browser.find_text(".nps", "no reviews yet").await;
    browser.find_text("a", "https://labsim.example.com").await;
    let id: i64 = here
        .trim_start_matches("/products/")
        .parse()
        .expect("an id in the URL");
    let row = app
        .db
        .client
        .query_one(
            "select name, description from products where id = $1",
            &[&id],
        )
        .await
        .expect("the product is stored");
    assert_eq!(row.get::<_, String>(0), "LabSim");
    assert_eq!(row.get::<_, String>(1), "Virtual science labs.");

    // Editing starts from the stored values and comes back to the product.
    browser.click_text("a", "Edit product").await;
    browser
        .wait_location("the edit page", |l| l.ends_with("/edit"))
        .await;
    browser
        .find_text("select[name=domain] option:checked", "Assessment")
        .await;
    assert_eq!(browser.value("input[name=name]").await, "LabSim");
    browser
        .fill(
            "textarea[name=description]",
            "Virtual science labs for grades 6-12.",
        )
        .await;
    browser.click_text("button", "Save").await;
    browser.wait_location("the product", |l| l == here).await;
    browser
        .find_text("p", "Virtual science labs for grades 6-12.")
        .await;
    browser.close().await;
}

#[tokio::test]
async fn adding_editing_and_deleting_a_review_moves_the_products_nps() {
    let app = spawn_app().await;
    set_up_ada(&app).await;
    let catalog = seed_catalog(&app).await;
    let browser = Browser::open(&app.address).await;
    browser.sign_in("ada", PASSWORD).await;

    browser
        .goto(&format!("/products/{}", catalog.math_quest))
        .await;
    browser.find_text("h1", "MathQuest").await;
    browser.find_text(".nps", "no reviews yet").await;

    browser.click_text("button", "Add your review").await;
    browser
        .find_text(
            "select[name=organization] option:checked",
            "Riverside Unified",
        )
        .await;
    browser
        .select("select[name=usage_type]", "District-wide")
        .await;
    browser.select("select[name=how_push]", "OneRoster").await;
    // Deprecation details only show once ticked.
    assert!(browser
        .client
        .find(fantoccini::Locator::Css("input[name=why_deprecated]"))
        .await
        .is_err());
    browser.click_text("label.option", "Delighted").await;
    browser
        .fill(
            "textarea[name=review]",
            "Our teachers love the weekly diagnostics.",
        )
        .await;
    browser.click_text("button", "Add review").await;

    browser.find_text(".nps", "NPS 100").await;
    let review = browser
        .find_text(
            "article.review",
            "Our teachers love the weekly diagnostics.",
        )
        .await;
    let text = review.text().await.unwrap();
    assert!(
        text.contains("Ada Lovelace")
            && text.contains("Riverside Unified")
            && text.contains("OneRoster"),
        "{text}"
    );
    browser
        .find("article.review svg[aria-label^='Delighted']")
        .await;

    browser
        .click_text("article.review button", "Edit your review")
        .await;
    browser.click_text("label.option", "Neutral").await;
    browser
        .click("article.review input[name=is_deprecated]")
        .await;
    browser
        .fill("input[name=why_deprecated]", "Moved to another tool")
        .await;
    browser.click_text("button", "Save review").await;
    browser.find_text(".nps", "NPS -100").await;
    browser
        .find_text("article.review", "No longer used: Moved to another tool")
        .await;
    browser
        .find("article.review svg[aria-label^='Neutral']")
        .await;

    browser.click_text("article.review button", "Delete").await;
    browser.click("dialog[open] button.primary").await;
    browser.find_text(".nps", "no reviews yet").await;
    browser.find_text("h2, p", "No reviews yet").await;
    let left: i64 = app
        .db
        .client
        .query_one("select count(*) from usages", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(left, 0);
    browser.close().await;
}

/// `GET /api/me/` with a token: its status.
async fn me_with_token(app: &TestApp, token: &str) -> u16 {
    reqwest::Client::new()
        .get(app.url("/api/me/"))
        .header("Authorization", format!("Token {token}"))
        .send()
        .await
        .expect("request")
        .status()
        .as_u16()
}

#[tokio::test]
async fn the_token_panel_creates_a_token_shown_once_rotates_it_and_revokes_it() {
    let app = spawn_app().await;
    set_up_ada(&app).await;
    let browser = Browser::open(&app.address).await;
    browser.sign_in("ada", PASSWORD).await;

    browser.goto("/account").await;
    browser.find_text("section", "You have no token.").await;
    browser.click_text("button", "Create a token").await;
    browser.find_text("[role=status]", "Copy it now").await;
    let first = browser.value("#token-value").await;
    assert!(first.len() >= 20, "a real key: {first:?}");
    browser.find_text("section", "You have a token").await;
    assert_eq!(me_with_token(&app, &first).await, 200);

    browser.click_text("button", "Rotate token").await;
    browser.click("dialog[open] button.primary").await;
    browser
        .wait_location("still on the account page", |l| l == "/account")
        .await;
    let started = std::time::Instant::now();
    let second = loop {
        let value = browser.value("#token-value").await;
        if value != first {
            break value;
        }
        assert!(started.elapsed().as_secs() < 15, "the token never changed");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    assert_eq!(
        me_with_token(&app, &first).await,
        401,
        "the old token stops working"
    );
    assert_eq!(me_with_token(&app, &second).await, 200);

    // Shown once: a reload only says that a token exists.
    browser.reload().await;
    browser.find_text("section", "You have a token").await;
    assert!(browser
        .client
        .find(fantoccini::Locator::Css("#token-value"))
        .await
        .is_err());

    browser.click_text("button", "Revoke token").await;
    browser.click("dialog[open] button.primary").await;
    browser.find_text("section", "You have no token.").await;
    assert_eq!(me_with_token(&app, &second).await, 401);
    browser.close().await;
}

#[tokio::test]
async fn deep_links_load_and_reload_and_the_back_button_walks_the_history() {
    let app = spawn_app().await;
    set_up_ada(&app).await;
    let catalog = seed_catalog(&app).await;
    let browser = Browser::open(&app.address).await;
    browser.sign_in("ada", PASSWORD).await;

    let canvas = format!("/products/{}", catalog.canvas);
    browser.goto(&canvas).await;
    browser.find_text("h1", "Canvas").await;
    browser.reload().await;
    browser.find_text("h1", "Canvas").await;
    browser.find_text(".chip", "Learning Management").await;

    browser.goto("/").await;
    browser.find_text("h1", "Welcome to Mothra").await;
    browser.click_text("header nav a", "Products").await;
    browser
        .wait_location("/products", |l| l == "/products")
        .await;
    browser.click_text(".products a", "MathQuest").await;
    browser.find_text("h1", "MathQuest").await;
    browser.back().await;
    browser
        .wait_location("/products", |l| l == "/products")
        .await;
    browser.find_text("h1", "Products").await;
    browser.back().await;
    browser.wait_location("/", |l| l == "/").await;
    browser.find_text("h1", "Welcome to Mothra").await;
    browser.client.forward().await.expect("forward");
    browser
        .wait_location("/products", |l| l == "/products")
        .await;

    browser.goto("/no/such/page").await;
    browser.find_text("h1", "Page not found").await;
    browser.close().await;
}

/// Adds a member (no password: they never sign in here) in `organization`; returns their profile id.
async fn add_member(
    app: &TestApp,
    username: &str,
    first: &str,
    last: &str,
    organization: i64,
) -> i64 {
    let db = &app.db.client;
    let user: i64 = db
        .query_one(
            "insert into users (username, email, first_name, last_name) values ($1, $1 || '@example.org', $2, $3) returning id",
            &[&username, &first, &last],
        )
        .await
        .expect("insert user")
        .get(0);
    db.execute(
        "insert into profiles (user_id) values ($1) on conflict (user_id) do nothing",
        &[&user],
    )
    .await
    .expect("insert profile");
    db.query_one(
        "update profiles set organization_id = $2 where user_id = $1 returning id",
        &[&user, &organization],
    )
    .await
    .expect("set organization")
    .get(0)
}

#[tokio::test]
async fn the_home_page_counts_ranks_and_charts_what_members_reviewed_and_member_pages_list_it() {
    let app = spawn_app().await;
    set_up_ada(&app).await;
    let catalog = seed_catalog(&app).await;
    let db = &app.db.client;
    let ada: i64 = db
        .query_one(
            "select p.id from profiles p join users u on u.id = p.user_id where u.username = 'ada'",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    let grace = add_member(&app, "grace", "Grace", "Hopper", catalog.riverside).await;
    let alan = add_member(&app, "alan", "Alan", "Turing", catalog.riverside).await;
    let review = |product: i64, reviewer: i64, rating: i16, text: &'static str| async move {
        db.execute(
            "insert into usages (product_id, organization_id, reviewer_id, usage_type_id, how_push_id, how_pull_id, rating, review) \
             select $1, $2, $3, (select id from usage_types limit 1), d.id, d.id, $4, $5 from data_interfaces d limit 1",
            &[&product, &catalog.riverside, &reviewer, &rating, &text],
        )
        .await
        .expect("insert review");
    };
    review(
        catalog.math_quest,
        ada,
        5,
        "The weekly diagnostics save our teachers hours.",
    )
    .await;
    review(
        catalog.math_quest,
        grace,
        5,
        "Rostering through OneRoster just works.",
    )
    .await;
    review(
        catalog.math_quest,
        alan,
        4,
        "Good, though the reports could be clearer.",
    )
    .await;
    review(
        catalog.canvas,
        ada,
        3,
        "Fine, but grade sync breaks every term.",
    )
    .await;
    review(
        catalog.canvas,
        grace,
        2,
        "Too many clicks for simple things.",
    )
    .await;
    review(catalog.canvas, alan, 1, "We are moving away from it.").await;
    // Two reviews only: the best NPS, but not ranked (3 reviews at least).
    review(catalog.quizzly, ada, 5, "Quick to set up.").await;
    review(catalog.quizzly, alan, 5, "The students like it.").await;

    // As an ordinary member (Grace is not staff), with Ada's password.
    db.execute(
        "update users set password_hash = (select password_hash from users where username = 'ada') \
         where username = 'grace'",
        &[],
    )
    .await
    .expect("grace's password");
    let browser = Browser::open(&app.address).await;
    browser.sign_in("grace", PASSWORD).await;
    browser.goto("/").await;
    let figures = browser
        .find_text("[aria-label=Figures]", "8\nReviews")
        .await;
    let text = figures.text().await.unwrap();
    for expected in [
        "1\nOrganizations",
        "3\nMembers",
        "3\nProducts",
        "8\nReviews",
    ] {
        assert!(text.contains(expected), "{expected:?} in {text:?}");
    }
    let best = browser
        .find_text("section", "Best rated\nMathQuest")
        .await
        .text()
        .await
        .unwrap();
    assert!(best.contains("MathQuest") && best.contains("66"), "{best}");
    let worst = browser
        .find_text("section", "Worst rated\nCanvas")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        worst.starts_with("Worst rated\nCanvas") && worst.contains("-100"),
        "{worst}"
    );
    assert!(
        !best.contains("Quizzly") && !worst.contains("Quizzly"),
        "{best}\n{worst}"
    );
    // The server ranks them: the review count is filtered and the NPS
    // ordered there, one page of five each, not client-side.
    let requests = browser.api_requests().await;
    for ranking in [
        "/api/products/?review_count__gte=3&page_size=5&ordering=-nps",
        "/api/products/?review_count__gte=3&page_size=5&ordering=nps",
    ] {
        assert!(
            requests.iter().any(|r| r == ranking),
            "{ranking} in {requests:?}"
        );
    }
    browser
        .find_text("figure svg text.label", "Assessment")
        .await;
    browser.find_text("figure svg text.value", "2").await;
    browser
        .find_text("article.review", "We are moving away from it.")
        .await;

    // Each bar of the chart opens the products of its domain.
    browser
        .click(&format!(
            "figure svg a[href='/products?domain={}']",
            catalog.assessment
        ))
        .await;
    browser
        .wait_location("the Assessment products", |l| {
            l == format!("/products?domain={}", catalog.assessment)
        })
        .await;
    browser.find_text(".count", "2 products match").await;

    browser.goto(&format!("/members/{grace}")).await;
    browser.find_text("h1", "Grace Hopper").await;
    browser
        .find_text("a[href^=mailto]", "grace@example.org")
        .await;
    browser.find_text(".list", "MathQuest").await;
    browser.find_text(".list", "Canvas").await;
    browser.fill("#reviewed-search", "math").await;
    browser.wait_gone(".list", "Canvas").await;
    browser.find_text(".list", "MathQuest").await;
    browser
        .wait_location("?search=math", |l| l.ends_with("?search=math"))
        .await;
    browser.fill("#reviewed-search", "").await;
    browser.find_text(".list", "Canvas").await;

    // A product's figures over a cohort of organizations: Riverside is in no state.
    browser
        .goto(&format!("/products/{}", catalog.math_quest))
        .await;
    browser.find_text(".nps", "NPS 66").await;
    browser.select("#cohort-state", "in Oregon").await;
    browser
        .wait_location("?state=", |l| l.contains("?state="))
        .await;
    browser.find_text(".nps", "no reviews yet").await;
    browser.find_text(".empty", "No reviews yet").await;
    browser.select("#cohort-state", "in every state").await;
    browser.find_text(".nps", "NPS 66").await;
    browser.find_text("section", "Used by 1 organization").await;
    browser.close().await;
}

#[tokio::test]
async fn staff_edit_reference_data_with_colour_and_icon_pickers_and_see_a_conflict_as_a_sentence() {
    let app = spawn_app().await;
    set_up_ada(&app).await;
    let catalog = seed_catalog(&app).await;
    let browser = Browser::open(&app.address).await;
    browser.sign_in("ada", PASSWORD).await;

    browser.click_text("header nav a", "Staff").await;
    browser.click_text("main a", "Domains").await;
    browser
        .wait_location("/staff/reference/domains", |l| {
            l == "/staff/reference/domains"
        })
        .await;
    browser.find_text("main .list", "Assessment").await;
    browser
        .fill("main form input[name=name]", "Communication")
        .await;
    browser
        .client
        .execute(
            "const input = document.querySelector('main form input[type=color]'); \
             input.value = '#2e7d32'; input.dispatchEvent(new Event('input', { bubbles: true }));",
            vec![],
        )
        .await
        .expect("pick a colour");
    browser.click_text("main form button", "Add domain").await;
    browser.find_text("main .list", "Communication").await;
    let color: String = app
        .db
        .client
        .query_one(
            "select color from domains where name = 'Communication'",
            &[],
        )
        .await
        .expect("the domain is stored")
        .get(0);
    assert_eq!(color.to_lowercase(), "#2e7d32");

    // A domain that products use cannot go: the dialog says why.
    let row = browser.find_text("main .list li", "Assessment").await;
    row.find(fantoccini::Locator::Css("button.danger"))
        .await
        .expect("its delete button")
        .click()
        .await
        .expect("click delete");
    browser.click("dialog[open] button.primary").await;
    let message = browser
        .find("dialog[open] [role=alert]")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(
        message,
        "Cannot delete this domain: it is still used by 2 products."
    );
    let kept: i64 = app
        .db
        .client
        .query_one(
            "select count(*) from domains where id = $1",
            &[&catalog.assessment],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(kept, 1);
    browser.click_text("dialog[open] button", "Cancel").await;

    // Subjects: the icon picker is a radio group of the bundled icons.
    browser
        .click_text("nav[aria-label='Reference data'] a", "Subjects")
        .await;
    browser.find_text("main .list", "Math").await;
    browser.fill("main form input[name=name]", "Science").await;
    browser.click("main form label.option[title=flask]").await;
    browser.find_text("main form legend", "flask").await;
    browser.click_text("main form button", "Add subject").await;
    browser.find_text("main .list li", "Science").await;
    let icon: String = app
        .db
        .client
        .query_one("select icon from subjects where name = 'Science'", &[])
        .await
        .expect("the subject is stored")
        .get(0);
    assert_eq!(icon, "flask");
    browser.close().await;
}

#[tokio::test]
async fn staff_invite_a_member_who_waits_inactive_until_staff_switch_them_on() {
    let app = spawn_app().await;
    set_up_ada(&app).await;
    let browser = Browser::open(&app.address).await;
    browser.sign_in("ada", PASSWORD).await;

    browser.goto("/staff/users").await;
    browser.find_text("table", "ada@example.org").await;
    browser.fill("input[name=first_name]", "Grace").await;
    browser.fill("input[name=last_name]", "Hopper").await;
    browser.fill("input[name=username]", "grace").await;
    browser.fill("input[name=email]", "ada@example.org").await;
    browser.click_text("button", "Send invitation").await;
    browser.find("input[name=email][aria-invalid=true]").await;

    browser.fill("input[name=email]", "grace@example.org").await;
    browser.click_text("button", "Send invitation").await;
    browser
        .find_text("[role=status]", "Invitation sent to grace@example.org")
        .await;
    // Invited members are inactive until they set a password; staff may switch them on.
    let row = browser.find_text("table tbody tr", "Grace Hopper").await;
    assert!(row.text().await.unwrap().contains("Invited"));
    browser
        .click("button[aria-label='Activate Grace Hopper']")
        .await;
    browser.click_text("dialog[open] button", "Activate").await;
    browser.wait_gone("table tbody tr", "Invited").await;
    let row = browser.find_text("table tbody tr", "Grace Hopper").await;
    assert!(row.text().await.unwrap().contains("Active"));
    let active: bool = app
        .db
        .client
        .query_one("select is_active from users where username = 'grace'", &[])
        .await
        .expect("grace exists")
        .get(0);
    assert!(active);
    browser.close().await;
}

#[tokio::test]
async fn the_account_page_saves_the_profile_and_refuses_a_wrong_current_password_beside_its_field()
{
    let app = spawn_app().await;
    set_up_ada(&app).await;
    seed_catalog(&app).await;
    let browser = Browser::open(&app.address).await;
    browser.sign_in("ada", PASSWORD).await;

    browser.click_text("header a", "Account").await;
    browser.find_text("h1", "Your account").await;
    assert_eq!(browser.value("input[name=first_name]").await, "Ada");
    browser.fill("input[name=github_id]", "-bad-").await;
    browser.click_text("button", "Save profile").await;
    browser
        .find("input[name=github_id][aria-invalid=true]")
        .await;

    browser.fill("input[name=github_id]", "adalovelace").await;
    browser.fill("input[name=first_name]", "Augusta Ada").await;
    browser.click_text("button", "Save profile").await;
    browser.find_text("[role=status]", "Saved.").await;
    browser.find_text("header", "Augusta Ada Lovelace").await;
    let row = app
        .db
        .client
        .query_one(
            "select u.first_name, p.github_id from users u join profiles p on p.user_id = u.id where u.username = 'ada'",
            &[],
        )
        .await
        .unwrap();
    assert_eq!(row.get::<_, String>(0), "Augusta Ada");
    assert_eq!(
        row.get::<_, Option<String>>(1).as_deref(),
        Some("adalovelace")
    );

    browser
        .fill("input[name=old_password]", "not-my-password")
        .await;
    browser
        .fill("input[name=new_password]", "another-long-passphrase-77")
        .await;
    browser
        .fill("input[name=confirm]", "another-long-passphrase-77")
        .await;
    browser.click_text("button", "Change password").await;
    browser
        .find("input[name=old_password][aria-invalid=true]")
        .await;

    browser.fill("input[name=old_password]", PASSWORD).await;
    browser.click_text("button", "Change password").await;
    browser
        .find_text("[role=status]", "Your password is changed.")
        .await;

    // The same profile form opens in place on the member's own page.
    browser.click_text("main a", "See your profile").await;
    browser.find_text("h1", "Augusta Ada Lovelace").await;
    browser.click_text("button", "Edit your profile").await;
    browser.fill("input[name=last_name]", "King").await;
    browser.click_text("button", "Save profile").await;
    browser.find_text("h1", "Augusta Ada King").await;
    browser
        .find_text("a[href='https://github.com/adalovelace']", "@adalovelace")
        .await;
    browser.close().await;
}

#[tokio::test]
async fn organizations_are_added_listed_with_their_states_and_filtered_by_state() {
    let app = spawn_app().await;
    set_up_ada(&app).await;
    seed_catalog(&app).await;
    let browser = Browser::open(&app.address).await;
    browser.sign_in("ada", PASSWORD).await;

    browser.goto("/organizations").await;
    browser.find_text("table", "Riverside Unified").await;
    browser.click_text("a", "Add an organization").await;
    browser
        .fill("input[name=name]", "Summit Charter Network")
        .await;
    browser
        .select(
            "select[name=org_type]",
            "Charter School Management Organization",
        )
        .await;
    browser.fill("input[name=size]", "9").await;
    for grade in ["6", "7", "8"] {
        browser.click_text("fieldset label", grade).await;
    }
    for state in ["California", "Oregon", "Texas"] {
        browser.click_text("fieldset label", state).await;
    }
    browser.click_text("button", "Add organization").await;
    browser.find_text("h1", "Summit Charter Network").await;
    browser.find_text("dl", "6-8").await;

    browser.goto("/organizations").await;
    let row = browser
        .find_text("table tr", "Summit Charter Network")
        .await;
    let text = row.text().await.unwrap();
    assert!(
        text.contains("California, Oregon and Texas") && text.contains("6-8"),
        "{text}"
    );
    browser.select("#f-state", "Oregon").await;
    browser
        .wait_location("?state=", |l| l.contains("state="))
        .await;
    browser.wait_gone("table", "Riverside Unified").await;
    browser.find_text("table", "Summit Charter Network").await;
    browser.reload().await;
    browser.find_text("table", "Summit Charter Network").await;
    browser.wait_gone("table", "Riverside Unified").await;
    browser.close().await;
}

#[tokio::test]
async fn the_api_reference_renders_the_openapi_document_searches_it_and_tries_a_call() {
    let app = spawn_app().await;
    set_up_ada(&app).await;
    seed_catalog(&app).await;
    let browser = Browser::open(&app.address).await;
    browser.sign_in("ada", PASSWORD).await;

    browser.click_text("header nav a", "API").await;
    browser.find_text("h1", "API reference").await;
    browser.find_text("main h2", "Schemas").await;
    let products_list = browser.find_text("button.op-head", "/api/products/").await;
    browser.fill("#api-search", "stats").await;
    browser.wait_gone("button.op-head", "/api/domains/").await;
    let stats = browser
        .find_text("button.op-head", "/api/products/{id}/stats/")
        .await;
    let _ = products_list;
    stats.click().await.expect("open the operation");
    browser.find_text(".op-body", "Responses").await;
    browser.click_text(".op-body summary", "Try it").await;
    browser.fill(".op-body input[id$='-path-id']", "1").await;
    browser.click_text(".op-body button", "Send GET").await;
    let result = browser
        .find_text(".result", "Status")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        result.contains("Status 200") && result.contains("\"nps\""),
        "{result}"
    );
    browser.close().await;
}

#[tokio::test]
async fn pages_fit_a_phone_screen_without_sideways_scrolling() {
    let app = spawn_app().await;
    set_up_ada(&app).await;
    let catalog = seed_catalog(&app).await;
    let browser = Browser::open_sized(&app.address, 390, 844).await;
    browser.sign_in("ada", PASSWORD).await;

    let pages = [
        ("/".to_string(), "Welcome to Mothra"),
        ("/products".to_string(), "Products"),
        (format!("/products/{}", catalog.math_quest), "MathQuest"),
        ("/organizations".to_string(), "Organizations"),
        ("/members".to_string(), "Members"),
        ("/account".to_string(), "Your account"),
        ("/reviews/new".to_string(), "Add a review"),
        ("/staff/reference/subjects".to_string(), "Subjects"),
    ];
    for (path, heading) in pages {
        browser.goto(&path).await;
        browser.find_text("h1", heading).await;
        let overflow = browser
            .client
            .execute(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;",
                vec![],
            )
            .await
            .expect("measure");
        assert_eq!(
            overflow,
            json!(0),
            "{path} scrolls sideways by {overflow}px"
        );
    }
    browser.close().await;
}

#[tokio::test]
async fn an_invitation_link_sets_the_first_password_and_works_only_once() {
    let app = spawn_app().await;
    set_up_ada(&app).await;
    let grace: i64 = app
        .db
        .client
        .query_one(
            "insert into users (username, email, first_name, last_name, is_active) \
             values ('grace', 'grace@example.org', 'Grace', 'Hopper', false) returning id",
            &[],
        )
        .await
        .expect("an invited member")
        .get(0);
    app.db
        .client
        .execute(
            "insert into profiles (user_id) values ($1) on conflict (user_id) do nothing",
            &[&grace],
        )
        .await
        .expect("profile");
    // The link the invitation mail would carry, with a token the test knows.
    let token = mothra::auth::keys::generate();
    let secret = crate::helpers::test_config(&[]).secret_key;
    mothra::db::accounts::create_link(
        &app.db.client,
        grace,
        mothra::db::accounts::LinkPurpose::Invitation,
        &mothra::auth::keys::hash(&secret, &token),
        std::time::Duration::from_secs(3600),
    )
    .await
    .expect("a link");

    let browser = Browser::open(&app.address).await;
    browser.goto(&format!("/reset-password/{token}")).await;
    browser.find_text("h1", "Set a new password").await;
    browser
        .fill("input[name=new_password]", "grace-chooses-a-long-one-1906")
        .await;
    browser
        .fill("input[name=confirm]", "grace-chooses-a-long-one")
        .await;
    browser.click_text("button", "Set password").await;
    browser.find("input[name=confirm][aria-invalid=true]").await;
    browser
        .fill("input[name=confirm]", "grace-chooses-a-long-one-1906")
        .await;
    browser.click_text("button", "Set password").await;
    browser
        .find_text("[role=status]", "Your password is set")
        .await;
    browser.click_text("main a", "Sign in").await;
    browser
        .sign_in("grace@example.org", "grace-chooses-a-long-one-1906")
        .await;
    browser.find_text("header", "Grace Hopper").await;
    browser.click_text("header button", "Sign out").await;
    browser
        .wait_location("/sign-in", |l| l.starts_with("/sign-in"))
        .await;

    // A used link says so when it opens, before anyone types a password.
    browser.goto(&format!("/reset-password/{token}")).await;
    browser
        .find_text("[role=alert]", "This link has already been used")
        .await;
    assert!(browser
        .client
        .find(fantoccini::Locator::Css("input[name=new_password]"))
        .await
        .is_err());

    browser.goto("/forgot-password").await;
    browser.fill("input[name=email]", "grace@example.org").await;
    browser.click_text("button", "Send the link").await;
    browser
        .find_text("[role=status]", "grace@example.org")
        .await;
    browser.close().await;
}

#[tokio::test]
async fn members_are_searchable_by_name_and_organization_and_the_rating_buttons_work_by_keyboard() {
    let app = spawn_app().await;
    set_up_ada(&app).await;
    let catalog = seed_catalog(&app).await;
    let elsewhere: i64 = app
        .db
        .client
        .query_one(
            "insert into organizations (name, org_type_id) \
             select 'Lakeview Academy', id from org_types where name = 'Private School' returning id",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    add_member(&app, "grace", "Grace", "Hopper", catalog.riverside).await;
    add_member(&app, "alan", "Alan", "Turing", elsewhere).await;
    let browser = Browser::open(&app.address).await;
    browser.sign_in("ada", PASSWORD).await;

    browser.click_text("header nav a", "Members").await;
    browser.find_text(".members", "Alan Turing").await;
    browser.find_text("main", "3 members").await;
    browser.fill("#member-search", "lakeview").await;
    browser.wait_gone(".members", "Grace Hopper").await;
    browser.find_text(".members", "Alan Turing").await;
    browser
        .wait_location("?search=lakeview", |l| l == "/members?search=lakeview")
        .await;
    browser.reload().await;
    browser.find_text(".members", "Alan Turing").await;
    browser.wait_gone(".members", "Ada Lovelace").await;
    browser.click_text(".members a", "Alan Turing").await;
    browser.find_text("h1", "Alan Turing").await;
    browser.find_text("dl", "Lakeview Academy").await;

    // The rating is a radio group: arrow keys move the choice.
    browser
        .goto(&format!("/reviews/new?product={}", catalog.math_quest))
        .await;
    browser
        .find_text("select[name=product] option:checked", "MathQuest")
        .await;
    browser
        .client
        .execute(
            "document.querySelector('fieldset.rating input[value=\"3\"]').focus();",
            vec![],
        )
        .await
        .expect("focus Neutral");
    let focused = browser.client.active_element().await.expect("focus");
    focused.send_keys("\u{E014}").await.expect("ArrowRight");
    browser.find_text("label.option.checked", "Happy").await;
    let focused = browser.client.active_element().await.expect("focus");
    focused.send_keys("\u{E014}").await.expect("ArrowRight");
    browser.find_text("label.option.checked", "Delighted").await;
    browser.close().await;
}
