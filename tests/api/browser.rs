//! End-to-end tests of the web app in headless Chromium (through
//! chromedriver): real clicks on the pages the binary serves, against the
//! real API and a database of its own, asserting what a person sees. The
//! tests are in `browser_<page>.rs`; here are what they share: the driver
//! and the scenario most of them start from. (The README's screenshots
//! come from `browser_demo`, over `mothra demo`'s data.)

pub mod driver;
pub mod scenario;
