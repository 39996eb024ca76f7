//! `/api/profiles/`: the member as the rest of the data sees them (reviews
//! point at profiles). The database creates each with its user (one per
//! user) and they are deleted with it, so there is no `POST` or `DELETE`
//! here (405: a user without a profile could never sign in again); members
//! edit their own, staff any.

use super::{organizations, products, users};
use crate::model::collection::{
    Collection, Derived, Field, Format, Identity, Kind, OnDelete, Owner, Source, To,
};
use crate::model::permissions::{Permissions, Rule};

/// The declaration.
pub static COLLECTION: Collection = Collection {
    name: "profiles",
    table: "profiles",
    verbose_name: "profile",
    fields: &[
        Field::id(),
        // Deleted with its user (V7): the user's delete is blocked by
        // what points at the profile instead.
        Field::foreign_key("user", &users::COLLECTION, "user_id")
            .read_only()
            .reverse("profile")
            .on_delete(OnDelete::Cascade),
        Field::new("github_id", Kind::Text, Source::Column("github_id"))
            .nullable()
            .max_length(39)
            .format(Format::GithubId),
        Field::foreign_key(
            "organization",
            &organizations::COLLECTION,
            "organization_id",
        )
        .nullable()
        .reverse("profiles"),
        Field::derived(
            "products",
            Kind::ManyToMany(To(&products::COLLECTION)),
            Derived::ReviewedProducts,
        ),
        Field::stamp("created_at"),
        Field::stamp("updated_at"),
    ],
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
        create: None,
        update: Rule::OwnerOrStaff,
        delete: None,
    },
    owner: Some(Owner {
        field: "id",
        is: Identity::Profile,
    }),
    set_on_create: &[],
    clean: None,
};
