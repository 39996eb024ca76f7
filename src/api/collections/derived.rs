//! What the declarations derive from their foreign keys (`model::registry`),
//! checked against the twelve collections as declared.

use super::REGISTRY;
use crate::model::collection::{Kind, Reference, Source, To};
use crate::model::list::{lookups, Lookup};

fn reference(collection: &'static str, table: &'static str, columns: &[&'static str]) -> Reference {
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

#[test]
fn lookups_follow_the_kind_and_isnull_only_nullable_direct_fields() {
    assert!(lookups(Kind::Text, false, true).contains(&Lookup::IContains));
    assert!(!lookups(Kind::Text, false, true).contains(&Lookup::Gt));
    assert!(lookups(Kind::Integer, true, true).contains(&Lookup::IsNull));
    assert!(!lookups(Kind::Integer, true, false).contains(&Lookup::IsNull));
    assert_eq!(
        lookups(
            Kind::ForeignKey(To(&super::domains::COLLECTION)),
            false,
            true
        ),
        vec![Lookup::Exact, Lookup::In]
    );
}
