//! The list pages with real amounts of data, and the details that read as
//! unfinished (issue 9, items 7 and 9), in headless Chromium: as the
//! ordinary member `mia` unless the page is for staff.

use serde_json::{json, Value};

use crate::auth_support::{create_user, GOOD_PASSWORD};
use crate::browser::driver::Browser;
use crate::browser::scenario::single_id;
use crate::helpers::{spawn_app, test_config, TestApp};

/// Tab, Enter, Escape and ArrowDown as WebDriver key codes.
const TAB: &str = "\u{E004}";
const ENTER: &str = "\u{E007}";
const ESCAPE: &str = "\u{E00C}";
const ARROW_DOWN: &str = "\u{E015}";

/// Ids the scenarios use.
pub struct World {
    /// A product with one review, rated 5 by mia.
    pub math_quest: i64,
    /// A product rated 5, 4, 4: NPS 33, the amber badge.
    pub quizzly: i64,
    /// mia's organization.
    pub riverside: i64,
    /// mia's review of MathQuest.
    pub review: i64,
    /// mia's profile.
    pub mia_profile: i64,
}

async fn run(app: &TestApp, sql: &str) {
    app.db
        .client
        .batch_execute(sql)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
}

/// The member `mia` (in Riverside Unified), staff `boss`, 118 more active
/// members ("Person 001"...), 120 organizations, 302 products, and four
/// reviews.
pub async fn seed(app: &TestApp) -> World {
    let mia = create_user(app, "mia", GOOD_PASSWORD, false).await;
    let boss = create_user(app, "boss", GOOD_PASSWORD, true).await;
    run(
        app,
        &format!(
            "update users set first_name = 'Mia', last_name = 'Lopez' where id = {mia};
             update users set first_name = 'Bo', last_name = 'Staff' where id = {boss};
             insert into domains (name, color) values ('Assessment', '#c62828'), ('Learning Management', '#1565c0');
             insert into subjects (name, icon) values ('Math', 'calculator');
             insert into usage_types (name) values ('District-wide');
             insert into data_interfaces (name) values ('OneRoster');
             insert into organizations (name, size, org_type_id)
                 select 'Riverside Unified', 42, id from org_types where name = 'Public School District';
             insert into organizations (name, size, org_type_id)
                 select 'Riverbend Academy', 1, id from org_types where name = 'Private School';
             insert into organizations (name, org_type_id)
                 select 'Plains District ' || lpad(i::text, 3, '0'), (select min(id) from org_types)
                 from generate_series(1, 118) as i;
             insert into products (name, domain_id, description)
                 select 'Product ' || lpad(i::text, 3, '0'), (select min(id) from domains), ''
                 from generate_series(1, 300) as i;
             insert into products (name, domain_id, subject_id, description)
                 select 'MathQuest', (select min(id) from domains), (select id from subjects), 'Weekly diagnostics.';
             insert into products (name, domain_id, description)
                 select 'Quizzly', (select min(id) from domains), 'Quizzes.';
             insert into users (username, email, first_name, last_name, is_active)
                 select 'user' || lpad(i::text, 3, '0'), 'user' || lpad(i::text, 3, '0') || '@example.org',
                        'Person', lpad(i::text, 3, '0'), true
                 from generate_series(1, 118) as i;
             update profiles set organization_id = (select id from organizations where name = 'Riverside Unified');"
        ),
    )
    .await;
    let riverside = single_id(
        app,
        "select id from organizations where name = 'Riverside Unified'",
    )
    .await;
    let math_quest = single_id(app, "select id from products where name = 'MathQuest'").await;
    let quizzly = single_id(app, "select id from products where name = 'Quizzly'").await;
    let mia_profile = single_id(
        app,
        &format!("select id from profiles where user_id = {mia}"),
    )
    .await;
    let review_sql = |product: i64, user: &str, rating: i32| {
        format!(
            "insert into usages (product_id, organization_id, reviewer_id, usage_type_id, rating, review)
             select {product}, {riverside}, p.id, (select id from usage_types), {rating}, 'Works for us.'
             from profiles p join users u on u.id = p.user_id where u.username = '{user}' returning id"
        )
    };
    let review = single_id(app, &review_sql(math_quest, "mia", 5)).await;
    single_id(app, &review_sql(quizzly, "mia", 5)).await;
    single_id(app, &review_sql(quizzly, "boss", 4)).await;
    single_id(app, &review_sql(quizzly, "user001", 4)).await;
    World {
        math_quest,
        quizzly,
        riverside,
        review,
        mia_profile,
    }
}

