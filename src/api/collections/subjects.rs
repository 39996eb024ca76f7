//! `/api/subjects/`: Subjects with their icon, ordered by name (reference data: members read, staff write).

use crate::model::collection::{Field, Format, Kind, Source};

reference_collection! {
    name: "subjects",
    table: "subjects",
    verbose_name: "subject",
    fields: [
        Field::name("name", 25),
        Field::new("icon", Kind::Text, Source::Column("icon"))
            .max_length(50)
            .format(Format::Icon),
    ],
    ordering: ["name", "icon"],
    search: ["name"],
    default_ordering: "name",
}
