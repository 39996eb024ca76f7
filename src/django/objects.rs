//! One object of a Django dump read as Mothra's rules read a request body:
//! the fields go through the same collection declarations the API
//! validates with (`model::input`), so an imported row obeys every rule a
//! written one does, with the same messages. Values the original allowed
//! and Mothra refuses are mended where the intent is clear (and the mend
//! reported); the rest refuse the row.

use serde_json::{json, Map, Value};

use super::icons;
use crate::api::collections::{
    data_interfaces, domains, grades, locations, organizations, orgtypes, products, profiles,
    subjects, usages, usagetypes, users,
};
use crate::auth::{keys, password};
use crate::config::SecretKey;
use crate::db::django::{self as stages, Stage};
use crate::model::collection::Collection;
use crate::model::filter_values::parse_timestamp;
use crate::model::input::{self, Input};
use crate::model::sql_value::SqlValue;

/// A row for a staging table, with what it took to make it.
#[derive(Debug, Default)]
pub struct Converted {
    /// The staging row (`seq`, `pk`, `left_out` and the fields).
    pub row: Map<String, Value>,
    /// Why the row is refused, one entry per field at fault; empty when it is not.
    pub refusals: Vec<Map<String, Value>>,
    /// What was mended.
    pub mends: Vec<Mend>,
}

/// A value changed on the way in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mend {
    /// Django's label.
    pub model: &'static str,
    /// The field.
    pub field: String,
    /// What was done, the same words for every row it was done to.
    pub what: &'static str,
    /// This row's case: pk and value before and after.
    pub example: String,
}

/// Everything a conversion needs beyond the object.
pub struct Context {
    /// API token keys are stored as their keyed hash under this key.
    pub secret: SecretKey,
}

/// The model a label names, if Mothra carries it.
pub fn carried(label: &str) -> Option<Stage> {
    let label = label.to_ascii_lowercase();
    stages::STAGES.iter().copied().find(|s| s.model == label)
}

fn collection(stage: Stage) -> Option<&'static Collection> {
    Some(match stage {
        stages::GRADE => &grades::COLLECTION,
        stages::LOCATION => &locations::COLLECTION,
        stages::ORG_TYPE => &orgtypes::COLLECTION,
        stages::DOMAIN => &domains::COLLECTION,
        stages::SUBJECT => &subjects::COLLECTION,
        stages::USAGE_TYPE => &usagetypes::COLLECTION,
        stages::DATA_INTERFACE => &data_interfaces::COLLECTION,
        stages::ORGANIZATION => &organizations::COLLECTION,
        stages::USER => &users::COLLECTION,
        stages::PROFILE => &profiles::COLLECTION,
        stages::PRODUCT => &products::COLLECTION,
        stages::USAGE => &usages::COLLECTION,
        _ => return None,
    })
}

/// A value as the report shows it: compact, and short.
pub fn shown(value: &Value) -> String {
    let text = match value {
        Value::String(s) => format!("{s:?}"),
        other => other.to_string(),
    };
    if text.chars().count() > 80 {
        let cut: String = text.chars().take(77).collect();
        format!("{cut}...")
    } else {
        text
    }
}

/// The fields that are left out (with a mend) rather than refusing the
/// row when they break a rule: optional, and nothing else depends on them.
const LEFT_OUT_WHEN_INVALID: &[(&str, &str, &str)] = &[
    (
        "inventory.product",
        "url",
        "not an http(s) URL Mothra accepts: left out (the product keeps everything else)",
    ),
    (
        "accounts.profile",
        "github_id",
        "not a valid GitHub user name: left out (the member gets a drawn avatar)",
    ),
];

/// Converts object `seq` of model `stage` with `pk` and `fields`.
pub fn convert(
    stage: Stage,
    seq: u64,
    pk: Option<&Value>,
    fields: &Map<String, Value>,
    context: &Context,
) -> Converted {
    let mut out = Conversion {
        stage,
        seq,
        pk: pk.cloned().unwrap_or(Value::Null),
        converted: Converted::default(),
    };
    let mut fields = fields.clone();
    let row = match stage {
        stages::TOKEN => out.token(&fields, context),
        _ => out.validated(&mut fields),
    };
    out.finish(row)
}

struct Conversion {
    stage: Stage,
    seq: u64,
    pk: Value,
    converted: Converted,
}

impl Conversion {
    fn refuse(&mut self, field: &str, value: Option<&Value>, reason: impl Into<String>) {
        let mut refusal = Map::new();
        refusal.insert("seq".into(), json!(self.seq));
        refusal.insert("model".into(), json!(self.stage.model));
        refusal.insert("pk".into(), pk_text(&self.pk));
        refusal.insert("field".into(), json!(field));
        refusal.insert(
            "value".into(),
            value.map_or(Value::Null, |v| json!(shown(v))),
        );
        refusal.insert("reason".into(), json!(reason.into()));
        self.converted.refusals.push(refusal);
    }

