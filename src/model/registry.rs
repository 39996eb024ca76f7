//! Every collection together, and what follows from their foreign keys: a
//! key is declared once, on the field holding it (`usages.product →
//! products`), and both the reverse relation it gives its target
//! (`products?usages__rating=5`) and the rows that block the target's
//! delete (409 `referenced_by`) are read from there, never restated.

use super::collection::{Collection, Field, Kind, OnDelete, Reference, Relation, Source};

/// Every collection, so that paths can cross from one to another.
#[derive(Debug, Clone, Copy)]
pub struct Registry(pub &'static [&'static Collection]);

impl Registry {
    /// The collection called `name`.
    pub fn find(&self, name: &str) -> Option<&'static Collection> {
        self.0.iter().copied().find(|c| c.name == name)
    }

    /// Every field of every collection, with its collection.
    pub fn fields(&self) -> impl Iterator<Item = (&'static Collection, &'static Field)> + '_ {
        self.0
            .iter()
            .flat_map(|c| c.fields.iter().map(move |f| (*c, f)))
    }

    /// The reverse relation of `at` called `name`: the foreign key of
    /// another collection that points at `at` and names it so.
    pub fn relation(&self, at: &Collection, name: &str) -> Option<Relation> {
        self.fields()
            .find_map(|(c, f)| match (f.kind, f.source, f.reverse) {
                (Kind::ForeignKey(to), Source::Column(column), Some(reverse))
                    if std::ptr::eq(to.0, at) && reverse == name =>
                {
                    Some(Relation {
                        name: reverse,
                        target: c,
                        column,
                    })
                }
                _ => None,
            })
    }

    /// What keeps a record of `target` from being deleted, one entry per
    /// referencing collection and table (in the registry's order, a row
    /// counting once however many of its keys match): every foreign key
    /// and join table pointing at it, and, through rows deleted with it
    /// ([`OnDelete::Cascade`]: a user's profile), what points at those.
    pub fn referenced_by(&self, target: &Collection) -> Vec<Reference> {
        let mut out: Vec<Reference> = Vec::new();
        let mut push = |reference: Reference| {
            let same = out.iter_mut().find(|r| {
                r.collection == reference.collection
                    && r.table == reference.table
                    && r.through == reference.through
            });
            match same {
                Some(r) => r.columns.extend(reference.columns),
                None => out.push(reference),
            }
        };
        for (c, f) in self.fields() {
            match (f.kind, f.source) {
                (Kind::ForeignKey(to), Source::Column(column)) if std::ptr::eq(to.0, target) => {
                    match f.on_delete {
                        OnDelete::Protect => push(Reference {
                            collection: c.name,
                            table: c.table,
                            columns: vec![column],
                            through: None,
                        }),
                        // One level deep: the SQL counts rows pointing at
                        // rows of `c` that point at the target.
                        OnDelete::Cascade => {
                            for r in self.referenced_by(c) {
                                debug_assert!(r.through.is_none(), "one cascade level");
                                push(Reference {
                                    through: Some((c.table, column)),
                                    ..r
                                });
                            }
                        }
                        OnDelete::SetNull => {}
                    }
                }
                (Kind::ManyToMany(to), Source::Join { table, other, .. })
                    if std::ptr::eq(to.0, target) =>
                {
                    push(Reference {
                        collection: c.name,
                        table,
                        columns: vec![other],
                        through: None,
                    })
                }
                _ => {}
            }
        }
        out
    }
}
