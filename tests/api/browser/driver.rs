//! A headless Chromium driven through chromedriver, one per test: a free
//! port, a fresh profile directory, both cleaned up on drop. Helpers wait
//! for what a person would wait for (an element, a text, a URL).

use std::path::PathBuf;
use std::process::Stdio;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::json;
use tokio::process::{Child, Command};

/// How long any wait lasts before the test fails.
const PATIENCE: Duration = Duration::from_secs(15);

static PROFILES: AtomicUsize = AtomicUsize::new(0);

/// A browser pointed at one app.
pub struct Browser {
    /// The WebDriver session.
    pub client: Client,
    /// `http://127.0.0.1:<port>` of the app.
    pub base: String,
    driver: Child,
    driver_port: u16,
    session: String,
    profile: PathBuf,
}

/// A port nothing listens on right now.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

impl Browser {
    /// Starts chromedriver and a headless Chromium (1280×900) for `base`.
    pub async fn open(base: &str) -> Browser {
        Browser::open_sized(base, 1280, 900).await
    }

    /// As [`Browser::open`], with a window of `width`×`height`.
    pub async fn open_sized(base: &str, width: u32, height: u32) -> Browser {
        let port = free_port();
        let driver = Command::new("/usr/bin/chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("chromedriver starts");
        let profile = std::env::temp_dir().join(format!(
            "mothra-chromium-{}-{}",
            std::process::id(),
            PROFILES.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&profile);
        std::fs::create_dir_all(&profile).expect("profile directory");

        let args = vec![
            "--headless=new".to_string(),
            "--no-sandbox".into(),
            "--disable-gpu".into(),
            "--disable-dev-shm-usage".into(),
            "--disable-quic".into(),
            "--no-first-run".into(),
            "--disable-background-networking".into(),
            "--disable-component-update".into(),
            "--disable-sync".into(),
            "--hide-scrollbars".into(),
            "--force-color-profile=srgb".into(),
            "--force-prefers-reduced-motion".into(),
            format!("--window-size={width},{height}"),
            format!("--user-data-dir={}", profile.display()),
        ];
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".into(),
            json!({ "binary": "/usr/bin/chromium", "args": args }),
        );
        let url = format!("http://127.0.0.1:{port}");
        let started = Instant::now();
        let client = loop {
            match ClientBuilder::new(HttpConnector::new())
                .capabilities(caps.clone())
                .connect(&url)
                .await
            {
                Ok(client) => break client,
                Err(e) if started.elapsed() < PATIENCE => {
                    let _ = e;
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Err(e) => panic!("chromedriver did not start a session: {e}"),
            }
        };
        let session = client.session_id().await.ok().flatten().unwrap_or_default();
        Browser {
            client,
            base: base.to_string(),
            driver,
            driver_port: port,
            session,
            profile,
        }
    }

    /// Loads `path` of the app (a full page load, like typing the URL).
    pub async fn goto(&self, path: &str) {
        self.client
            .goto(&format!("{}{}", self.base, path))
            .await
            .expect("navigate");
    }

    /// Reloads the page.
    pub async fn reload(&self) {
        self.client.refresh().await.expect("reload");
    }

    /// Goes back one history entry.
    pub async fn back(&self) {
        self.client.back().await.expect("back");
    }

    /// The first element matching `css`, once there is one.
    pub async fn find(&self, css: &str) -> Element {
        self.client
            .wait()
            .at_most(PATIENCE)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no element {css}: {e}"))
    }

    /// Waits until an element matching `css` shows `text` (case-sensitive substring).
    pub async fn find_text(&self, css: &str, text: &str) -> Element {
        let started = Instant::now();
        let mut seen = Vec::new();
        loop {
            seen.clear();
            if let Ok(elements) = self.client.find_all(Locator::Css(css)).await {
                for element in elements {
                    if let Ok(t) = element.text().await {
                        if t.contains(text) {
                            return element;
                        }
                        seen.push(t);
                    }
                }
            }
            if started.elapsed() > PATIENCE {
                panic!("no {css} showing {text:?}; saw {seen:?}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until no element matching `css` shows `text`.
    pub async fn wait_gone(&self, css: &str, text: &str) {
        let started = Instant::now();
        loop {
            let mut found = false;
            if let Ok(elements) = self.client.find_all(Locator::Css(css)).await {
                for element in elements {
                    if element.text().await.is_ok_and(|t| t.contains(text)) {
                        found = true;
                    }
                }
            }
            if !found {
                return;
            }
            assert!(started.elapsed() < PATIENCE, "{css} still shows {text:?}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Clicks the first element matching `css`.
    pub async fn click(&self, css: &str) {
        self.find(css)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("click {css}: {e}"));
    }

    /// Clicks the first element matching `css` that shows `text` (a link or button by its label).
    pub async fn click_text(&self, css: &str, text: &str) {
        let element = self.find_text(css, text).await;
        element
            .click()
            .await
            .unwrap_or_else(|e| panic!("click {css} {text:?}: {e}"));
    }

    /// Replaces the value of the input matching `css` with `value`, as typed.
    pub async fn fill(&self, css: &str, value: &str) {
        let input = self.find(css).await;
        input.clear().await.expect("clear");
        // `clear` fires no input event; typing does (a space and Backspace for "").
        let keys = if value.is_empty() { " \u{E003}" } else { value };
        input.send_keys(keys).await.expect("type");
    }

    /// Selects the option whose label is `label` in the `<select>` matching
    /// `css`, once it has that option (a page fills its pickers from data it
    /// may still be loading).
    pub async fn select(&self, css: &str, label: &str) {
        self.find_text(&format!("{css} option"), label).await;
        let select = self.find(css).await;
        select
            .select_by_label(label)
            .await
            .unwrap_or_else(|e| panic!("select {label:?} in {css}: {e}"));
    }

    /// The value of the form control matching `css`.
    pub async fn value(&self, css: &str) -> String {
        self.find(css)
            .await
            .prop("value")
            .await
            .expect("value")
            .unwrap_or_default()
    }

    /// Waits until the form control matching `css` holds `expected` (values
    /// that come from data still loading settle a moment after the control).
    pub async fn wait_value(&self, css: &str, expected: &str) {
        let started = Instant::now();
        loop {
            let value = self.value(css).await;
            if value == expected {
                return;
            }
            assert!(
                started.elapsed() < PATIENCE,
                "{css} holds {value:?}, never {expected:?}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Path, query and hash of the current URL.
    pub async fn location(&self) -> String {
        let url = self.client.current_url().await.expect("current url");
        let mut out = url.path().to_string();
        if let Some(q) = url.query() {
            out.push('?');
            out.push_str(q);
        }
        out
    }

    /// Waits until the current location (path and query) satisfies `check`.
    pub async fn wait_location(&self, what: &str, check: impl Fn(&str) -> bool) -> String {
        let started = Instant::now();
        loop {
            let here = self.location().await;
            if check(&here) {
                return here;
            }
            assert!(
                started.elapsed() < PATIENCE,
                "the location never became {what}; it is {here}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Signs in through the sign-in page and waits to leave it.
    pub async fn sign_in(&self, username: &str, password: &str) {
        self.goto("/sign-in").await;
        self.fill("input[name=username]", username).await;
        self.fill("input[name=password]", password).await;
        self.click("form button[type=submit]").await;
        self.wait_location("away from /sign-in", |l| !l.starts_with("/sign-in"))
            .await;
    }

    /// The focused element as `tag#id[name]` ("body" when focus fell off
    /// the page), once a moment has passed for focus to settle.
    pub async fn focused(&self) -> String {
        tokio::time::sleep(Duration::from_millis(300)).await;
        let value = self
            .client
            .execute(
                "const e = document.activeElement;                  return e ? e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +                  (e.getAttribute('name') ? '[' + e.getAttribute('name') + ']' : '') : 'none';",
                vec![],
            )
            .await
            .expect("read the focused element");
        value.as_str().unwrap_or_default().to_owned()
    }

    /// Texts of every element matching `css` (none is an empty list).
    pub async fn texts(&self, css: &str) -> Vec<String> {
        let mut out = Vec::new();
        if let Ok(elements) = self.client.find_all(Locator::Css(css)).await {
            for element in elements {
                out.push(element.text().await.unwrap_or_default());
            }
        }
        out
    }

    /// Path and query of every API request this page load made so far
    /// (the browser's resource timing entries), in the order they started.
    pub async fn api_requests(&self) -> Vec<String> {
        let names = self
            .client
            .execute(
                "return performance.getEntriesByType('resource').map((e) => e.name)",
                vec![],
            )
            .await
            .expect("resource timing");
        names
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|n| n.as_str())
            .filter_map(|n| n.strip_prefix(&self.base))
            .filter(|n| n.starts_with("/api/"))
            .map(str::to_owned)
            .collect()
    }

    /// With `MOTHRA_SCREENSHOTS=1`, saves a PNG of the top of the page as
    /// `docs/screenshots/<name>.png`.
    pub async fn screenshot(&self, name: &str) {
        if std::env::var("MOTHRA_SCREENSHOTS").as_deref() != Ok("1") {
            return;
        }
        let _ = self
            .client
            .execute(
                "document.activeElement?.blur(); window.scrollTo(0, 0);",
                vec![],
            )
            .await;
        self.screenshot_here(name).await;
    }

    /// As [`Browser::screenshot`], of the page as it is scrolled now.
    pub async fn screenshot_here(&self, name: &str) {
        if std::env::var("MOTHRA_SCREENSHOTS").as_deref() != Ok("1") {
            return;
        }
        // Let images and fonts settle.
        tokio::time::sleep(Duration::from_millis(400)).await;
        let png = self.client.screenshot().await.expect("screenshot");
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/screenshots");
        std::fs::create_dir_all(&dir).expect("screenshot directory");
        std::fs::write(dir.join(format!("{name}.png")), png).expect("write screenshot");
    }

    /// Runs `script` (a function body; `return` gives the value) in the page.
    pub async fn eval(&self, script: &str) -> serde_json::Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// Runs `script` (a function body that calls `done(value)`) in the page
    /// and waits for its value (for promises: fetches, axe).
    pub async fn eval_async(&self, script: &str) -> serde_json::Value {
        let wrapped = format!("const done = arguments[arguments.length - 1]; {script}");
        self.client
            .execute_async(&wrapped, vec![])
            .await
            .unwrap_or_else(|e| panic!("async script failed: {e}\n{script}"))
    }

    /// Presses `keys` (WebDriver key codes, e.g. `"\u{E004}"` for Tab) on
    /// the focused element, as a keyboard would.
    pub async fn press(&self, keys: &str) {
        let focused = self
            .client
            .active_element()
            .await
            .expect("a focused element");
        focused.send_keys(keys).await.expect("keys");
    }

    /// Waits until `script` (a function body returning a boolean) is true.
    pub async fn wait_until(&self, what: &str, script: &str) {
        let started = Instant::now();
        loop {
            if self.eval(script).await == json!(true) {
                return;
            }
            assert!(started.elapsed() < PATIENCE, "never became true: {what}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Ends the WebDriver session (the browser quits), then chromedriver.
    pub async fn close(mut self) {
        if self.client.clone().close().await.is_ok() {
            self.session.clear();
        }
        let _ = self.driver.kill().await;
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

impl Drop for Browser {
    /// After a failed test: asks chromedriver (synchronously) to end the
    /// session so that Chromium quits, then kills chromedriver. Killing
    /// chromedriver alone would leave Chromium running.
    fn drop(&mut self) {
        if !self.session.is_empty() {
            end_session(self.driver_port, &self.session);
        }
        let _ = self.driver.start_kill();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

/// `DELETE /session/{id}` to chromedriver with a blocking socket (usable in `Drop`).
fn end_session(port: u16, session: &str) {
    use std::io::{Read, Write};
    let Ok(mut stream) = std::net::TcpStream::connect(("127.0.0.1", port)) else {
        return;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let request = format!(
        "DELETE /session/{session} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    );
    if stream.write_all(request.as_bytes()).is_ok() {
        let mut response = Vec::new();
        let _ = stream.read_to_end(&mut response);
    }
}
