//! `/api/locations/`: Locations (US states and DC), ordered by name (reference data: members read, staff write).

use crate::model::collection::{Field, Format};

reference_collection! {
    name: "locations",
    table: "locations",
    verbose_name: "location",
    fields: [
        Field::name("name", 25),
        Field::name("abbreviation", 2).format(Format::Abbreviation),
    ],
    ordering: ["name", "abbreviation"],
    search: ["name", "abbreviation"],
    default_ordering: "name",
}
