//! `/api/data_interfaces/`: Ways data moves in and out of products, ordered by name (reference data: members read, staff write).

use crate::model::collection::Field;

reference_collection! {
    name: "data_interfaces",
    table: "data_interfaces",
    verbose_name: "data interface",
    fields: [Field::name("name", 25)],
    ordering: ["name"],
    search: ["name"],
    default_ordering: "name",
}
