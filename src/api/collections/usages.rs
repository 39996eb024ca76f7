//! `/api/usages/`: reviews. The reviewer is always the member who sends the
//! review (taken from the credentials; a `reviewer` in the body is ignored,
//! as DRF ignores read-only fields). Members edit and delete their own.
//! A review carries the names of its product, organization and reviewer,
//! and `ordering=-mine` lists the requester's own reviews first.

use serde_json::{Map, Value};

use super::{data_interfaces, organizations, products, profiles, usagetypes};
use crate::model::collection::{Collection, Derived, Field, Identity, Kind, Owner, Source};
use crate::model::input::Input;
use crate::model::permissions::{Permissions, Rule};
use crate::model::sql_value::SqlValue;

/// The declaration.
pub static COLLECTION: Collection = Collection {
    name: "usages",
    table: "usages",
    verbose_name: "usage",
    fields: &[
        Field::id(),
        Field::foreign_key("product", &products::COLLECTION, "product_id")
            .required()
            .reverse("usages"),
        Field::foreign_key(
            "organization",
            &organizations::COLLECTION,
            "organization_id",
        )
        .required()
        .reverse("usages"),
        Field::foreign_key("reviewer", &profiles::COLLECTION, "reviewer_id")
            .read_only()
            .reverse("usages"),
        Field::foreign_key("usage_type", &usagetypes::COLLECTION, "usage_type_id").required(),
        Field::foreign_key("how_push", &data_interfaces::COLLECTION, "how_push_id").nullable(),
        Field::foreign_key("how_pull", &data_interfaces::COLLECTION, "how_pull_id").nullable(),
        Field::new("is_deprecated", Kind::Bool, Source::Column("is_deprecated")),
        Field::new(
            "when_deprecated",
            Kind::Date,
            Source::Column("when_deprecated"),
        )
        .nullable()
        .not_future(),
        Field::new(
            "why_deprecated",
            Kind::Text,
            Source::Column("why_deprecated"),
        )
        .nullable(),
        // The product that replaced this one (issue 13, item 3): only
        // while deprecated, never the product itself (migration V20).
        // Blocks deleting the product it names, as `product` does (RESTRICT).
        Field::foreign_key("replaced_by", &products::COLLECTION, "replaced_by").nullable(),
        Field::new("rating", Kind::Integer, Source::Column("rating"))
            .required()
            .range(1, 5),
        Field::new("review", Kind::Text, Source::Column("review")).blank(),
        Field::stamp("created_at"),
        Field::stamp("updated_at"),
        // What a page of reviews shows beside the ids, in the same
        // response (read-only, never written).
        Field::derived("product_name", Kind::Text, Derived::ProductName),
        Field::derived("organization_name", Kind::Text, Derived::OrganizationName),
        Field::derived("reviewer_name", Kind::Text, Derived::ReviewerName),
        Field::derived("reviewer_github_id", Kind::Text, Derived::ReviewerGithubId).nullable(),
    ],
    // The product page's cohorts (as `/api/products/{id}/stats/` takes
    // them) and the reviews' own fields (usage type, data in and out,
    // deprecated) are all filters.
    filters: &[
        "product__name",
        "product__domain",
        "product__subject",
        "organization__name",
        "organization__locations",
        "organization__org_type",
        "organization__grades",
        "organization__size",
    ],
    search: &["product__name", "organization__name", "review"],
    ordering: &[
        "product__name",
        "organization__name",
        "rating",
        "is_deprecated",
        "when_deprecated",
        "id",
        "created_at",
        "updated_at",
        crate::model::list::MINE,
    ],
    default_ordering: &["product__name", "organization__name"],
    permissions: Permissions {
        read: Rule::Member,
        create: Some(Rule::Member),
        update: Rule::OwnerOrStaff,
        delete: Some(Rule::OwnerOrStaff),
    },
    owner: Some(Owner {
        field: "reviewer",
        is: Identity::Profile,
    }),
    set_on_create: &[("reviewer", Identity::Profile)],
    clean: Some(clean),
};

/// The deprecation date and reason are only kept while the usage is
/// deprecated (domain.md): otherwise they are dropped, not refused. So is
/// a replacement carried over from the record (un-deprecating clears it);
/// but one the client sends for a usage still in use is kept, for the
/// database to refuse (`usages_replaced_by_deprecated`): naming where you
/// moved while saying you stayed is a contradiction worth a 400.
fn clean(input: &mut Input, body: &Map<String, Value>) {
    if input.get("is_deprecated") != Some(&SqlValue::Bool(true)) {
        input.values.insert("when_deprecated", SqlValue::Null);
        input.values.insert("why_deprecated", SqlValue::Null);
        if body.get("replaced_by").is_none_or(Value::is_null) {
            input.values.insert("replaced_by", SqlValue::Null);
        }
    }
}
