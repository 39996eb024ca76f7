//! `/api/products/`: what members review, with its review count and NPS
//! (filterable and orderable: the database keeps them, V14).
//! Members create and edit any product; staff delete.

use super::{domains, subjects};
use crate::model::collection::{Collection, Derived, Field, Format, Kind, Source};
use crate::model::permissions::{Permissions, Rule};

/// The declaration.
pub static COLLECTION: Collection = Collection {
    name: "products",
    table: "products",
    verbose_name: "product",
    fields: &[
        Field::id(),
        Field::name("name", 100),
        Field::foreign_key("domain", &domains::COLLECTION, "domain_id").required(),
        Field::foreign_key("subject", &subjects::COLLECTION, "subject_id").nullable(),
        Field::new("description", Kind::Text, Source::Column("description")).blank(),
        Field::new("url", Kind::Text, Source::Column("url"))
            .nullable()
            .max_length(2000)
            .format(Format::HttpUrl),
        // Kept by the database (V14, `product_figures`): indexed, so
        // filtering and ordering by them read an index, not every review.
        Field::derived("nps", Kind::Integer, Derived::Nps)
            .nullable()
            .filterable(),
        Field::derived("review_count", Kind::Integer, Derived::ReviewCount).filterable(),
        Field::stamp("created_at"),
        Field::stamp("updated_at"),
    ],
    filters: &[
        "domain__name",
        "subject__name",
        "usages__organization",
        "usages__organization__locations",
        "usages__organization__org_type",
        "usages__reviewer",
        "usages__usage_type",
        "usages__how_push",
        "usages__how_pull",
        "usages__rating",
        "usages__is_deprecated",
    ],
    search: &["name", "domain__name", "subject__name"],
    ordering: &[
        "name",
        "domain__name",
        "subject__name",
        "nps",
        "review_count",
        "id",
        "created_at",
        "updated_at",
    ],
    default_ordering: &["name"],
    permissions: Permissions {
        read: Rule::Member,
        create: Some(Rule::Member),
        update: Rule::Member,
        delete: Some(Rule::Staff),
    },
    owner: None,
    set_on_create: &[],
    clean: None,
};
