//! The views that help a member decide (issue 13, items 1, 2 and 4), in
//! headless Chromium, used by `dora`, an ordinary member (not staff):
//! compare products picked on the list, grown by search (also by keyboard
//! alone, with the shared product picker), kept in the URL
//! over a reload and a cohort; a product's alternatives, one click from a
//! comparison; her organization's data-flow matrix from her own page; the
//! community's data flows by domain. Then the same views over `mothra
//! demo`'s data, as its member `demo`: with `MOTHRA_SCREENSHOTS=1` that test
//! saves docs/screenshots/compare.png, alternatives.png,
//! organization-data-flows.png and data-flows.png for the README.

use crate::browser::driver::Browser;
use crate::helpers::{insert_member, spawn_app, TestApp};

const PASSWORD: &str = "correct-horse-battery-staple-42";

/// Products, organizations and reviews:
/// - Springfield (a public school district in Oregon; Dora's) and Capital
///   Charters (a charter network in Texas).
/// - Assessment: Quill and Abacus (subject Math), Beacon and Easel.
/// - Quill: Dora's 5 (data in by API) and two more 5s from Springfield (in
///   by API and nothing; out by CSV upload once); Abacus: three 5s from
///   Capital; Beacon: three 4s from Springfield (in by SFTP); Easel: one 5
///   from Springfield.
struct Scene {
    app: TestApp,
    dora_profile: i64,
    springfield: i64,
    quill: i64,
    abacus: i64,
    beacon: i64,
    easel: i64,
}

async fn one(app: &TestApp, sql: String) -> i64 {
    app.db
        .client
        .query_one(sql.as_str(), &[])
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
        .get(0)
}

async fn scene() -> Scene {
    let app = spawn_app().await;
    let assessment = one(
        &app,
        "insert into domains (name, color) values ('Assessment', '#2563eb') returning id".into(),
    )
    .await;
    let math = one(
        &app,
        "insert into subjects (name) values ('Math') returning id".into(),
    )
    .await;
    let pilot = one(
        &app,
        "insert into usage_types (name) values ('Pilot') returning id".into(),
    )
    .await;
    let mut interfaces = Vec::new();
    for name in ["API", "CSV upload", "SFTP"] {
        interfaces.push(
            one(
                &app,
                format!("insert into data_interfaces (name) values ('{name}') returning id"),
            )
            .await,
        );
    }
    let (api, csv, sftp) = (interfaces[0], interfaces[1], interfaces[2]);
    let mut orgs = Vec::new();
    for (name, kind, state) in [
        ("Springfield", "Public School District", "OR"),
        (
            "Capital Charters",
            "Charter School Management Organization",
            "TX",
        ),
    ] {
        let org = one(
            &app,
            format!(
                "insert into organizations (name, size, org_type_id) \
                 select '{name}', 12, id from org_types where name = '{kind}' returning id"
            ),
        )
        .await;
        one(
            &app,
            format!(
                "insert into organization_locations (organization_id, location_id) \
                 select {org}, id from locations where abbreviation = '{state}' returning location_id"
            ),
        )
        .await;
        orgs.push(org);
    }
    let (springfield, capital) = (orgs[0], orgs[1]);
    let mut products = Vec::new();
    for (name, subject) in [
        ("Quill", Some(math)),
        ("Abacus", Some(math)),
        ("Beacon", None),
        ("Easel", None),
    ] {
        let subject = subject.map_or("null".to_owned(), |s| s.to_string());
        products.push(
            one(
                &app,
                format!("insert into products (name, domain_id, subject_id) values ('{name}', {assessment}, {subject}) returning id"),
            )
            .await,
        );
    }
    let (quill, abacus, beacon, easel) = (products[0], products[1], products[2], products[3]);

    let dora = insert_member(&app.db.client, "dora", false, Some(springfield)).await;
    let hash = mothra::auth::password::hash_here(PASSWORD).expect("hash");
    app.db
        .client
        .execute(
            "update users set password_hash = $1 where id = $2",
            &[&hash, &dora.user_id],
        )
        .await
        .expect("dora's password");
    let r = Review { app: &app, pilot };
    r.by(
        Some(dora.profile_id),
        quill,
        springfield,
        5,
        Some(api),
        None,
    )
    .await;
    r.by(None, quill, springfield, 5, Some(api), Some(csv))
        .await;
    r.by(None, quill, springfield, 5, None, None).await;
    for _ in 0..3 {
        r.by(None, abacus, capital, 5, None, None).await;
        r.by(None, beacon, springfield, 4, Some(sftp), None).await;
    }
    r.by(None, easel, springfield, 5, None, None).await;
    Scene {
        app,
        dora_profile: dora.profile_id,
        springfield,
        quill,
        abacus,
        beacon,
        easel,
    }
}

