//! The vocabulary in which every collection is declared: its fields (name,
//! type, where the value comes from, write rules), reverse relations,
//! filters, search fields, ordering, permissions and what references it.
//! Declarations are plain `static` data (see `src/api/collections/*.rs`), so
//! the list/filter engine, the SQL builder and the OpenAPI generator can all
//! walk them.

use crate::auth::permissions::Permissions;

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
    /// The id of a record of the named collection.
    ForeignKey(&'static str),
    /// A list of ids of records of the named collection.
    ManyToMany(&'static str),
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
    /// A join table `table(this, other)`; the ids listed are ordered by
    /// `order_by`, a column of the target table (`"id"` reads the join
    /// table alone, the fastest).
    Join {
        /// The join table.
        table: &'static str,
        /// Its column pointing at this collection's row.
        this: &'static str,
        /// Its column pointing at the target row.
        other: &'static str,
        /// The target's table.
        target_table: &'static str,
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

/// One field of a collection.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    /// Its name in the API (JSON key, filter and ordering name).
    pub name: &'static str,
    /// What it holds.
    pub kind: Kind,
    /// Where it is stored.
    pub source: Source,
    /// May be null.
    pub nullable: bool,
    /// Shown but never written by clients (ids, timestamps, derived values).
    pub read_only: bool,
    /// Must be sent on create and full update.
    pub required: bool,
    /// Text: the empty string is accepted (nullable text turns it into null).
    pub allow_blank: bool,
    /// Text: most characters.
    pub max_length: Option<usize>,
    /// Integers: inclusive bounds.
    pub range: Option<(i64, i64)>,
    /// Text: shape rule.
    pub format: Option<Format>,
    /// Dates: may not be after today.
    pub not_future: bool,
    /// Filterable as `name`, `name__<lookup>`.
    pub filter: bool,
}

impl Field {
    /// A read-only field with defaults, for the `const` builders below.
    pub const fn new(name: &'static str, kind: Kind, source: Source) -> Field {
        Field {
            name,
            kind,
            source,
            nullable: false,
            read_only: false,
            required: false,
            allow_blank: false,
            max_length: None,
            range: None,
            format: None,
            not_future: false,
            filter: true,
        }
    }

    /// `id`: read-only, filterable.
    pub const fn id() -> Field {
        Field::new("id", Kind::Id, Source::Column("id")).read_only()
    }

    /// A timestamp set by the database (`created_at`, `updated_at`).
    pub const fn stamp(name: &'static str) -> Field {
        Field::new(name, Kind::Timestamp, Source::Column(name)).read_only()
    }

    /// A required text column with a length limit.
    pub const fn name(name: &'static str, max: usize) -> Field {
        Field::new(name, Kind::Text, Source::Column(name))
            .required()
            .max_length(max)
    }

    /// A derived, read-only, unfilterable value.
    pub const fn derived(name: &'static str, kind: Kind, derived: Derived) -> Field {
        let mut f = Field::new(name, kind, Source::Derived(derived)).read_only();
        f.filter = false;
        f
    }

    /// Makes a derived value filterable (only one the database stores,
    /// [`Derived::stored`], resolves as a filter path).
    pub const fn filterable(mut self) -> Field {
        self.filter = true;
        self
    }

    /// Marks it read-only.
    pub const fn read_only(mut self) -> Field {
        self.read_only = true;
        self
    }

    /// Marks it required.
    pub const fn required(mut self) -> Field {
        self.required = true;
        self
    }

    /// Marks it nullable.
    pub const fn nullable(mut self) -> Field {
        self.nullable = true;
        self
    }

    /// Lets text be blank.
    pub const fn blank(mut self) -> Field {
        self.allow_blank = true;
        self
    }

    /// Sets a length limit.
    pub const fn max_length(mut self, max: usize) -> Field {
        self.max_length = Some(max);
        self
    }

    /// Sets inclusive integer bounds.
    pub const fn range(mut self, min: i64, max: i64) -> Field {
        self.range = Some((min, max));
        self
    }

    /// Sets a shape rule.
    pub const fn format(mut self, format: Format) -> Field {
        self.format = Some(format);
        self
    }

    /// Refuses dates after today.
    pub const fn not_future(mut self) -> Field {
        self.not_future = true;
        self
    }

    /// The column, when the field is stored in one.
    pub fn column(&self) -> Option<&'static str> {
        match self.source {
            Source::Column(c) => Some(c),
            _ => None,
        }
    }

    /// Whether clients may write it.
    pub fn writable(&self) -> bool {
        !self.read_only && !matches!(self.source, Source::Derived(_))
    }
}

/// A reverse relation usable in filter and search paths (`products?usages__rating=5`):
/// rows of `target` whose `column` holds this record's id.
#[derive(Debug, Clone, Copy)]
pub struct Relation {
    /// Its name in paths.
    pub name: &'static str,
    /// The collection pointing here.
    pub target: &'static str,
    /// Its column holding our id.
    pub column: &'static str,
}

/// Rows elsewhere that keep a record from being deleted (domain.md, "Deleting").
#[derive(Debug, Clone, Copy)]
pub struct Reference {
    /// The collection named in the 409 body.
    pub collection: &'static str,
    /// The referencing table.
    pub table: &'static str,
    /// Its columns holding our id (a row counts once if any matches).
    pub columns: &'static [&'static str],
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
pub type Clean = fn(&mut crate::query::input::Input, &serde_json::Map<String, serde_json::Value>);

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
    /// Reverse relations for filter paths.
    pub relations: &'static [Relation],
    /// Filter paths through relations (`product__domain`), beyond the
    /// collection's own filterable fields.
    pub filters: &'static [&'static str],
    /// Text fields (or paths to them) `?search=` looks in.
    pub search: &'static [&'static str],
    /// Orderable fields or forward paths (`product__name`).
    pub ordering: &'static [&'static str],
    /// The default order (`-` for descending); `id` is always appended.
    pub default_ordering: &'static [&'static str],
    /// Who may do what.
    pub permissions: Permissions,
    /// Ownership for `OwnerOrStaff` rules.
    pub owner: Option<Owner>,
    /// Whether `POST` is served here (users are created by invitation, elsewhere).
    pub creatable: bool,
    /// Whether `DELETE` is served on a record (profiles live and die with
    /// their user, so deleting one is 405).
    pub deletable: bool,
    /// Read-only fields set from the requester on create (`reviewer`).
    pub set_on_create: &'static [(&'static str, Identity)],
    /// What blocks a delete.
    pub referenced_by: &'static [Reference],
    /// Collection-specific rules applied after field validation.
    pub clean: Option<Clean>,
}

impl Collection {
    /// The field called `name`.
    pub fn field(&self, name: &str) -> Option<&'static Field> {
        self.fields.iter().find(|f| f.name == name)
    }

    /// The reverse relation called `name`.
    pub fn relation(&self, name: &str) -> Option<&'static Relation> {
        self.relations.iter().find(|r| r.name == name)
    }
}

/// Every collection, so that paths can cross from one to another.
#[derive(Debug, Clone, Copy)]
pub struct Registry(pub &'static [&'static Collection]);

impl Registry {
    /// The collection called `name`.
    pub fn find(&self, name: &str) -> Option<&'static Collection> {
        self.0.iter().copied().find(|c| c.name == name)
    }
}