/// The rows of a CSV text, fetched by the page itself (with its session).
async fn fetch_csv(browser: &Browser, href: &str) -> Vec<String> {
    let text = browser
        .eval_async(&format!(
            "fetch({href:?}).then((r) => r.text()).then(done, (e) => done(String(e)));"
        ))
        .await;
    text.as_str()
        .unwrap_or_default()
        .lines()
        .map(str::to_owned)
        .collect()
}

/// The `href` of the list's "Download CSV" link.
async fn csv_href(browser: &Browser) -> String {
    browser
        .find_text("a.csv", "Download CSV")
        .await
        .attr("href")
        .await
        .expect("href")
        .expect("the link has an address")
}

#[tokio::test]
async fn a_member_searches_organizations_by_name_and_downloads_exactly_the_rows_the_list_shows() {
    let app = spawn_app().await;
    seed(&app).await;
    let browser = Browser::open(&app.address).await;
    browser.sign_in("mia", GOOD_PASSWORD).await;

    browser.goto("/organizations").await;
    browser.find_text("main", "120 organizations").await;
    browser.fill("#organization-search", "river").await;
    browser
        .wait_location("?search=river", |l| l == "/organizations?search=river")
        .await;
    browser.find_text("main", "2 organizations").await;
    browser.wait_gone("table", "Plains District").await;
    let shown: Vec<String> = browser
        .eval("return [...document.querySelectorAll('main table tbody tr td:first-child')].map((td) => td.innerText);")
        .await
        .as_array()
        .expect("names")
        .iter()
        .map(|v| v.as_str().unwrap_or_default().to_owned())
        .collect();
    assert_eq!(shown, ["Riverbend Academy", "Riverside Unified"]);

    // The CSV is the same query: the same rows in the same order.
    let href = csv_href(&browser).await;
    assert!(
        href.ends_with("/api/organizations/?search=river&format=csv"),
        "{href}"
    );
    let rows = fetch_csv(&browser, &href).await;
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert!(rows[0].starts_with("id,name,"), "{rows:?}");
    assert!(
        rows[1].contains("Riverbend Academy") && rows[2].contains("Riverside Unified"),
        "{rows:?}"
    );

    // The search survives a reload and combines with the filters.
    browser.reload().await;
    assert_eq!(browser.value("#organization-search").await, "river");
    browser.select("#f-type", "Private School").await;
    browser.find_text("main", "1 organization").await;
    let href = csv_href(&browser).await;
    assert!(
        href.contains("search=river") && href.contains("org_type="),
        "{href}"
    );
    assert_eq!(fetch_csv(&browser, &href).await.len(), 2);
    browser.close().await;
}

#[tokio::test]
async fn every_list_page_offers_a_csv_of_its_own_query_without_the_paging() {
    let app = spawn_app().await;
    let world = seed(&app).await;
    let browser = Browser::open(&app.address).await;
    browser.sign_in("boss", GOOD_PASSWORD).await;

    browser.goto("/products?search=product&page=2").await;
    browser.find_text(".count", "300 products match").await;
    let href = csv_href(&browser).await;
    assert!(
        href.ends_with("/api/products/?search=product&format=csv"),
        "{href}"
    );
    assert_eq!(fetch_csv(&browser, &href).await.len(), 301);

    browser.goto("/members?search=person").await;
    browser.find_text("main", "118 members").await;
    let href = csv_href(&browser).await;
    assert!(
        href.ends_with("/api/profiles/?search=person&format=csv"),
        "{href}"
    );
    assert_eq!(fetch_csv(&browser, &href).await.len(), 119);

    browser.goto("/staff/users?search=user00").await;
    browser.find_text("main", "9 users").await;
    let href = csv_href(&browser).await;
    assert!(
        href.ends_with("/api/users/?search=user00&ordering=username&format=csv"),
        "{href}"
    );
    let rows = fetch_csv(&browser, &href).await;
    assert_eq!(rows.len(), 10, "{rows:?}");
    assert!(rows[1].contains("user001"), "{rows:?}");
    let _ = world.mia_profile;
    browser.close().await;
}

