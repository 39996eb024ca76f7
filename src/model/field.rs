//! One field of a collection as declared: its name, kind, storage and
//! write rules, with the `const` builders the declarations are written in.
//! A foreign key also carries what follows from it on the other side (its
//! reverse relation's name, what a delete of its target does), so the key
//! is stated once ([`super::registry`]).

use super::collection::{Collection, Derived, Format, Kind, Source, To};

/// What deleting the record a foreign key points at does to the rows
/// holding it (as the database's own foreign key does).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnDelete {
    /// They block the delete: 409 naming their collection.
    Protect,
    /// They are deleted with it (a user's profile); what points at *them*
    /// blocks the delete instead.
    Cascade,
    /// They stay, with the key cleared: nothing blocks the delete.
    SetNull,
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
    /// Foreign keys: the name of the reverse relation this key gives its
    /// target in filter and search paths (`products?usages__rating=5`).
    pub reverse: Option<&'static str>,
    /// Foreign keys: what deleting the target does to this row.
    pub on_delete: OnDelete,
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
            reverse: None,
            on_delete: OnDelete::Protect,
        }
    }

    /// A foreign key in `column` to a record of `target`.
    pub const fn foreign_key(
        name: &'static str,
        target: &'static Collection,
        column: &'static str,
    ) -> Field {
        Field::new(name, Kind::ForeignKey(To(target)), Source::Column(column))
    }

    /// Names the reverse relation this foreign key gives its target.
    pub const fn reverse(mut self, name: &'static str) -> Field {
        self.reverse = Some(name);
        self
    }

    /// What deleting this foreign key's target does to the row (by
    /// default [`OnDelete::Protect`]: the row blocks the delete).
    pub const fn on_delete(mut self, on_delete: OnDelete) -> Field {
        self.on_delete = on_delete;
        self
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
