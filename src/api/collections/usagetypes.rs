//! `/api/usagetypes/`: How an organization uses a product, ordered by name (reference data: members read, staff write).

use crate::auth::permissions::Permissions;
use crate::query::spec::{Collection, Field, Reference};

/// The declaration.
pub static COLLECTION: Collection = Collection {
    name: "usagetypes",
    table: "usage_types",
    verbose_name: "usage type",
    fields: &[
        Field::id(),
        Field::name("name", 25),
        Field::stamp("created_at"),
        Field::stamp("updated_at"),
    ],
    relations: &[],
    filters: &[],
    search: &["name"],
    ordering: &["name", "id", "created_at", "updated_at"],
    default_ordering: &["name"],
    permissions: Permissions::REFERENCE,
    owner: None,
    creatable: true,
    deletable: true,
    set_on_create: &[],
    referenced_by: &[Reference {
        collection: "usages",
        table: "usages",
        columns: &["usage_type_id"],
        through: None,
    }],
    clean: None,
};