#[tokio::test]
async fn long_lists_have_numbered_pages_and_back_returns_to_where_the_reader_was() {
    let app = spawn_app().await;
    seed(&app).await;
    let browser = Browser::open(&app.address).await;
    browser.sign_in("mia", GOOD_PASSWORD).await;

    browser.goto("/products").await;
    browser.find_text(".count", "302 products").await;
    let pages = browser.find("nav.pager").await.text().await.expect("text");
    assert!(
        pages.contains("1\n2\n3\n…\n13") || pages.contains("1 2 3 … 13"),
        "{pages}"
    );
    browser
        .click("nav.pager button[aria-label='Page 13']")
        .await;
    browser
        .wait_location("?page=13", |l| l == "/products?page=13")
        .await;
    browser.find_text(".products", "Quizzly").await;
    browser
        .click("nav.pager button[aria-label='Page 11']")
        .await;
    browser
        .wait_location("?page=11", |l| l == "/products?page=11")
        .await;
    browser.goto("/products?page=7").await;
    let current = browser.find("nav.pager [aria-current=page]").await;
    assert_eq!(current.text().await.expect("text"), "7");
    let pages = browser.find("nav.pager").await.text().await.expect("text");
    for n in ["1", "5", "6", "8", "9", "13", "…"] {
        assert!(pages.split_whitespace().any(|w| w == n), "{n} in {pages}");
    }

    // Open a product far down the page, then come Back to the same place.
    browser
        .eval("const cards = document.querySelectorAll('.products li'); cards[cards.length - 1].scrollIntoView(); return null;")
        .await;
    let y = browser
        .eval("return window.scrollY;")
        .await
        .as_f64()
        .expect("y");
    assert!(y > 300.0, "the page scrolled ({y})");
    browser
        .eval("const links = document.querySelectorAll('.products li a'); links[links.length - 1].click(); return null;")
        .await;
    browser
        .wait_location("a product", |l| l.starts_with("/products/"))
        .await;
    browser.find("main h1").await;
    browser.back().await;
    browser
        .wait_location("?page=7", |l| l == "/products?page=7")
        .await;
    browser
        .wait_until(
            "the scroll position is restored",
            &format!("return Math.abs(window.scrollY - {y}) < 4;"),
        )
        .await;
    // A new page (not Back) starts at the top.
    browser.click("nav.pager button[aria-label='Page 8']").await;
    browser
        .wait_location("?page=8", |l| l == "/products?page=8")
        .await;
    browser
        .wait_until(
            "the new page starts at the top",
            "return window.scrollY === 0;",
        )
        .await;
    browser.close().await;
}

#[tokio::test]
async fn on_a_phone_the_product_filters_fold_into_one_button_and_products_start_on_the_first_screen(
) {
    let app = spawn_app().await;
    seed(&app).await;
    let browser = Browser::open_sized(&app.address, 390, 844).await;
    browser.sign_in("mia", GOOD_PASSWORD).await;

    browser.goto("/products").await;
    browser.find_text(".count", "302 products").await;
    let top = browser
        .eval("return document.querySelector('.products li').getBoundingClientRect().top;")
        .await
        .as_f64()
        .expect("top");
    let height = browser
        .eval("return window.innerHeight;")
        .await
        .as_f64()
        .expect("height");
    assert!(
        top + 120.0 < height,
        "the first product starts at {top}px of {height}px"
    );
    let visible = "return document.querySelector('#f-domain').offsetParent !== null;";
    assert_eq!(browser.eval(visible).await, json!(false));

    let toggle = browser.find_text("button.fold", "Filters").await;
    assert_eq!(
        toggle.attr("aria-expanded").await.unwrap().as_deref(),
        Some("false")
    );
    toggle.click().await.expect("open the filters");
    assert_eq!(browser.eval(visible).await, json!(true));
    browser.select("#f-domain", "Assessment").await;
    browser
        .wait_location("a domain filter", |l| l.contains("domain="))
        .await;
    browser.find_text("button.fold", "Filters1").await;
    browser.find_text(".count", "302 products match").await;
    browser.close().await;
}