/// Writes reviews, each by a new member of the organization unless a
/// profile is given.
struct Review<'a> {
    app: &'a TestApp,
    pilot: i64,
}

impl Review<'_> {
    #[allow(clippy::too_many_arguments)]
    async fn by(
        &self,
        profile: Option<i64>,
        product: i64,
        org: i64,
        rating: i16,
        push: Option<i64>,
        pull: Option<i64>,
    ) {
        let db = &self.app.db.client;
        let reviewer = match profile {
            Some(p) => p,
            None => {
                let n: i64 = db
                    .query_one("select count(*) from usages", &[])
                    .await
                    .expect("count")
                    .get(0);
                insert_member(db, &format!("m{n:02}"), false, Some(org))
                    .await
                    .profile_id
            }
        };
        db.execute(
            "insert into usages (product_id, organization_id, reviewer_id, usage_type_id, how_push_id, \
             how_pull_id, rating, review) values ($1, $2, $3, $4, $5, $6, $7, 'Fine.')",
            &[&product, &org, &reviewer, &self.pilot, &push, &pull, &rating],
        )
        .await
        .expect("review");
    }
}

/// Ticks the "Compare" box of the product card named `name`.
async fn pick(browser: &Browser, name: &str) {
    browser.find_text("li.product", name).await;
    browser
        .eval(&format!(
            "[...document.querySelectorAll('li.product')]
                .find((li) => li.querySelector('h2').textContent.trim() === '{name}')
                .querySelector('label.pick input').click(); return true;"
        ))
        .await;
}

#[tokio::test]
async fn a_member_compares_products_sees_alternatives_and_follows_how_data_flows() {
    let s = scene().await;
    let browser = Browser::open(&s.app.address).await;
    browser.sign_in("dora", PASSWORD).await;

    // Compare: two products picked on the list.
    browser.goto("/products").await;
    pick(&browser, "Quill").await;
    browser.find_text(".compare-bar", "Pick one more").await;
    pick(&browser, "Beacon").await;
    browser
        .click_text(".compare-bar a", "Compare 2 products")
        .await;
    let (q, b, e) = (s.quill, s.beacon, s.easel);
    browser
        .wait_location("the comparison", |l| {
            l == format!("/compare?products={q},{b}")
        })
        .await;
    browser.find_text("table.compare thead", "Beacon").await;
    browser.find_text("table.compare", "API (2)").await;
    browser.find_text("table.compare", "SFTP (3)").await;
    browser.find_text("table.compare", "CSV upload (1)").await;

    // A third one by search; the URL keeps it over a reload.
    browser.fill("#compare-search", "Easel").await;
    browser.click_text(".matches li", "Easel").await;
    browser.click(".matches button").await;
    browser
        .wait_location("three products", |l| {
            l == format!("/compare?products={q},{b},{e}")
        })
        .await;
    browser.reload().await;
    browser.find_text("table.compare thead", "Easel").await;

    // A cohort: charter networks reviewed none of them; everyone's NPS stays beside it.
    browser
        .select(
            "#compare-cohort-type",
            "Charter School Management Organization",
        )
        .await;
    browser
        .wait_location("a cohort", |l| l.contains("org_type="))
        .await;
    browser.find_text("table.compare", "NPS (everyone)").await;
    browser.find_text("table.compare", "0 reviews").await;
    browser
        .select("#compare-cohort-type", "all organization types")
        .await;
    browser.wait_gone("table.compare", "NPS (everyone)").await;

    browser.click("button[aria-label='Remove Easel']").await;
    browser
        .wait_location("Easel removed", |l| {
            l == format!("/compare?products={q},{b}")
        })
        .await;

    // Alternatives on Quill's page: Abacus shares its subject, but no
    // organization like Springfield reviewed it.
    browser.goto(&format!("/products/{q}")).await;
    browser
        .find_text(
            "#alternatives-title + p, section",
            "Ranked by NPS among organizations like Springfield",
        )
        .await;
    let abacus = browser.find_text("ol.alternatives li", "Abacus").await;
    let text = abacus.text().await.expect("text");
    assert!(
        text.contains("Same subject") && text.contains("Too few reviews"),
        "{text}"
    );
    browser.find_text("ol.alternatives li", "Beacon").await;
    browser
        .click(&format!(
            "ol.alternatives a[href='/compare?products={q},{}']",
            s.abacus
        ))
        .await;
    browser
        .wait_location("Quill and Abacus compared", |l| {
            l == format!("/compare?products={q},{}", s.abacus)
        })
        .await;
    browser.find_text("table.compare thead", "Abacus").await;

    // Her organization's data flows, from her own page.
    browser.goto(&format!("/members/{}", s.dora_profile)).await;
    browser
        .click_text("a", "How data flows at Springfield")
        .await;
    browser
        .wait_location("Springfield", |l| {
            l == format!("/organizations/{}", s.springfield)
        })
        .await;
    let quill_row = browser.find_text("table.matrix tr", "Quill").await;
    let row = quill_row.text().await.expect("text");
    assert!(row.contains("in ×2") && row.contains("out"), "{row}");
    browser.find_text("table.matrix tr", "Beacon").await;

    // The community's data flows, by domain.
    browser
        .click_text("a", "How other organizations connect their products")
        .await;
    browser
        .wait_location("/data-flows", |l| l == "/data-flows")
        .await;
    browser.find_text("table.flows", "Quill").await;
    browser.select("#flows-domain", "Assessment").await;
    browser
        .wait_location("a domain", |l| l.starts_with("/data-flows?domain="))
        .await;
    browser.find_text(".count", "2 products").await;
    browser.close().await;
}

