//! `/api/grades/`: Grades, TK (-1) to 12, ordered by level (reference data: members read, staff write).

use crate::model::collection::{Field, Kind, Source};

reference_collection! {
    name: "grades",
    table: "grades",
    verbose_name: "grade",
    fields: [
        Field::new("level", Kind::Integer, Source::Column("level"))
            .required()
            .range(-1, 12),
        Field::name("name", 2),
    ],
    ordering: ["level", "name"],
    search: ["name"],
    default_ordering: "level",
}