#[tokio::test]
async fn staff_page_through_and_search_the_users_and_each_activation_asks_first() {
    let app = spawn_app().await;
    seed(&app).await;
    let browser = Browser::open_sized(&app.address, 390, 844).await;
    browser.sign_in("boss", GOOD_PASSWORD).await;

    browser.goto("/staff/users").await;
    browser.find_text("main", "120 users").await;
    let rows = browser
        .eval("return document.querySelectorAll('table.users tbody tr').length;")
        .await;
    assert_eq!(rows, json!(50));
    let overflow = browser
        .eval("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")
        .await;
    assert_eq!(overflow, json!(0), "the users page scrolls sideways");
    browser.click("nav.pager button[aria-label='Page 3']").await;
    browser
        .wait_location("?page=3", |l| l == "/staff/users?page=3")
        .await;
    browser.find_text("table.users", "user118").await;

    browser.fill("#user-search", "user007").await;
    browser
        .wait_location("?search=user007", |l| l == "/staff/users?search=user007")
        .await;
    browser.find_text("main", "1 user").await;
    let is_active = || async {
        app.db
            .client
            .query_one(
                "select is_active from users where username = 'user007'",
                &[],
            )
            .await
            .expect("user007")
            .get::<_, bool>(0)
    };

    // Cancel changes nothing.
    browser
        .click("button[aria-label='Deactivate Person 007']")
        .await;
    browser
        .find_text("dialog[open]", "Deactivate Person 007? They are signed out")
        .await;
    browser.click_text("dialog[open] button", "Cancel").await;
    browser.wait_gone("dialog[open]", "Deactivate").await;
    assert!(is_active().await);

    browser
        .click("button[aria-label='Deactivate Person 007']")
        .await;
    browser
        .click_text("dialog[open] button", "Deactivate")
        .await;
    browser
        .find("button[aria-label='Activate Person 007']")
        .await;
    browser.find_text("table.users", "Invited").await;
    assert!(!is_active().await);
    browser.close().await;
}

#[tokio::test]
async fn the_filters_and_a_confirm_dialog_are_finished_with_the_keyboard_alone() {
    let app = spawn_app().await;
    seed(&app).await;

    // A member on a phone: the folded filters, by keyboard.
    let browser = Browser::open_sized(&app.address, 390, 844).await;
    browser.sign_in("mia", GOOD_PASSWORD).await;
    browser.goto("/products").await;
    browser.find_text(".count", "302 products").await;
    browser
        .eval("document.querySelector('#product-search').focus(); return null;")
        .await;
    browser.press(TAB).await;
    let focused = "return document.activeElement.id || document.activeElement.textContent.trim();";
    assert_eq!(browser.eval(focused).await, json!("Filters"));
    browser.press(ENTER).await;
    browser.find("button.fold[aria-expanded=true]").await;
    browser.press(TAB).await;
    assert_eq!(browser.eval(focused).await, json!("f-domain"));
    browser.press(ARROW_DOWN).await;
    browser
        .wait_location("a domain filter", |l| l.contains("domain="))
        .await;
    browser.close().await;

    // Staff: a confirm dialog, cancelled with Escape, then confirmed.
    let browser = Browser::open(&app.address).await;
    browser.sign_in("boss", GOOD_PASSWORD).await;
    browser.goto("/staff/users?search=user007").await;
    browser.find_text("main", "1 user").await;
    browser
        .eval("document.querySelector('#user-search').focus(); return null;")
        .await;
    let label = "return document.activeElement.getAttribute('aria-label');";
    for _ in 0..8 {
        if browser.eval(label).await == json!("Deactivate Person 007") {
            break;
        }
        browser.press(TAB).await;
    }
    assert_eq!(browser.eval(label).await, json!("Deactivate Person 007"));
    browser.press(ENTER).await;
    browser.find("dialog[open]").await;
    browser.press(ESCAPE).await;
    browser
        .wait_until(
            "the dialog closed",
            "return !document.querySelector('dialog[open]');",
        )
        .await;
    assert_eq!(browser.eval(label).await, json!("Deactivate Person 007"));
    browser.press(ENTER).await;
    browser.find("dialog[open]").await;
    let inside = "return document.activeElement.closest('dialog') !== null;";
    assert_eq!(
        browser.eval(inside).await,
        json!(true),
        "focus moves into the dialog"
    );
    browser.press(TAB).await;
    assert_eq!(
        browser
            .eval("return document.activeElement.textContent.trim();")
            .await,
        json!("Deactivate")
    );
    browser.press(ENTER).await;
    browser
        .find("button[aria-label='Activate Person 007']")
        .await;
    let active: bool = app
        .db
        .client
        .query_one(
            "select is_active from users where username = 'user007'",
            &[],
        )
        .await
        .expect("user007")
        .get(0);
    assert!(!active);
    assert_ne!(
        browser.eval("return document.activeElement.tagName;").await,
        json!("BODY"),
        "focus stays on the page's controls"
    );
    browser.close().await;
}

