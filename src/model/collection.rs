//! The vocabulary in which every collection is declared: its fields (name,
//! type, where the value comes from, write rules), filters, search fields,
//! ordering and permissions. Declarations are plain `static` data (see
//! `src/api/collections/*.rs`), so the list/filter engine, the SQL builder
//! and the OpenAPI generator can all walk them. A foreign key is stated
//! once, on the field that holds it; the reverse relations and what blocks
//! a delete are derived from it ([`Registry`]).

use crate::model::permissions::Permissions;

pub use super::field::{Field, OnDelete};
pub use super::registry::Registry;

/// What a field holds, as the API shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The record's own id (bigint).
    Id,
    /// An integer (JSON number).
    Integer,
    /// A string.
    Text,
    /// `true` / `false`.
    Bool,
    /// `YYYY-MM-DD`.
    Date,
    /// RFC 3339 timestamp in UTC (`2026-01-02T03:04:05.123456Z`).
    Timestamp,
    /// The id of a record of the collection.
    ForeignKey(To),
    /// A list of ids of records of the collection.
    ManyToMany(To),
}

/// The collection a key points at: a reference to its declaration, so the
/// compiler checks the name. Compared by identity, shown by name (so that
/// a key pointing at its own collection prints without end).
#[derive(Clone, Copy)]
pub struct To(pub &'static Collection);

impl std::ops::Deref for To {
    type Target = Collection;

    fn deref(&self) -> &Collection {
        self.0
    }
}

impl PartialEq for To {
    fn eq(&self, other: &To) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Eq for To {}

impl std::fmt::Debug for To {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "To({})", self.0.name)
    }
}

impl std::fmt::Display for To {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0.name)
    }
}

/// Values computed when read; the SQL for each lives in `src/db/collections.rs`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Derived {
    /// Organizations: lowest and highest grade's names, "K-8" (domain.md).
    GradeRange,
    /// Profiles: ids of the products the member reviewed, by product name.
    ReviewedProducts,
    /// Products: Net Promoter Score over all reviews; null without reviews.
    /// Stored ([`Derived::stored`]).
    Nps,
    /// Products: number of reviews. Stored ([`Derived::stored`]).
    ReviewCount,
    /// Usages: the reviewed product's name.
    ProductName,
    /// Usages: the reviewing organization's name.
    OrganizationName,
    /// Usages: the reviewer's display name (first and last name, else
    /// the user name), so a page of reviews needs no look-up of members.
    ReviewerName,
    /// Usages: the reviewer's GitHub user name (their avatar), or null.
    ReviewerGithubId,
}

/// A derived value the database keeps up to date in a companion table
/// (one row per record, created with it, by trigger), rather than computes
/// when read: it is read through a join on that row, and can be indexed,
/// filtered and ordered by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stored {
    /// The companion table.
    pub table: &'static str,
    /// Its primary key, the record's id.
    pub key: &'static str,
    /// The column holding the value.
    pub column: &'static str,
}

impl Derived {
    /// Where the database keeps this value, if it does (migration V14).
    pub fn stored(self) -> Option<Stored> {
        let figures = |column| {
            Some(Stored {
                table: "product_figures",
                key: "product_id",
                column,
            })
        };
        match self {
            Derived::Nps => figures("nps"),
            Derived::ReviewCount => figures("review_count"),
            _ => None,
        }
    }
}

/// Where a field's value is stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A column of the collection's table.
    Column(&'static str),
    /// A join table `table(this, other)` of a [`Kind::ManyToMany`] field;
    /// the ids listed are ordered by `order_by`, a column of the target's
    /// table (`"id"` reads the join table alone, the fastest).
    Join {
        /// The join table.
        table: &'static str,
        /// Its column pointing at this collection's row.
        this: &'static str,
        /// Its column pointing at the target row.
        other: &'static str,
        /// Column of the target table ordering the list.
        order_by: &'static str,
    },
    /// Computed when read, never written.
    Derived(Derived),
}

