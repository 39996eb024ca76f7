//! `/api/locations/`: Locations (US states and DC), ordered by name (reference data: members read, staff write).

use crate::auth::permissions::Permissions;
use crate::query::spec::Format;
use crate::query::spec::{Collection, Field, Reference};
/// The declaration.
pub static COLLECTION: Collection = Collection {
    name: "locations",
    table: "locations",
    verbose_name: "location",
    fields: &[
        Field::id(),
        Field::name("name", 25),
        Field::name("abbreviation", 2).format(Format::Abbreviation),
        Field::stamp("created_at"),
        Field::stamp("updated_at"),
    ],
    relations: &[],
    filters: &[],
    search: &["name", "abbreviation"],
    ordering: &["name", "abbreviation", "id", "created_at", "updated_at"],
    default_ordering: &["name"],
    permissions: Permissions::REFERENCE,
    owner: None,
    creatable: true,
    deletable: true,
    set_on_create: &[],
    referenced_by: &[Reference {
        collection: "organizations",
        table: "organization_locations",
        columns: &["location_id"],
        through: None,
    }],
    clean: None,
};