    fn mend(&mut self, field: &str, what: &'static str, example: String) {
        let pk = pk_text(&self.pk);
        let pk = pk.as_str().unwrap_or("-");
        self.converted.mends.push(Mend {
            model: self.stage.model,
            field: field.to_owned(),
            what,
            example: format!("pk {pk}: {example}"),
        });
    }

    /// The staging row, or a refused row (pk only) when anything was refused.
    fn finish(mut self, row: Map<String, Value>) -> Converted {
        let mut staged = Map::new();
        staged.insert("seq".into(), json!(self.seq));
        let refused = !self.converted.refusals.is_empty();
        let pk = match (&self.pk, self.stage) {
            (Value::Null, _) => Value::Null,
            (_, stages::TOKEN) => row.get("pk").cloned().unwrap_or(Value::Null),
            (pk, _) => pk.clone(),
        };
        staged.insert("pk".into(), pk);
        staged.insert("left_out".into(), json!(refused));
        if !refused {
            staged.extend(row.into_iter().filter(|(k, _)| k != "pk"));
        }
        self.converted.row = staged;
        self.converted
    }

    /// A model with a collection: its fields through the declaration.
    fn validated(&mut self, fields: &mut Map<String, Value>) -> Map<String, Value> {
        let collection = collection(self.stage).expect("every model but tokens has a collection");
        self.check_pk();
        self.before(fields);
        let (input, mut errors) = input::validate_all(collection, fields, None, true);
        let mut input = input;
        for (model, field, what) in LEFT_OUT_WHEN_INVALID {
            if *model == self.stage.model && errors.remove(*field).is_some() {
                let was = fields.get(*field).map(shown).unwrap_or_default();
                self.mend(field, what, was);
                input.values.insert(field, SqlValue::Null);
            }
        }
        for (field, messages) in &errors {
            let value = fields.get(field.as_str()).cloned();
            for message in messages {
                self.refuse(field, value.as_ref(), message.clone());
            }
        }
        self.note_normalized(fields, &input);
        let mut row = Map::new();
        for (name, value) in &input.values {
            row.insert((*name).to_owned(), sql_json(value));
        }
        self.after(fields, &mut row);
        row
    }

    fn check_pk(&mut self) {
        let natural_primary_allowed = self.stage == stages::USER;
        match &self.pk {
            Value::Null if natural_primary_allowed => {}
            Value::Null => self.refuse(
                "pk",
                None,
                "no pk: only auth.user has a natural key a --natural-primary dump may use instead",
            ),
            Value::Number(n) if n.as_i64().is_some_and(|n| n >= 1) => {}
            other => {
                let other = other.clone();
                self.refuse("pk", Some(&other), "a pk must be a positive integer");
            }
        }
    }

    /// Mends that must come before the rules read the fields.
    fn before(&mut self, fields: &mut Map<String, Value>) {
        if self.stage == stages::SUBJECT {
            if let Some(Value::String(icon)) = fields.get("icon").cloned() {
                if let Some(name) = icons::from_font_awesome(&icon) {
                    self.mend(
                        "icon",
                        "a Font Awesome icon, mapped onto Mothra's icon of that picture (or its default)",
                        format!("{icon:?} -> {name:?}"),
                    );
                    fields.insert("icon".into(), json!(name));
                }
            }
        }
        if self.stage == stages::USAGE {
            let deprecated = fields.get("is_deprecated") == Some(&Value::Bool(true));
            for field in ["when_deprecated", "why_deprecated"] {
                let given = fields.get(field).filter(|v| !v.is_null()).cloned();
                if let (false, Some(value)) = (deprecated, given) {
                    self.mend(
                        field,
                        "kept on a review still in use: dropped (Mothra keeps them only while deprecated)",
                        shown(&value),
                    );
                }
            }
        }
    }

    /// Trimmed texts and normalized forms (colors, abbreviations) are
    /// mends a person may want to know of.
    fn note_normalized(&mut self, fields: &Map<String, Value>, input: &Input) {
        for (name, value) in &input.values {
            let (Some(Value::String(given)), SqlValue::Text(stored)) = (fields.get(*name), value)
            else {
                continue;
            };
            if given == stored {
                continue;
            }
            let what = if given.trim() == stored {
                "surrounding spaces trimmed"
            } else {
                "written in Mothra's form"
            };
            self.mend(name, what, format!("{given:?} -> {stored:?}"));
        }
    }

