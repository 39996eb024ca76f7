//! `/api/domains/`: Product domains with their colour, ordered by name (reference data: members read, staff write).

use crate::auth::permissions::Permissions;
use crate::query::spec::{Collection, Field, Reference};
use crate::query::spec::{Format, Kind, Source};
/// The declaration.
pub static COLLECTION: Collection = Collection {
    name: "domains",
    table: "domains",
    verbose_name: "domain",
    fields: &[
        Field::id(),
        Field::name("name", 50),
        Field::new("color", Kind::Text, Source::Column("color")).format(Format::Color),
        Field::stamp("created_at"),
        Field::stamp("updated_at"),
    ],
    relations: &[],
    filters: &[],
    search: &["name"],
    ordering: &["name", "color", "id", "created_at", "updated_at"],
    default_ordering: &["name"],
    permissions: Permissions::REFERENCE,
    owner: None,
    creatable: true,
    deletable: true,
    set_on_create: &[],
    referenced_by: &[Reference {
        collection: "products",
        table: "products",
        columns: &["domain_id"],
        through: None,
    }],
    clean: None,
};
