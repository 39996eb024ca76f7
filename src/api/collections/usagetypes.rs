//! `/api/usagetypes/`: How an organization uses a product, ordered by name (reference data: members read, staff write).

use crate::model::collection::Field;

reference_collection! {
    name: "usagetypes",
    table: "usage_types",
    verbose_name: "usage type",
    fields: [Field::name("name", 25)],
    ordering: ["name"],
    search: ["name"],
    default_ordering: "name",
}
