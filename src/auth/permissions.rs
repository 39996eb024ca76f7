//! Who may do what (domain.md, "Who may do what"). Routes and collections
//! declare a [`Rule`] per action (`model::permissions`);
//! [`Principal::require`] is the only judge. The
//! same judge answers what a member may do with each record they read
//! ([`RecordPermissions`]), which fields only staff may set
//! ([`FIELD_RULES`]), and who may be placed in which organization
//! ([`invitation_organization`]).

use serde::Serialize;
use serde_json::{Map, Value};

use super::error::{AuthError, AuthResult};
use super::{Member, Principal};
use crate::model::collection::{Identity, Owner};
use crate::model::permissions::{Ownership, Permissions, Rule, NOT_ALLOWED};

impl Principal {
    /// Whether this principal may perform an action guarded by `rule`.
    pub fn may(&self, rule: Rule, ownership: Ownership) -> bool {
        match (rule, self) {
            (Rule::Anyone, _) => true,
            (_, Principal::Anonymous) => false,
            (Rule::Member, Principal::Member(_)) => true,
            (Rule::Staff, Principal::Member(member)) => member.is_staff,
            (Rule::OwnerOrStaff, Principal::Member(member)) => {
                member.is_staff || ownership != Ownership::NotOwner
            }
        }
    }

    /// Allows the action, or refuses: 401 (not signed in) or 403 (not
    /// allowed). The member, when there is one.
    pub fn require(&self, rule: Rule, ownership: Ownership) -> AuthResult<Option<&Member>> {
        let member = match (rule, self) {
            (Rule::Anyone, Principal::Anonymous) => return Ok(None),
            (_, Principal::Anonymous) => {
                return Err(AuthError::Unauthenticated(
                    "Authentication credentials were not provided.".into(),
                ))
            }
            (_, Principal::Member(member)) => member,
        };
        if self.may(rule, ownership) {
            Ok(Some(member))
        } else {
            Err(AuthError::Forbidden(NOT_ALLOWED.into()))
        }
    }
}

/// The member's value of an identity (their profile, organization, user).
pub fn identity_of(member: &Member, identity: Identity) -> Option<i64> {
    match identity {
        Identity::Profile => Some(member.profile_id),
        Identity::Organization => member.organization_id,
        Identity::User => Some(member.user_id),
    }
}

/// Whether `principal` owns `record` by the collection's `owner` rule
/// (nobody owns a record of a collection without one).
pub fn ownership(
    principal: &Principal,
    owner: Option<Owner>,
    record: &Map<String, Value>,
) -> Ownership {
    let theirs = owner.and_then(|owner| record.get(owner.field)?.as_i64());
    ownership_by_id(principal, owner, theirs)
}

/// [`ownership`] of a record whose owner field holds `theirs`.
pub fn ownership_by_id(
    principal: &Principal,
    owner: Option<Owner>,
    theirs: Option<i64>,
) -> Ownership {
    match (principal, owner) {
        (Principal::Member(member), Some(owner)) => {
            let mine = identity_of(member, owner.is);
            if mine.is_some() && mine == theirs {
                Ownership::Owner
            } else {
                Ownership::NotOwner
            }
        }
        _ => Ownership::NotOwner,
    }
}

/// What the signed-in member may do with one record, shown with it as
/// `"permissions": {"change": …, "delete": …}` so that the web app offers
/// only what the API will accept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RecordPermissions {
    /// `PUT` and `PATCH` would be allowed.
    pub change: bool,
    /// `DELETE` would be allowed (false where the collection has none).
    pub delete: bool,
}

impl RecordPermissions {
    /// The judge's answer for `record` of a collection with `permissions`
    /// and `owner` (no delete where the collection serves none).
    pub fn of(
        principal: &Principal,
        permissions: &Permissions,
        owner: Option<Owner>,
        record: &Map<String, Value>,
    ) -> RecordPermissions {
        RecordPermissions::given(principal, permissions, ownership(principal, owner, record))
    }

