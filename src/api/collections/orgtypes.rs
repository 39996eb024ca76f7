//! `/api/orgtypes/`: Kinds of organization, ordered by name (reference data: members read, staff write).

use crate::model::collection::Field;

reference_collection! {
    name: "orgtypes",
    table: "org_types",
    verbose_name: "org type",
    fields: [Field::name("name", 50)],
    ordering: ["name"],
    search: ["name"],
    default_ordering: "name",
}
