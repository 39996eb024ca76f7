//! `/api/grades/`: Grades, TK (-1) to 12, ordered by level (reference data: members read, staff write).

use crate::auth::permissions::Permissions;
use crate::query::spec::{Collection, Field, Reference};
use crate::query::spec::{Kind, Source};
/// The declaration.
pub static COLLECTION: Collection = Collection {
    name: "grades",
    table: "grades",
    verbose_name: "grade",
    fields: &[
        Field::id(),
        Field::new("level", Kind::Integer, Source::Column("level"))
            .required()
            .range(-1, 12),
        Field::name("name", 2),
        Field::stamp("created_at"),
        Field::stamp("updated_at"),
    ],
    relations: &[],
    filters: &[],
    search: &["name"],
    ordering: &["level", "name", "id", "created_at", "updated_at"],
    default_ordering: &["level"],
    permissions: Permissions::REFERENCE,
    owner: None,
    creatable: true,
    deletable: true,
    set_on_create: &[],
    referenced_by: &[Reference {
        collection: "organizations",
        table: "organization_grades",
        columns: &["grade_id"],
        through: None,
    }],
    clean: None,
};