/// A shape rule beyond length (each has its own message).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `#rrggbb`, stored lower-case.
    Color,
    /// An absolute http or https URL.
    HttpUrl,
    /// A GitHub user name: letters, digits, single inner hyphens.
    GithubId,
    /// Django's username alphabet: letters, digits and `@.+-_`.
    Username,
    /// `something@domain.tld`.
    Email,
    /// Two upper-case letters (postal abbreviation), upper-cased on input.
    Abbreviation,
    /// Kebab-case icon name (`book-open`).
    Icon,
}

/// A reverse relation usable in filter and search paths (`products?usages__rating=5`):
/// rows of `target` whose `column` holds this record's id. Derived from
/// the target's foreign key ([`Field::reverse`]).
#[derive(Debug, Clone, Copy)]
pub struct Relation {
    /// Its name in paths.
    pub name: &'static str,
    /// The collection pointing here.
    pub target: &'static Collection,
    /// Its column holding our id.
    pub column: &'static str,
}

/// Rows elsewhere that keep a record from being deleted (domain.md,
/// "Deleting"). Derived from the foreign keys pointing at the collection
/// ([`Registry::referenced_by`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// The collection named in the 409 body.
    pub collection: &'static str,
    /// The referencing table.
    pub table: &'static str,
    /// Its columns holding our id (a row counts once if any matches).
    pub columns: Vec<&'static str>,
    /// When the reference goes through a table owned by us (users → profiles):
    /// that table and its column holding our id.
    pub through: Option<(&'static str, &'static str)>,
}

/// Which of the member's identities a record field is compared with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Identity {
    /// `profiles.id`.
    Profile,
    /// The organization on the member's profile.
    Organization,
    /// `users.id`.
    User,
}

/// How ownership of a record is decided for `Rule::OwnerOrStaff`: the
/// record's `field` equals the member's `is`.
#[derive(Debug, Clone, Copy)]
pub struct Owner {
    /// A field of the record (as the API shows it).
    pub field: &'static str,
    /// The member's identity it must equal.
    pub is: Identity,
}

/// Hand-written adjustments of a collection's validated input; the body
/// as sent comes too, to tell a value the client gave from one carried
/// over from the record being updated.
pub type Clean = fn(&mut crate::model::input::Input, &serde_json::Map<String, serde_json::Value>);

/// One collection of the API, declared as data.
#[derive(Debug)]
pub struct Collection {
    /// URL segment: `/api/<name>/`.
    pub name: &'static str,
    /// Table.
    pub table: &'static str,
    /// For messages: "product with this name already exists."
    pub verbose_name: &'static str,
    /// Fields, in the order the API shows them.
    pub fields: &'static [Field],
    /// Filter paths through relations (`product__domain`), beyond the
    /// collection's own filterable fields.
    pub filters: &'static [&'static str],
    /// Text fields (or paths to them) `?search=` looks in.
    pub search: &'static [&'static str],
    /// Orderable fields or forward paths (`product__name`).
    pub ordering: &'static [&'static str],
    /// The default order (`-` for descending); `id` is always appended.
    pub default_ordering: &'static [&'static str],
    /// Who may do what (no `create` rule: `POST` is not served here, as
    /// users are created by invitation; no `delete` rule: `DELETE` is not
    /// served, as profiles live and die with their user).
    pub permissions: Permissions,
    /// Ownership for `OwnerOrStaff` rules.
    pub owner: Option<Owner>,
    /// Read-only fields set from the requester on create (`reviewer`).
    pub set_on_create: &'static [(&'static str, Identity)],
    /// Collection-specific rules applied after field validation.
    pub clean: Option<Clean>,
}

impl Collection {
    /// The field called `name`.
    pub fn field(&self, name: &str) -> Option<&'static Field> {
        self.fields.iter().find(|f| f.name == name)
    }
}
