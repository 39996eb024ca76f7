//! What an import of a Django dump did, or would do, said for the person
//! running it: per model what was read and loaded, what was not carried,
//! every mend (grouped, with examples), every refused row, and every row
//! that depends on one.

use std::collections::BTreeMap;
use std::fmt;

use super::objects::Mend;
use crate::db::django::{self as stages, Dependent, Fate, Refusal, Stage};

/// How many examples of one kind of mend the report shows.
const EXAMPLES: usize = 3;

/// Mends of one kind (model, field, what was done), counted.
#[derive(Debug, Default, Clone)]
pub struct Mends {
    kinds: BTreeMap<(&'static str, String, &'static str), (u64, Vec<String>)>,
}

impl Mends {
    /// Counts `mend`, keeping it as an example while there are few.
    pub fn add(&mut self, mend: Mend) {
        let (count, examples) = self
            .kinds
            .entry((mend.model, mend.field, mend.what))
            .or_default();
        *count += 1;
        if examples.len() < EXAMPLES {
            examples.push(mend.example);
        }
    }
}

/// The whole account of one import.
#[derive(Debug, Default)]
pub struct Report {
    /// Objects in the document.
    pub objects: u64,
    /// Per carried model, in load order.
    pub fates: Vec<(Stage, Fate)>,
    /// Models Mothra does not carry, with their object counts.
    pub not_carried: BTreeMap<String, u64>,
    /// What was mended.
    pub mends: Mends,
    /// Every refused row.
    pub refusals: Vec<Refusal>,
    /// Every row that depends on a refused or left-out row.
    pub dependents: Vec<Dependent>,
}

impl Report {
    /// Rows refused for their own values.
    pub fn refused(&self) -> i64 {
        self.fates.iter().map(|(_, f)| f.refused).sum()
    }
}

fn thousands(n: impl Into<i128>) -> String {
    let digits = n.into().to_string();
    let (sign, digits) = match digits.strip_prefix('-') {
        Some(rest) => ("-", rest.to_owned()),
        None => ("", digits),
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    format!("{sign}{out}")
}

fn pk(pk: &Option<String>) -> String {
    pk.as_deref()
        .map_or_else(|| "(no pk)".to_owned(), |p| format!("pk {p}"))
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} objects in the document", thousands(self.objects))?;
        writeln!(
            f,
            "  {:<24} {:>8} {:>8} {:>8} {:>10}",
            "model", "read", "load", "refused", "dependent"
        )?;
        for (stage, fate) in &self.fates {
            let mut line = format!(
                "  {:<24} {:>8} {:>8} {:>8} {:>10}",
                stage.model,
                thousands(fate.read),
                thousands(fate.loaded),
                thousands(fate.refused),
                thousands(fate.dependent)
            );
            if let Some(by) = stages::matched_by(*stage) {
                if fate.loaded > 0 {
                    line.push_str(&format!(
                        "  ({} matched onto Mothra's rows by {by}, {} added",
                        thousands(fate.matched),
                        thousands((fate.loaded - fate.matched).max(0)),
                    ));
                    if fate.merged > 0 {
                        line.push_str(&format!(
                            ", {} merged into an earlier row with the same {by}",
                            thousands(fate.merged)
                        ));
                    }
                    line.push(')');
                }
            }
            writeln!(f, "{line}")?;
        }
        if !self.not_carried.is_empty() {
            let listed: Vec<String> = self
                .not_carried
                .iter()
                .map(|(model, n)| format!("{model} {}", thousands(*n)))
                .collect();
            writeln!(
                f,
                "Not carried (Mothra keeps no such data): {}",
                listed.join(", ")
            )?;
        }
        if !self.mends.kinds.is_empty() {
            writeln!(f, "Mended:")?;
            for ((model, field, what), (count, examples)) in &self.mends.kinds {
                writeln!(f, "  {model} {field}: {} {what}", thousands(*count))?;
                for example in examples {
                    writeln!(f, "      {example}")?;
                }
                if *count as usize > examples.len() {
                    writeln!(
                        f,
                        "      and {} more",
                        thousands(*count - examples.len() as u64)
                    )?;
                }
            }
        }
        if !self.refusals.is_empty() {
            writeln!(f, "Refused:")?;
            for r in &self.refusals {
                let field = r.field.as_deref().unwrap_or("-");
                match &r.value {
                    Some(value) => writeln!(
                        f,
                        "  {} {} {field} = {value}: {}",
                        r.model,
                        pk(&r.pk),
                        r.reason
                    )?,
                    None => writeln!(f, "  {} {} {field}: {}", r.model, pk(&r.pk), r.reason)?,
                }
            }
        }
        if !self.dependents.is_empty() {
            writeln!(f, "Depending on refused or left-out rows:")?;
            for d in &self.dependents {
                writeln!(f, "  {} {}: {}", d.model, pk(&d.pk), d.reason)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_by_thousands() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(46_005), "46,005");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn mends_of_one_kind_are_counted_with_a_few_examples() {
        let mut mends = Mends::default();
        for n in 0..5 {
            mends.add(Mend {
                model: "accounts.location",
                field: "name".into(),
                what: "surrounding spaces trimmed",
                example: format!("pk {n}"),
            });
        }
        let report = Report {
            mends,
            ..Report::default()
        };
        let text = report.to_string();
        assert!(
            text.contains("accounts.location name: 5 surrounding spaces trimmed"),
            "{text}"
        );
        assert!(text.contains("and 2 more"), "{text}");
    }
}
