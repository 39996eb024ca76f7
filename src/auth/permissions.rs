//! Who may do what (domain.md, "Who may do what"), in one table. Routes
//! declare a [`Rule`] per action; [`Rule::check`] is the only judge.

use super::{Member, Principal};
use crate::api::error::{ApiError, ApiResult};

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

impl Rule {
    /// Allows the action, or answers 401 (not signed in) or 403 (not allowed).
    pub fn check(self, principal: &Principal, ownership: Ownership) -> ApiResult<Option<&Member>> {
        let member = match (self, principal) {
            (Rule::Anyone, Principal::Anonymous) => return Ok(None),
            (_, Principal::Anonymous) => {
                return Err(ApiError::Unauthenticated(
                    "Authentication credentials were not provided.".into(),
                ))
            }
            (_, Principal::Member(member)) => member,
        };
        let allowed = match self {
            Rule::Anyone | Rule::Member => true,
            Rule::Staff => member.is_staff,
            Rule::OwnerOrStaff => member.is_staff || ownership != Ownership::NotOwner,
        };
        if allowed {
            Ok(Some(member))
        } else {
            Err(ApiError::Forbidden(
                "You do not have permission to perform this action.".into(),
            ))
        }
    }
}

/// The rules of one collection, per action.
#[derive(Debug, Clone, Copy)]
pub struct Permissions {
    /// List and retrieve.
    pub read: Rule,
    /// Create.
    pub create: Rule,
    /// Full and partial update.
    pub update: Rule,
    /// Delete.
    pub delete: Rule,
}

impl Permissions {
    /// Reference data: members read, staff write.
    pub const REFERENCE: Permissions = Permissions {
        read: Rule::Member,
        create: Rule::Staff,
        update: Rule::Staff,
        delete: Rule::Staff,
    };
}