    /// The judge's answer for a record whose [`Ownership`] is known.
    pub fn given(
        principal: &Principal,
        permissions: &Permissions,
        ownership: Ownership,
    ) -> RecordPermissions {
        RecordPermissions {
            change: principal.may(permissions.update, ownership),
            delete: permissions
                .delete
                .is_some_and(|rule| principal.may(rule, ownership)),
        }
    }
}

/// How a field is guarded beyond its record's rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldRule {
    /// Only staff change it.
    Staff,
    /// Staff set it; a member may only clear it (leave an organization).
    StaffOrClear,
    /// Staff set it to anything; a member only to their own organization
    /// (a review speaks for the organization its author belongs to).
    OwnOrganization,
}

/// Fields a member may not change freely on a record they may otherwise
/// change: (collection, field, rule, why). Membership of an organization
/// is what lets a member edit it, so nobody joins one by editing their own
/// profile (domain.md).
pub const FIELD_RULES: &[(&str, &str, FieldRule, &str)] = &[
    (
        "profiles",
        "organization",
        FieldRule::StaffOrClear,
        "You cannot join an organization by editing your profile. Ask one of its members to invite you, or create a new organization.",
    ),
    (
        "usages",
        "organization",
        FieldRule::OwnOrganization,
        "You can only review for your own organization. Staff can record a review for any organization.",
    ),
    ("users", "username", FieldRule::Staff, "Only staff may change a username."),
    ("users", "is_staff", FieldRule::Staff, "Only staff may change is_staff."),
    ("users", "is_active", FieldRule::Staff, "Only staff may change is_active."),
];

/// Refuses (403, saying why) a change of a guarded field that `principal`
/// may not make: `body` is what was sent, `existing` the record as stored
/// (empty for a new record). Sending a field's current value is no change.
pub fn check_fields(
    collection: &str,
    principal: &Principal,
    existing: &Map<String, Value>,
    body: &Map<String, Value>,
) -> AuthResult<()> {
    let member = match principal {
        Principal::Member(m) => Some(m),
        Principal::Anonymous => None,
    };
    let staff = member.is_some_and(|m| m.is_staff);
    for (_, field, rule, why) in FIELD_RULES.iter().filter(|(c, ..)| *c == collection) {
        let Some(sent) = body.get(*field) else {
            continue;
        };
        let changed = existing.get(*field).unwrap_or(&Value::Null) != sent;
        let permitted = match rule {
            FieldRule::Staff => false,
            FieldRule::StaffOrClear => sent.is_null(),
            FieldRule::OwnOrganization => {
                sent.as_i64().is_some() && sent.as_i64() == member.and_then(|m| m.organization_id)
            }
        };
        let allowed = staff || !changed || permitted;
        if !allowed {
            return Err(AuthError::Forbidden((*why).into()));
        }
    }
    Ok(())
}

/// Collections whose non-staff creator becomes a member of the new record
/// in the same transaction (a new organization's first member).
pub const CREATOR_JOINS: &[&str] = &["organizations"];

/// Whether `member` joins the record of `collection` they just created.
pub fn creator_joins(collection: &str, member: &Member) -> bool {
    !member.is_staff && CREATOR_JOINS.contains(&collection)
}

