//! `/api/organizations/`: districts, networks and schools, with their grades
//! and locations (many-to-many) and the derived grade range. Members create
//! them and edit their own; staff edit any and delete.

use super::{grades, locations, orgtypes};
use crate::model::collection::{Collection, Derived, Field, Identity, Kind, Owner, Source, To};
use crate::model::permissions::{Permissions, Rule};

/// The declaration.
pub static COLLECTION: Collection = Collection {
    name: "organizations",
    table: "organizations",
    verbose_name: "organization",
    fields: &[
        Field::id(),
        Field::name("name", 50),
        Field::new("size", Kind::Integer, Source::Column("size"))
            .nullable()
            .range(0, i32::MAX as i64),
        Field::foreign_key("org_type", &orgtypes::COLLECTION, "org_type_id").required(),
        Field::new(
            "grades",
            Kind::ManyToMany(To(&grades::COLLECTION)),
            Source::Join {
                table: "organization_grades",
                this: "organization_id",
                other: "grade_id",
                order_by: "id",
            },
        ),
        Field::new(
            "locations",
            Kind::ManyToMany(To(&locations::COLLECTION)),
            Source::Join {
                table: "organization_locations",
                this: "organization_id",
                other: "location_id",
                order_by: "id",
            },
        ),
        Field::derived("grade_range", Kind::Text, Derived::GradeRange).nullable(),
        Field::stamp("created_at"),
        Field::stamp("updated_at"),
    ],
    filters: &[
        "org_type__name",
        "grades__level",
        "locations__abbreviation",
        "usages__product",
        "usages__product__domain",
        "profiles__user",
    ],
    search: &["name"],
    ordering: &[
        "name",
        "size",
        "org_type__name",
        "id",
        "created_at",
        "updated_at",
    ],
    default_ordering: &["name"],
    permissions: Permissions {
        read: Rule::Member,
        create: Some(Rule::Member),
        update: Rule::OwnerOrStaff,
        delete: Some(Rule::Staff),
    },
    owner: Some(Owner {
        field: "id",
        is: Identity::Organization,
    }),
    set_on_create: &[],
    clean: None,
};