#[tokio::test]
async fn a_used_or_expired_link_says_so_when_opened_and_a_good_one_asks_for_the_password() {
    let app = spawn_app().await;
    let grace = create_user(&app, "grace", GOOD_PASSWORD, false).await;
    let secret = test_config(&[]).secret_key;
    let link = |purpose| {
        let token = mothra::auth::keys::generate();
        let hash = mothra::auth::keys::hash(&secret, &token);
        let db = &app.db.client;
        async move {
            mothra::db::accounts::create_link(
                db,
                grace,
                purpose,
                &hash,
                std::time::Duration::from_secs(3600),
            )
            .await
            .expect("a link");
            token
        }
    };
    let used = link(mothra::db::accounts::LinkPurpose::PasswordReset).await;
    run(&app, "update one_time_links set used_at = now()").await;
    let browser = Browser::open(&app.address).await;
    browser.goto(&format!("/reset-password/{used}")).await;
    browser
        .find_text(
            "[role=alert]",
            "This link has already been used. Ask for a new one.",
        )
        .await;
    assert!(browser
        .client
        .find(fantoccini::Locator::Css("input[name=new_password]"))
        .await
        .is_err());
    browser.click_text("main a", "Ask for a new link").await;
    browser
        .wait_location("/forgot-password", |l| l == "/forgot-password")
        .await;

    let expired = link(mothra::db::accounts::LinkPurpose::PasswordReset).await;
    run(
        &app,
        "update one_time_links set expires_at = now() - interval '1 minute' where used_at is null",
    )
    .await;
    browser.goto(&format!("/reset-password/{expired}")).await;
    browser
        .find_text("[role=alert]", "This link has expired")
        .await;

    let good = link(mothra::db::accounts::LinkPurpose::PasswordReset).await;
    browser.goto(&format!("/reset-password/{good}")).await;
    browser.find("input[name=new_password]").await;
    browser.close().await;
}

#[tokio::test]
async fn too_many_sign_in_attempts_say_how_many_minutes_to_wait() {
    let app = spawn_app().await;
    create_user(&app, "mia", GOOD_PASSWORD, false).await;
    let browser = Browser::open(&app.address).await;
    browser.goto("/sign-in").await;
    browser.fill("input[name=username]", "mia").await;
    let mut seen = String::new();
    for _ in 0..25 {
        browser
            .fill("input[name=password]", "not-the-password")
            .await;
        browser.click("form button[type=submit]").await;
        let alert = browser.find("[role=alert]").await;
        // Wait for this attempt's answer (the button is busy meanwhile).
        browser
            .wait_until(
                "the attempt is answered",
                "return !document.querySelector('form button[type=submit]').disabled;",
            )
            .await;
        seen = alert.text().await.unwrap_or_default();
        if seen.contains("Too many attempts") {
            break;
        }
    }
    assert!(
        seen.contains("Too many attempts. Try again in 15 minutes."),
        "{seen}"
    );
    assert!(!seen.contains("seconds"), "{seen}");
    browser.close().await;
}

#[tokio::test]
async fn a_missing_record_gets_a_not_found_page_with_a_way_back() {
    let app = spawn_app().await;
    seed(&app).await;
    let browser = Browser::open(&app.address).await;
    browser.sign_in("mia", GOOD_PASSWORD).await;

    browser.goto("/products/999999").await;
    browser.find_text("h1", "No such product").await;
    browser
        .find_text("main", "There is no product at /products/999999")
        .await;
    browser.click_text("main a", "All products").await;
    browser
        .wait_location("/products", |l| l == "/products")
        .await;
    browser.find_text("h1", "Products").await;

    browser.goto("/organizations?search=river&page=9").await;
    browser.find_text("h1", "Page not found").await;
    browser.click_text("main a", "Back to the first page").await;
    browser
        .wait_location("the first page", |l| l == "/organizations?search=river")
        .await;
    browser.find_text("main", "2 organizations").await;

    browser.goto("/no/such/page").await;
    browser.find_text("h1", "Page not found").await;
    browser.click_text("main a", "Home").await;
    browser.wait_location("/", |l| l == "/").await;
    browser.close().await;
}