/// The organization an invitation from `member` places the new member in:
/// staff choose any (or none) and may invite staff; a member invites only
/// into their own organization (the default), and only members.
pub fn invitation_organization(
    member: &Member,
    organization: Option<i64>,
    invites_staff: bool,
) -> AuthResult<Option<i64>> {
    if member.is_staff {
        return Ok(organization);
    }
    if invites_staff {
        return Err(AuthError::Forbidden("Only staff may invite staff.".into()));
    }
    let Some(own) = member.organization_id else {
        return Err(AuthError::Forbidden(
            "Join or create an organization before inviting colleagues into it.".into(),
        ));
    };
    match organization {
        None => Ok(Some(own)),
        Some(id) if id == own => Ok(Some(own)),
        Some(_) => Err(AuthError::Forbidden(
            "You can only invite colleagues into your own organization.".into(),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::Credential;
    use serde_json::json;

    fn member(staff: bool, organization: Option<i64>) -> Principal {
        Principal::Member(Member {
            user_id: 1,
            profile_id: 10,
            organization_id: organization,
            is_staff: staff,
            credential: Credential::Token,
        })
    }

    fn object(value: Value) -> Map<String, Value> {
        match value {
            Value::Object(map) => map,
            _ => unreachable!("an object literal"),
        }
    }

    #[test]
    fn a_member_may_change_only_records_they_own_and_staff_any() {
        let rules = Permissions {
            read: Rule::Member,
            create: Some(Rule::Member),
            update: Rule::OwnerOrStaff,
            delete: Some(Rule::OwnerOrStaff),
        };
        let owner = Some(Owner {
            field: "reviewer",
            is: Identity::Profile,
        });
        let mine = object(json!({"id": 5, "reviewer": 10}));
        let theirs = object(json!({"id": 6, "reviewer": 11}));
        let both = RecordPermissions {
            change: true,
            delete: true,
        };
        let neither = RecordPermissions {
            change: false,
            delete: false,
        };
        let of = |p: &Principal, r: &Map<String, Value>| RecordPermissions::of(p, &rules, owner, r);
        assert_eq!(of(&member(false, None), &mine), both);
        assert_eq!(of(&member(false, None), &theirs), neither);
        assert_eq!(of(&member(true, None), &theirs), both);
        assert_eq!(of(&Principal::Anonymous, &mine), neither);
        let undeletable = Permissions {
            delete: None,
            ..rules
        };
        let undeletable = RecordPermissions::of(&member(true, None), &undeletable, owner, &mine);
        assert!(!undeletable.delete);
    }

    #[test]
    fn a_member_may_leave_their_organization_but_not_join_another() {
        let profile = object(json!({"id": 10, "organization": 3}));
        let join = object(json!({"organization": 4}));
        let leave = object(json!({"organization": null}));
        let same = object(json!({"organization": 3}));
        let me = member(false, Some(3));
        assert!(check_fields("profiles", &me, &profile, &join).is_err());
        assert!(check_fields("profiles", &me, &profile, &leave).is_ok());
        assert!(check_fields("profiles", &me, &profile, &same).is_ok());
        assert!(check_fields("profiles", &member(true, None), &profile, &join).is_ok());
        let user = object(json!({"username": "ann", "is_staff": false}));
        let promote = object(json!({"is_staff": true}));
        assert!(check_fields("users", &me, &user, &promote).is_err());
    }

    #[test]
    fn a_member_reviews_only_for_their_own_organization_and_staff_for_any() {
        let new = Map::new();
        let own = object(json!({"organization": 3, "rating": 5}));
        let other = object(json!({"organization": 4, "rating": 5}));
        let me = member(false, Some(3));
        assert!(check_fields("usages", &me, &new, &own).is_ok());
        assert!(check_fields("usages", &me, &new, &other).is_err());
        assert!(check_fields("usages", &member(false, None), &new, &own).is_err());
        assert!(check_fields("usages", &member(true, None), &new, &other).is_ok());
        // A review written before its author moved on keeps its organization.
        let earlier = object(json!({"id": 7, "organization": 4}));
        assert!(check_fields("usages", &me, &earlier, &other).is_ok());
        assert!(check_fields("usages", &me, &earlier, &own).is_ok());
    }

    #[test]
    fn members_invite_only_into_their_own_organization() {
        let Principal::Member(m) = member(false, Some(3)) else {
            unreachable!()
        };
        assert_eq!(invitation_organization(&m, None, false).ok(), Some(Some(3)));
        assert_eq!(
            invitation_organization(&m, Some(3), false).ok(),
            Some(Some(3))
        );
        assert!(invitation_organization(&m, Some(4), false).is_err());
        assert!(invitation_organization(&m, None, true).is_err());
        let Principal::Member(loner) = member(false, None) else {
            unreachable!()
        };
        assert!(invitation_organization(&loner, None, false).is_err());
        let Principal::Member(staff) = member(true, None) else {
            unreachable!()
        };
        assert_eq!(
            invitation_organization(&staff, Some(4), true).ok(),
            Some(Some(4))
        );
    }
}