    /// The fields the API does not take from a body, per model.
    fn after(&mut self, fields: &Map<String, Value>, row: &mut Map<String, Value>) {
        match self.stage {
            stages::USER => self.user(fields, row),
            stages::PROFILE => {
                self.user_reference(fields, row);
            }
            stages::USAGE => match fields.get("reviewer") {
                Some(Value::Number(n)) if n.as_i64().is_some_and(|n| n >= 1) => {
                    row.insert("reviewer".into(), json!(n));
                }
                other => {
                    let other = other.cloned();
                    self.refuse(
                        "reviewer",
                        other.as_ref(),
                        "a review needs its reviewer's profile pk",
                    );
                }
            },
            _ => {}
        }
        // What the Django model always has, for rows whose document left
        // an optional field out.
        let defaults: &[(&str, Value)] = match self.stage {
            stages::USER => &[
                ("first_name", json!("")),
                ("last_name", json!("")),
                ("is_active", json!(true)),
            ],
            stages::PRODUCT => &[("description", json!(""))],
            stages::USAGE => &[("review", json!("")), ("is_deprecated", json!(false))],
            _ => &[],
        };
        for (name, value) in defaults {
            row.entry(*name).or_insert_with(|| value.clone());
        }
    }

    fn user(&mut self, fields: &Map<String, Value>, row: &mut Map<String, Value>) {
        let flag = |name: &str| fields.get(name) == Some(&Value::Bool(true));
        // Mothra has one kind of administrator.
        row.insert(
            "is_staff".into(),
            json!(flag("is_staff") || flag("is_superuser")),
        );
        self.timestamp(fields, row, "date_joined", false);
        self.timestamp(fields, row, "last_login", true);
        let hash = match fields.get("password") {
            Some(Value::String(hash)) if hash.is_empty() || hash.starts_with('!') => {
                self.mend(
                    "password",
                    "an unusable password (Django's `!`): imported as none, the member sets one by password reset",
                    "!…".into(),
                );
                None
            }
            Some(Value::String(hash)) => match password::verifiable(hash) {
                Ok(()) => Some(hash.clone()),
                Err(why) => {
                    self.mend(
                        "password",
                        "a hash Mothra cannot check: imported as none, the member sets a password by password reset",
                        why,
                    );
                    None
                }
            },
            _ => None,
        };
        row.insert("password_hash".into(), json!(hash));
    }

    /// A timestamp field as the staging row's value (RFC 3339, or the
    /// naive form of a dump made with `USE_TZ = False`, read as UTC);
    /// missing or malformed refuses the row, unless `optional` and absent.
    fn timestamp(
        &mut self,
        fields: &Map<String, Value>,
        row: &mut Map<String, Value>,
        name: &str,
        optional: bool,
    ) {
        let given = fields.get(name).filter(|v| !v.is_null());
        match given.and_then(Value::as_str).and_then(parse_timestamp) {
            Some(at) => {
                row.insert(name.to_owned(), json!(at));
            }
            None if optional && given.is_none() => {}
            None => {
                let given = given.cloned();
                self.refuse(
                    name,
                    given.as_ref(),
                    "Datetime has wrong format. Use RFC 3339.",
                );
            }
        }
    }

    /// A profile's or token's user: a pk, or `["username"]` in a
    /// `--natural-foreign` dump.
    fn user_reference(&mut self, fields: &Map<String, Value>, row: &mut Map<String, Value>) {
        match fields.get("user") {
            Some(Value::Number(n)) if n.as_i64().is_some_and(|n| n >= 1) => {
                row.insert("user_pk".into(), json!(n));
            }
            Some(Value::Array(key)) if matches!(key.as_slice(), [Value::String(_)]) => {
                row.insert("user_username".into(), key[0].clone());
            }
            other => {
                let other = other.cloned();
                self.refuse(
                    "user",
                    other.as_ref(),
                    "a user's pk, or its natural key [\"username\"], is required",
                );
            }
        }
    }

    /// An `authtoken.token`: its pk is the key, kept only as its keyed
    /// hash (and never shown: the report names it by its first characters).
    fn token(&mut self, fields: &Map<String, Value>, context: &Context) -> Map<String, Value> {
        let key = self.pk.as_str().map(str::to_owned);
        let masked = key.as_deref().map(mask);
        self.pk = masked.clone().map_or(Value::Null, Value::String);
        let mut row = Map::new();
        row.insert("pk".into(), json!(masked));
        match key {
            Some(key) if keys::looks_like_api_token(&key) => {
                row.insert(
                    "key_hash".into(),
                    json!(format!("\\x{}", hex(&keys::hash(&context.secret, &key)))),
                );
            }
            _ => self.refuse(
                "key",
                None,
                "not a token key Mothra can take over (a DRF key is 40 letters and digits)",
            ),
        }
        self.user_reference(fields, &mut row);
        self.timestamp(fields, &mut row, "created", false);
        row
    }
}

