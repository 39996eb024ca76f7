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
    fn fields(&self) -> impl Iterator<Item = (&'static Collection, &'static Field)> + '_ {
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

#[cfg(test)]
mod tests {
    use crate::api::collections::REGISTRY;
    use crate::model::collection::{Kind, Reference, Source};

    fn reference(
        collection: &'static str,
        table: &'static str,
        columns: &[&'static str],
    ) -> Reference {
        Reference {
            collection,
            table,
            columns: columns.to_vec(),
            through: None,
        }
    }

    fn referenced_by(name: &str) -> Vec<Reference> {
        REGISTRY.referenced_by(REGISTRY.find(name).expect("declared"))
    }

    #[test]
    fn deletes_are_blocked_by_every_key_pointing_at_the_record() {
        assert_eq!(
            referenced_by("domains"),
            [reference("products", "products", &["domain_id"])]
        );
        assert_eq!(
            referenced_by("subjects"),
            [reference("products", "products", &["subject_id"])]
        );
        assert_eq!(
            referenced_by("grades"),
            [reference(
                "organizations",
                "organization_grades",
                &["grade_id"]
            )]
        );
        assert_eq!(
            referenced_by("locations"),
            [reference(
                "organizations",
                "organization_locations",
                &["location_id"]
            )]
        );
        assert_eq!(
            referenced_by("orgtypes"),
            [reference(
                "organizations",
                "organizations",
                &["org_type_id"]
            )]
        );
        assert_eq!(
            referenced_by("usagetypes"),
            [reference("usages", "usages", &["usage_type_id"])]
        );
        assert_eq!(
            referenced_by("data_interfaces"),
            [reference(
                "usages",
                "usages",
                &["how_push_id", "how_pull_id"]
            )]
        );
        // A review naming the product as its replacement counts too.
        assert_eq!(
            referenced_by("products"),
            [reference(
                "usages",
                "usages",
                &["product_id", "replaced_by"]
            )]
        );
        assert_eq!(
            referenced_by("organizations"),
            [
                reference("profiles", "profiles", &["organization_id"]),
                reference("usages", "usages", &["organization_id"]),
            ]
        );
        assert_eq!(
            referenced_by("profiles"),
            [reference("usages", "usages", &["reviewer_id"])]
        );
        assert_eq!(referenced_by("usages"), []);
    }

    #[test]
    fn a_user_is_blocked_by_the_reviews_of_the_profile_deleted_with_them() {
        assert_eq!(
            referenced_by("users"),
            [Reference {
                through: Some(("profiles", "user_id")),
                ..reference("usages", "usages", &["reviewer_id"])
            }]
        );
    }

    #[test]
    fn reverse_relations_come_from_the_keys_that_name_them() {
        let relation = |at: &str, name: &str| {
            let at = REGISTRY.find(at).expect("declared");
            REGISTRY
                .relation(at, name)
                .map(|r| (r.target.name, r.column))
        };
        assert_eq!(
            relation("products", "usages"),
            Some(("usages", "product_id"))
        );
        assert_eq!(
            relation("organizations", "usages"),
            Some(("usages", "organization_id"))
        );
        assert_eq!(
            relation("organizations", "profiles"),
            Some(("profiles", "organization_id"))
        );
        assert_eq!(
            relation("profiles", "usages"),
            Some(("usages", "reviewer_id"))
        );
        assert_eq!(relation("users", "profile"), Some(("profiles", "user_id")));
        assert_eq!(relation("domains", "products"), None);
        assert_eq!(relation("users", "usages"), None);
    }

    #[test]
    fn join_tables_belong_to_many_to_many_fields_only() {
        for (c, f) in REGISTRY.fields() {
            if let Source::Join { .. } = f.source {
                assert!(
                    matches!(f.kind, Kind::ManyToMany(_)),
                    "{}.{}",
                    c.name,
                    f.name
                );
            }
        }
    }

    #[test]
    fn every_key_points_at_a_registered_collection_and_names_each_relation_once() {
        for c in REGISTRY.0 {
            let mut names = Vec::new();
            for (_, f) in REGISTRY.fields() {
                if let Kind::ForeignKey(to) | Kind::ManyToMany(to) = f.kind {
                    assert!(
                        REGISTRY.0.iter().any(|r| std::ptr::eq(*r, to.0)),
                        "{}: {}",
                        f.name,
                        to.name
                    );
                    if let (Some(name), true) = (f.reverse, std::ptr::eq(to.0, *c)) {
                        assert!(!names.contains(&name), "{}: {name} twice", c.name);
                        names.push(name);
                    }
                }
            }
        }
    }
}
