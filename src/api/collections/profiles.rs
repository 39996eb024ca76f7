//! `/api/profiles/`: the member as the rest of the data sees them (reviews
//! point at profiles). The database creates each with its user (one per
//! user) and they are deleted with it, so there is no `POST` or `DELETE`
//! here (405: a user without a profile could never sign in again); members
//! edit their own, staff any.

use crate::auth::permissions::{Permissions, Rule};
use crate::query::spec::{
    Collection, Derived, Field, Format, Identity, Kind, Owner, Reference, Relation, Source,
};

/// The declaration.
pub static COLLECTION: Collection = Collection {
    name: "profiles",
    table: "profiles",
    verbose_name: "profile",
    fields: &[
        Field::id(),
        Field::new("user", Kind::ForeignKey("users"), Source::Column("user_id")).read_only(),
        Field::new("github_id", Kind::Text, Source::Column("github_id"))
            .nullable()
            .max_length(39)
            .format(Format::GithubId),
        Field::new(
            "organization",
            Kind::ForeignKey("organizations"),
            Source::Column("organization_id"),
        )
        .nullable(),
        Field::derived(
            "products",
            Kind::ManyToMany("products"),
            Derived::ReviewedProducts,
        ),
        Field::stamp("created_at"),
        Field::stamp("updated_at"),
    ],
    relations: &[Relation {
        name: "usages",
        target: "usages",
        column: "reviewer_id",
    }],
    filters: &[
        "user__username",
        "user__is_staff",
        "user__is_active",
        "organization__name",
        "usages__product",
    ],
    search: &[
        "user__first_name",
        "user__last_name",
        "user__email",
        "organization__name",
    ],
    ordering: &[
        "user__username",
        "user__first_name",
        "user__last_name",
        "organization__name",
        "id",
        "created_at",
        "updated_at",
    ],
    default_ordering: &["user__username"],
    permissions: Permissions {
        read: Rule::Member,
        create: Rule::Staff,
        update: Rule::OwnerOrStaff,
        delete: Rule::Staff,
    },
    owner: Some(Owner {
        field: "id",
        is: Identity::Profile,
    }),
    creatable: false,
    deletable: false,
    set_on_create: &[],
    referenced_by: &[Reference {
        collection: "usages",
        table: "usages",
        columns: &["reviewer_id"],
        through: None,
    }],
    clean: None,
};