#[tokio::test]
async fn ratings_read_as_words_and_fit_their_buttons_on_a_phone_and_the_amber_badge_reads_at_aa() {
    let app = spawn_app().await;
    let world = seed(&app).await;
    let browser = Browser::open_sized(&app.address, 390, 844).await;
    browser.sign_in("mia", GOOD_PASSWORD).await;

    // A review card: the word and number beside the face.
    browser
        .goto(&format!("/products/{}", world.math_quest))
        .await;
    let card = browser.find_text("article.review", "Works for us.").await;
    let text = card.text().await.expect("text");
    assert!(text.contains("Delighted") && text.contains("5/5"), "{text}");

    // The rating buttons: every label fits inside its button.
    browser
        .goto(&format!("/reviews/new?product={}", world.quizzly))
        .await;
    browser.find("fieldset.rating label.option").await;
    let overflowing = browser
        .eval(
            "return [...document.querySelectorAll('fieldset.rating label.option')].filter((label) => {
                 const box = label.getBoundingClientRect();
                 const word = label.querySelector('span').getBoundingClientRect();
                 return label.scrollWidth > label.clientWidth || word.left < box.left || word.right > box.right;
             }).map((label) => label.innerText);",
        )
        .await;
    assert_eq!(overflowing, json!([]), "labels wider than their buttons");

    // The amber NPS badge (33) and its "NPS" label reach 4.5:1.
    browser.goto("/products?search=quizzly").await;
    browser.find_text(".products .nps.mid", "33").await;
    let ratios = browser.eval(CONTRAST).await;
    for ratio in ratios.as_array().expect("ratios") {
        assert!(ratio.as_f64().unwrap_or_default() >= 4.5, "{ratios}");
    }
    let _ = (world.riverside, world.review);
    browser.close().await;
}

/// The contrast ratios of the amber badge's number and label against the
/// badge (opacity included), as WCAG computes them.
const CONTRAST: &str = "
    const rgb = (c) => c.match(/[\\d.]+/g).map(Number);
    const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
    const badge = document.querySelector('.products .nps.mid');
    const bg = rgb(getComputedStyle(badge).backgroundColor);
    return [badge.querySelector('strong'), badge.querySelector('.label')].map((el) => {
        const style = getComputedStyle(el);
        const alpha = Number(style.opacity);
        const fg = rgb(style.color).slice(0, 3).map((v, i) => v * alpha + bg[i] * (1 - alpha));
        const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
        return (a + 0.05) / (b + 0.05);
    });";

#[tokio::test]
async fn locations_are_chosen_with_plain_clicks_and_a_filter_box() {
    let app = spawn_app().await;
    seed(&app).await;
    let browser = Browser::open(&app.address).await;
    browser.sign_in("mia", GOOD_PASSWORD).await;

    browser.goto("/organizations/new").await;
    browser
        .fill("input[name=name]", "Summit Charter Network")
        .await;
    browser
        .select(
            "select[name=org_type]",
            "Charter School Management Organization",
        )
        .await;
    browser.click_text("fieldset label", "Oregon").await;
    browser.click_text("fieldset label", "Texas").await;
    browser.fill("fieldset input[type=search]", "new").await;
    browser.wait_gone("fieldset label", "Oregon").await;
    browser.click_text("fieldset label", "New Mexico").await;
    browser.find_text(".chosen", "New Mexico").await;
    browser.click("button[aria-label='Remove Texas']").await;
    browser.wait_gone(".chosen", "Texas").await;
    let chosen = browser
        .eval("return [...document.querySelectorAll('.chosen li')].map((li) => li.firstChild.textContent.trim());")
        .await;
    assert_eq!(chosen, json!(["New Mexico", "Oregon"]));
    browser.click_text("button", "Add organization").await;
    browser.find_text("h1", "Summit Charter Network").await;
    let states: Value = app
        .db
        .client
        .query_one(
            "select to_jsonb(array_agg(l.name order by l.name)) from organization_locations ol
             join locations l on l.id = ol.location_id
             join organizations o on o.id = ol.organization_id where o.name = 'Summit Charter Network'",
            &[],
        )
        .await
        .expect("stored")
        .get(0);
    assert_eq!(states, json!(["New Mexico", "Oregon"]));
    browser.close().await;
}
