//! `/api/users/`: members' accounts, never their password. Members read;
//! staff edit and delete. Creating a user (an invitation) is served by the
//! accounts routes, not here.

use crate::model::collection::{Collection, Field, Format, Kind, Source};
use crate::model::permissions::{Permissions, Rule};

/// The declaration.
pub static COLLECTION: Collection = Collection {
    name: "users",
    table: "users",
    verbose_name: "user",
    fields: &[
        Field::id(),
        Field::name("username", 150).format(Format::Username),
        Field::name("email", 254).format(Format::Email),
        Field::new("first_name", Kind::Text, Source::Column("first_name"))
            .blank()
            .max_length(150),
        Field::new("last_name", Kind::Text, Source::Column("last_name"))
            .blank()
            .max_length(150),
        Field::new("is_staff", Kind::Bool, Source::Column("is_staff")),
        Field::new("is_active", Kind::Bool, Source::Column("is_active")),
        Field::new(
            "date_joined",
            Kind::Timestamp,
            Source::Column("date_joined"),
        )
        .read_only(),
        Field::new("last_login", Kind::Timestamp, Source::Column("last_login"))
            .read_only()
            .nullable(),
        Field::stamp("created_at"),
        Field::stamp("updated_at"),
    ],
    filters: &["profile__organization", "profile__organization__name"],
    search: &[
        "first_name",
        "last_name",
        "email",
        "profile__organization__name",
    ],
    ordering: &[
        "username",
        "email",
        "first_name",
        "last_name",
        "is_staff",
        "is_active",
        "date_joined",
        "last_login",
        "id",
        "created_at",
        "updated_at",
    ],
    default_ordering: &["username"],
    permissions: Permissions {
        read: Rule::Member,
        create: None,
        update: Rule::Staff,
        delete: Some(Rule::Staff),
    },
    owner: None,
    set_on_create: &[],
    clean: None,
};
