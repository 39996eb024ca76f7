//! `/api/domains/`: Product domains with their colour, ordered by name (reference data: members read, staff write).

use crate::model::collection::{Field, Format, Kind, Source};

reference_collection! {
    name: "domains",
    table: "domains",
    verbose_name: "domain",
    fields: [
        Field::name("name", 50),
        Field::new("color", Kind::Text, Source::Column("color")).format(Format::Color),
    ],
    ordering: ["name", "color"],
    search: ["name"],
    default_ordering: "name",
}
