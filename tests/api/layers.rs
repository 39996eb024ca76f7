//! One direction of imports (issue 12, item 1): the layers written at the
//! top of `src/lib.rs` are the rule, and every `crate::` path in `src/` is
//! checked against it. A module may use the modules on lines below its
//! own; one on its own line or above is a failure. No exception list.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Module → layer (1 is the top), from the numbered list under
/// "# Layers, top to bottom" in `src/lib.rs`.
fn layers(lib: &str) -> BTreeMap<String, usize> {
    let mut layers = BTreeMap::new();
    let section = lib
        .split("//! # Layers, top to bottom")
        .nth(1)
        .expect("src/lib.rs has a \"# Layers, top to bottom\" section");
    // The rest of the heading's line, then the section's doc lines.
    for line in section.lines().skip(1).take_while(|l| l.starts_with("//!")) {
        let text = line.trim_start_matches("//!").trim_start();
        let Some((number, rest)) = text.split_once(". ") else {
            continue;
        };
        let Ok(layer) = number.parse::<usize>() else {
            continue;
        };
        let names = rest.split(':').next().unwrap_or_default();
        for name in names.split(',') {
            let name = name.trim().trim_matches('`');
            assert!(!name.is_empty(), "an empty module name in layer {layer}");
            assert!(
                layers.insert(name.to_owned(), layer).is_none(),
                "{name} is listed twice"
            );
        }
    }
    layers
}

/// The top-level modules `src/lib.rs` declares.
fn declared_modules(lib: &str) -> BTreeSet<String> {
    lib.lines()
        .filter_map(|l| l.trim().strip_prefix("pub mod "))
        .map(|l| l.trim_end_matches(';').to_owned())
        .collect()
}

/// The top-level modules a line of code names through `crate::`
/// (`crate::db::Pool`, `crate::{api, web}`, `$crate::model::...`).
fn named_modules(line: &str) -> Vec<String> {
    let mut names = Vec::new();
    for (i, _) in line.match_indices("crate::") {
        let rest = &line[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // Top-level names of the group only (`{api, db::{Pool, Target}}`).
            let mut depth = 0;
            let mut item = String::new();
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        names.extend(leading_name(&item));
                        item.clear();
                    }
                    _ if depth == 0 => item.push(c),
                    _ => {}
                }
            }
            names.extend(leading_name(&item));
        } else {
            names.extend(leading_name(rest));
        }
    }
    names
}

/// The identifier `text` starts with (after white space), if any.
fn leading_name(text: &str) -> Option<String> {
    let name: String = text
        .trim_start()
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    (!name.is_empty()).then_some(name)
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable src/") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a file of `src/` belongs to (`None` for the crate
/// roots).
fn module_of(file: &Path) -> Option<String> {
    let relative = file.strip_prefix(src()).expect("under src/");
    let first = relative.components().next()?.as_os_str().to_str()?;
    let name = first.trim_end_matches(".rs");
    (!matches!(name, "lib" | "main")).then(|| name.to_owned())
}

#[test]
fn every_module_uses_only_the_layers_below_its_own() {
    let lib = std::fs::read_to_string(src().join("lib.rs")).expect("src/lib.rs");
    let layers = layers(&lib);
    let declared = declared_modules(&lib);
    let listed: BTreeSet<String> = layers.keys().cloned().collect();
    assert_eq!(
        listed, declared,
        "every module src/lib.rs declares must be on exactly one layer line"
    );

    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let mut upward = Vec::new();
    let mut checked = 0;
    for file in &files {
        let Some(module) = module_of(file) else {
            continue;
        };
        let own = layers[&module];
        let text = std::fs::read_to_string(file).expect("a source file");
        for (number, line) in text.lines().enumerate() {
            let code = line.trim_start();
            if code.starts_with("//") {
                continue;
            }
            for used in named_modules(code) {
                checked += 1;
                if used == module {
                    continue;
                }
                let Some(&theirs) = layers.get(&used) else {
                    panic!(
                        "{}:{}: crate::{used} is not a module",
                        file.display(),
                        number + 1
                    );
                };
                if theirs <= own {
                    upward.push(format!(
                        "{}:{}: {module} (layer {own}) uses {used} (layer {theirs})",
                        file.display(),
                        number + 1
                    ));
                }
            }
        }
    }
    assert!(
        checked > 100,
        "only {checked} crate:: paths found: the scan is broken"
    );
    assert!(
        upward.is_empty(),
        "imports against the layers of src/lib.rs:\n{}",
        upward.join("\n")
    );
}

#[test]
fn the_scan_reads_paths_groups_and_macros() {
    assert_eq!(named_modules("use crate::db::Pool;"), ["db"]);
    assert_eq!(
        named_modules("use crate::{api, db::{Pool, Target}, web};"),
        ["api", "db", "web"]
    );
    assert_eq!(
        named_modules("permissions: $crate::model::permissions::Permissions::REFERENCE,"),
        ["model"]
    );
    let lib = "//! # Layers, top to bottom\n//!\n//! 1. `cli`: x.\n//! 2. `app`, `superuser`: y,\n//!    z.\n";
    let layers = layers(lib);
    assert_eq!(layers["cli"], 1);
    assert_eq!(layers["superuser"], 2);
    assert_eq!(layers.len(), 3);
}
