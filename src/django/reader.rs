//! Reading a `manage.py dumpdata` document one object at a time: the file
//! is never held whole, so memory stays bounded whatever its size, and a
//! document that breaks off or is not JSON is reported with its position.

use std::io::Read;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use serde::de::{Deserializer, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::{Map, Value};

/// One object of the document.
#[derive(Debug, Deserialize)]
pub struct Object {
    /// `app_label.model_name`, as Django writes it.
    pub model: String,
    /// Absent in a `--natural-primary` dump of a model with a natural key.
    #[serde(default)]
    pub pk: Option<Value>,
    /// The fields (foreign keys as ids, or as natural keys with `--natural-foreign`).
    #[serde(default)]
    pub fields: Map<String, Value>,
}

/// A reader that counts the bytes read through it, for progress.
pub struct Counted<R> {
    inner: R,
    read: Arc<AtomicU64>,
}

impl<R: Read> Counted<R> {
    /// Counts into `read`.
    pub fn new(inner: R, read: Arc<AtomicU64>) -> Self {
        Counted { inner, read }
    }
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Calls `each` with every object of the document in `reader`, in order,
/// with its position (1-based); stops at the first error, its own or
/// `each`'s. Returns how many objects there were.
pub fn for_each_object<R: Read>(
    reader: R,
    mut each: impl FnMut(u64, Object) -> Result<(), String>,
) -> Result<u64, String> {
    let mut deserializer = serde_json::Deserializer::from_reader(reader);
    let mut position = 0;
    let visitor = Objects {
        each: &mut each,
        position: &mut position,
    };
    let outcome = deserializer
        .deserialize_seq(visitor)
        .and_then(|count| deserializer.end().map(|()| count));
    outcome.map_err(|e| describe(&e, position))
}

/// serde's error, said for a person: where the document broke, and what
/// was expected there.
fn describe(e: &serde_json::Error, position: u64) -> String {
    use serde_json::error::Category;
    let at = format!("line {} column {}", e.line(), e.column());
    match e.classify() {
        Category::Eof => format!(
            "the document ends early, at {at}, inside object {}: it was cut off (a dump still being written, or a failed copy?)",
            position + 1
        ),
        Category::Syntax => format!("the document is not valid JSON at {at}: {e}"),
        Category::Data if position == 0 && e.to_string().contains("expected a JSON array") => {
            format!("the document is not a dumpdata document: {e}")
        }
        Category::Data => format!("object {} is not a dumpdata object ({{model, pk, fields}}): {e}", position + 1),
        Category::Io => format!("cannot read the document: {e}"),
    }
}

struct Objects<'a, F> {
    each: &'a mut F,
    position: &'a mut u64,
}

impl<'de, F: FnMut(u64, Object) -> Result<(), String>> Visitor<'de> for Objects<'_, F> {
    type Value = u64;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON array of dumpdata objects")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<u64, A::Error> {
        while let Some(object) = seq.next_element::<Object>()? {
            *self.position += 1;
            (self.each)(*self.position, object).map_err(serde::de::Error::custom)?;
        }
        Ok(*self.position)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<Vec<(u64, String)>, String> {
        let mut seen = Vec::new();
        for_each_object(text.as_bytes(), |n, o| {
            seen.push((n, o.model));
            Ok(())
        })?;
        Ok(seen)
    }

    #[test]
    fn objects_come_one_at_a_time_in_order() {
        let seen = read(
            r#"[{"model": "a.b", "pk": 1, "fields": {}}, {"model": "c.d", "fields": {"x": 1}}]"#,
        )
        .unwrap();
        assert_eq!(seen, vec![(1, "a.b".into()), (2, "c.d".into())]);
    }

    #[test]
    fn a_cut_off_document_says_where_it_ends() {
        let e = read(r#"[{"model": "a.b", "pk": 1, "fields": {}}, {"model": "c"#).unwrap_err();
        assert!(e.contains("ends early"), "{e}");
        assert!(e.contains("line 1"), "{e}");
        assert!(e.contains("object 2"), "{e}");
    }

    #[test]
    fn an_object_is_not_a_dumpdata_document() {
        let e = read(r#"{"format": "something"}"#).unwrap_err();
        assert!(e.contains("not a dumpdata document"), "{e}");
    }

    #[test]
    fn a_wrong_element_is_named_by_its_position() {
        let e = read(r#"[{"model": "a.b", "fields": {}}, 5]"#).unwrap_err();
        assert!(e.contains("object 2"), "{e}");
    }

    #[test]
    fn trailing_text_after_the_array_is_an_error() {
        assert!(read(r#"[] x"#).is_err());
    }
}
