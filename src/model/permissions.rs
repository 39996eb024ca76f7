//! Who may do what, as routes and collections declare it: a [`Rule`] per
//! action. The judge that applies a rule to whoever is asking is
//! `Principal::require` (`auth::permissions`).

/// Who may perform an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// Anyone, signed in or not.
    Anyone,
    /// Any active, signed-in member.
    Member,
    /// Staff only.
    Staff,
    /// Staff, or the member who owns the record (their review, their
    /// organization, their profile, themselves).
    OwnerOrStaff,
}

/// Whether the signed-in member owns the record an action touches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ownership {
    /// Not a record-level action (lists, creates).
    NotApplicable,
    /// The member owns the record.
    Owner,
    /// Someone else's record.
    NotOwner,
}

/// DRF's message for a signed-in member who may not do something.
pub const NOT_ALLOWED: &str = "You do not have permission to perform this action.";

/// The rules of one collection, per action. Every collection serves
/// reading and updating; creating and deleting may be served by nobody
/// (`None`: the method answers 405 and is not offered or documented).
#[derive(Debug, Clone, Copy)]
pub struct Permissions {
    /// List and retrieve.
    pub read: Rule,
    /// Create (`POST`), if served.
    pub create: Option<Rule>,
    /// Full and partial update.
    pub update: Rule,
    /// Delete, if served.
    pub delete: Option<Rule>,
}

impl Permissions {
    /// Reference data: members read, staff write.
    pub const REFERENCE: Permissions = Permissions {
        read: Rule::Member,
        create: Some(Rule::Staff),
        update: Rule::Staff,
        delete: Some(Rule::Staff),
    };
}
