//! `/api/subjects/`: Subjects with their icon, ordered by name (reference data: members read, staff write).

use crate::auth::permissions::Permissions;
use crate::query::spec::{Collection, Field, Reference};
use crate::query::spec::{Format, Kind, Source};
/// The declaration.
pub static COLLECTION: Collection = Collection {
    name: "subjects",
    table: "subjects",
    verbose_name: "subject",
    fields: &[
        Field::id(),
        Field::name("name", 25),
        Field::new("icon", Kind::Text, Source::Column("icon"))
            .max_length(50)
            .format(Format::Icon),
        Field::stamp("created_at"),
        Field::stamp("updated_at"),
    ],
    relations: &[],
    filters: &[],
    search: &["name"],
    ordering: &["name", "icon", "id", "created_at", "updated_at"],
    default_ordering: &["name"],
    permissions: Permissions::REFERENCE,
    owner: None,
    creatable: true,
    deletable: true,
    set_on_create: &[],
    referenced_by: &[Reference {
        collection: "products",
        table: "products",
        columns: &["subject_id"],
        through: None,
    }],
    clean: None,
};