/// How a token key is named in the report and the staging tables.
fn mask(key: &str) -> String {
    let start: String = key.chars().take(4).collect();
    format!("{start}…")
}

fn pk_text(pk: &Value) -> Value {
    match pk {
        Value::Null => Value::Null,
        Value::String(s) => json!(s),
        other => json!(other.to_string()),
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A validated value as the staging row's JSON.
fn sql_json(value: &SqlValue) -> Value {
    match value {
        SqlValue::Null => Value::Null,
        SqlValue::Int(n) => json!(n),
        SqlValue::Text(s) => json!(s),
        SqlValue::Bool(b) => json!(b),
        SqlValue::Date(d) => json!(d.to_string()),
        SqlValue::Timestamp(t) => json!(t),
        SqlValue::IntList(ids) => json!(ids),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn context() -> Context {
        Context {
            secret: SecretKey::random(),
        }
    }

    fn fields(value: Value) -> Map<String, Value> {
        value.as_object().cloned().unwrap()
    }

    #[test]
    fn a_location_name_with_a_leading_space_is_trimmed_and_reported() {
        let c = convert(
            stages::LOCATION,
            1,
            Some(&json!(1)),
            &fields(json!({"name": " Alabama", "abbreviation": "AL"})),
            &context(),
        );
        assert!(c.refusals.is_empty(), "{:?}", c.refusals);
        assert_eq!(c.row["name"], "Alabama");
        assert_eq!(c.mends[0].what, "surrounding spaces trimmed");
    }

    #[test]
    fn a_rating_outside_one_to_five_refuses_the_review() {
        let c = convert(
            stages::USAGE,
            7,
            Some(&json!(3)),
            &fields(
                json!({"product": 1, "organization": 1, "reviewer": 1, "usage_type": 1,
                           "is_deprecated": false, "rating": 6, "review": ""}),
            ),
            &context(),
        );
        assert_eq!(c.row["left_out"], true);
        assert_eq!(c.refusals.len(), 1);
        assert_eq!(c.refusals[0]["field"], "rating");
        assert_eq!(c.refusals[0]["value"], "6");
    }

    #[test]
    fn a_user_without_an_email_is_refused() {
        let c = convert(
            stages::USER,
            2,
            Some(&json!(9)),
            &fields(json!({"username": "ann", "email": "", "password": "!x",
                           "date_joined": "2024-01-01T00:00:00Z", "is_active": true})),
            &context(),
        );
        assert_eq!(c.refusals[0]["field"], "email");
        assert_eq!(c.refusals[0]["reason"], "This field may not be blank.");
    }

    #[test]
    fn deprecation_details_of_a_review_in_use_are_dropped_and_reported() {
        let c = convert(
            stages::USAGE,
            1,
            Some(&json!(1)),
            &fields(
                json!({"product": 1, "organization": 1, "reviewer": 1, "usage_type": 1,
                           "is_deprecated": false, "when_deprecated": "2020-01-01",
                           "why_deprecated": null, "rating": 4, "review": " ok "}),
            ),
            &context(),
        );
        assert!(c.refusals.is_empty(), "{:?}", c.refusals);
        assert_eq!(c.row["when_deprecated"], Value::Null);
        assert_eq!(c.row["review"], "ok");
        let fields: Vec<&str> = c.mends.iter().map(|m| m.field.as_str()).collect();
        assert_eq!(fields, vec!["when_deprecated", "review"]);
    }

    #[test]
    fn a_token_is_staged_as_its_hash_and_named_by_its_first_characters() {
        let c = convert(
            stages::TOKEN,
            1,
            Some(&json!("c5a80f093c3cef7f24f0f14ed32e86fe27bbb28a")),
            &fields(json!({"user": ["demo"], "created": "2026-12-07T06:15:02.124Z"})),
            &context(),
        );
        assert!(c.refusals.is_empty(), "{:?}", c.refusals);
        assert_eq!(c.row["pk"], "c5a8…");
        assert_eq!(c.row["user_username"], "demo");
        let hash = c.row["key_hash"].as_str().unwrap();
        assert!(hash.starts_with("\\x") && hash.len() == 66, "{hash}");
        assert!(!c.row.values().any(|v| v.to_string().contains("c5a80f09")));
    }

    #[test]
    fn an_invalid_url_is_left_out_and_the_product_kept() {
        let c = convert(
            stages::PRODUCT,
            1,
            Some(&json!(1)),
            &fields(
                json!({"name": "X", "domain": 1, "subject": null, "description": "",
                           "url": "ftp://files.example.org"}),
            ),
            &context(),
        );
        assert!(c.refusals.is_empty(), "{:?}", c.refusals);
        assert_eq!(c.row["url"], Value::Null);
        assert_eq!(c.mends.len(), 1);
    }
}
