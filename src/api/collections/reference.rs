//! Reference data (domains, grades, locations, org types, subjects, usage
//! types, data interfaces): named records that members read, staff write
//! and other collections point at. They differ only in their name, table
//! and the fields between `id` and the timestamps, so each is declared by
//! one macro, [`reference_collection!`], in a file of a few lines. What
//! blocks deleting one is derived from the keys pointing at it
//! ([`crate::model::collection::Registry::referenced_by`]).

/// Declares `pub static COLLECTION`, a reference collection: `id`, the
/// given fields, `created_at` and `updated_at`; orderable by the given
/// names, then `id` and the timestamps; searched in the given fields;
/// members read, staff create, update and delete.
macro_rules! reference_collection {
    (
        name: $name:literal,
        table: $table:literal,
        verbose_name: $verbose:literal,
        fields: [$($field:expr),+ $(,)?],
        ordering: [$($order:literal),+ $(,)?],
        search: [$($search:literal),+ $(,)?],
        default_ordering: $default:literal $(,)?
    ) => {
        /// The declaration.
        pub static COLLECTION: $crate::model::collection::Collection = $crate::model::collection::Collection {
            name: $name,
            table: $table,
            verbose_name: $verbose,
            fields: &[
                $crate::model::collection::Field::id(),
                $($field,)+
                $crate::model::collection::Field::stamp("created_at"),
                $crate::model::collection::Field::stamp("updated_at"),
            ],
            filters: &[],
            search: &[$($search),+],
            ordering: &[$($order,)+ "id", "created_at", "updated_at"],
            default_ordering: &[$default],
            permissions: $crate::model::permissions::Permissions::REFERENCE,
            owner: None,
            set_on_create: &[],
            clean: None,
        };
    };
}