/// Scrolls the element with `id` to the top of the window.
async fn scroll_to(browser: &Browser, id: &str) {
    browser
        .eval(&format!(
            "document.getElementById('{id}').scrollIntoView(); return true;"
        ))
        .await;
}

#[tokio::test]
async fn a_member_adds_a_product_to_a_comparison_with_the_picker_by_keyboard() {
    let s = scene().await;
    let browser = Browser::open(&s.app.address).await;
    browser.sign_in("dora", PASSWORD).await;
    let (q, b, e) = (s.quill, s.beacon, s.easel);
    browser.goto(&format!("/compare?products={q},{b}")).await;
    browser.find_text("table.compare thead", "Beacon").await;

    // The label names the picker's search box; from there, keys only.
    browser
        .eval("document.querySelector('label[for=compare-search]').click(); return true;")
        .await;
    assert_eq!(browser.focused().await, "input#compare-search");
    browser.press("Eas").await;
    browser.find("button[aria-label='Add Easel']").await;
    browser.press("\u{E004}").await; // Tab
    assert_eq!(browser.focused().await, "button");
    browser.press("\u{E007}").await; // Enter
    browser
        .wait_location("three products", |l| {
            l == format!("/compare?products={q},{b},{e}")
        })
        .await;
    browser.find_text("table.compare thead", "Easel").await;
    // Back in the search box for the next one.
    assert_eq!(browser.focused().await, "input#compare-search");

    // Products already compared are not offered again.
    browser.press("Quill").await;
    browser
        .find_text(".add", "Only products already chosen match")
        .await;
    browser.close().await;
}

#[tokio::test]
async fn the_demo_data_gives_each_decide_view_something_real() {
    let app = crate::browser_demo::demo_app().await;
    let db = &app.db.client;
    let ids = |sql: &'static str| async move {
        db.query(sql, &[])
            .await
            .expect(sql)
            .iter()
            .map(|r| r.get::<_, i64>(0))
            .collect::<Vec<i64>>()
    };
    // The three most reviewed products, and the demo member's organization.
    let top = ids("select product_id from usages group by product_id order by count(*) desc, product_id limit 3").await;
    let org = ids("select p.organization_id from profiles p join users u on u.id = p.user_id where u.username = 'demo'").await[0];
    let list = top.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    let browser = Browser::open(&app.address).await;
    browser.sign_in("demo", "mothra-demo").await;

    browser.goto(&format!("/compare?products={list}")).await;
    browser.find_text("table.compare", "Data in by").await;
    let table = browser
        .find("table.compare")
        .await
        .text()
        .await
        .expect("text");
    for interface in ["API", "SFTP", "OneRoster", "Clever"] {
        assert!(table.contains(interface), "{interface} in {table}");
    }
    assert!(table.contains("stopped using it"), "{table}");
    browser.screenshot("compare").await;

    browser.goto(&format!("/products/{}", top[0])).await;
    browser
        .find_text("section", "Ranked by NPS among organizations like")
        .await;
    browser.find("ol.alternatives li").await;
    scroll_to(&browser, "alternatives-title").await;
    browser.screenshot_here("alternatives").await;

    browser.goto(&format!("/organizations/{org}")).await;
    browser.find("table.matrix td .flow").await;
    scroll_to(&browser, "data-flows-title").await;
    browser.screenshot_here("organization-data-flows").await;

    browser.goto("/data-flows").await;
    browser.find_text("table.flows", "API").await;
    browser.screenshot("data-flows").await;
    browser.close().await;
}
