//! `OPTIONS` on the index, a collection or a record: Django REST
//! Framework's metadata (`SimpleMetadata`): name, description, what the
//! route renders and parses, and `actions`, the writable shape of the
//! action the asker may take (`POST` on a collection, `PUT` on a record),
//! each field with its type, whether it is required or read-only, its
//! label and its bounds. Everything comes from the declarations (`spec`)
//! and the one judge (`auth::permissions`): an action the asker may not
//! take is left out, as DRF leaves it out.

use serde_json::{json, Map, Value};
use warp::http::{header, HeaderValue, Method, StatusCode};
use warp::reply::Response;

use super::{parse_id, write, CollectionRequest, CSV_SUFFIX};
use crate::api::error::ApiResult;
use crate::auth::permissions::{FieldRule, RecordPermissions, FIELD_RULES};
use crate::auth::Principal;
use crate::model::collection::{Collection, Field, Format, Kind};
use crate::model::permissions::Ownership;

/// What every route here parses (bodies are JSON only, else 415).
const PARSES: [&str; 1] = ["application/json"];

/// OPTIONS /api/
pub fn index(allow: &[Method]) -> Response {
    metadata(
        json!({
            "name": "Api Root",
            "description": "Every collection and its URL.",
            "renders": ["application/json"],
            "parses": PARSES,
        }),
        allow,
    )
}

/// OPTIONS /api/<name>/: `actions.POST` when the asker may create here.
pub fn list(
    collection: &'static Collection,
    request: &CollectionRequest,
    allow: &[Method],
) -> ApiResult<Response> {
    readable(collection, request)?;
    let mut body = json!({
        "name": format!("{} List", title(collection.name)),
        "description": format!(
            "Every {}: a page of JSON records, or all of them as CSV at /api/{}{CSV_SUFFIX}.",
            collection.verbose_name, collection.name
        ),
        "renders": ["application/json", "text/csv"],
        "parses": PARSES,
    });
    let may_create = collection
        .permissions
        .create
        .is_some_and(|rule| request.principal.may(rule, Ownership::NotApplicable));
    if may_create {
        body["actions"] = json!({"POST": fields(collection, &request.principal)});
    }
    Ok(metadata(body, allow))
}

/// OPTIONS /api/<name>/<id>/: `actions.PUT` when the asker may change this
/// record (the same answer as its `permissions.change`); 404 for no record.
pub async fn item(
    collection: &'static Collection,
    request: &CollectionRequest,
    id: &str,
    allow: &[Method],
) -> ApiResult<Response> {
    readable(collection, request)?;
    let id = parse_id(id)?;
    let client = request.state.pool.get().await?;
    let record = write::existing(client.pooled(), collection, id).await?;
    let allowed = RecordPermissions::of(
        &request.principal,
        &collection.permissions,
        collection.owner,
        &record,
    );
    let mut body = json!({
        "name": format!("{} Instance", title(collection.name)),
        "description": format!("One {}.", collection.verbose_name),
        "renders": ["application/json"],
        "parses": PARSES,
    });
    if allowed.change {
        body["actions"] = json!({"PUT": fields(collection, &request.principal)});
    }
    Ok(metadata(body, allow))
}

/// OPTIONS asks what reading would: DRF checks the view's permissions
/// before answering it (anonymous askers get the list's 401).
fn readable(collection: &Collection, request: &CollectionRequest) -> ApiResult<()> {
    request
        .principal
        .require(collection.permissions.read, Ownership::NotApplicable)
        .map(drop)
        .map_err(Into::into)
}

/// A 200 with the metadata and `Allow`, as DRF answers OPTIONS.
fn metadata(body: Value, allow: &[Method]) -> Response {
    let mut response = warp::http::Response::new(body.to_string().into());
    *response.status_mut() = StatusCode::OK;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    let allow: Vec<&str> = allow.iter().map(Method::as_str).collect();
    if let Ok(value) = HeaderValue::from_str(&allow.join(", ")) {
        headers.insert(header::ALLOW, value);
    }
    response
}

/// Every field as DRF's `SimpleMetadata.get_field_info` describes it.
/// Fields only staff may change (`FIELD_RULES`) are read-only for others.
fn fields(collection: &Collection, principal: &Principal) -> Map<String, Value> {
    let staff = matches!(principal, Principal::Member(m) if m.is_staff);
    collection
        .fields
        .iter()
        .map(|field| {
            let staff_only = FIELD_RULES.iter().any(|(c, f, rule, _)| {
                *c == collection.name && *f == field.name && *rule == FieldRule::Staff
            });
            let read_only = !field.writable() || (staff_only && !staff);
            (field.name.to_owned(), field_info(field, read_only))
        })
        .collect()
}

fn field_info(field: &Field, read_only: bool) -> Value {
    let mut info = json!({
        "type": type_name(field),
        "required": field.required && !read_only,
        "read_only": read_only,
        "label": label(field.name),
    });
    if let Some(max) = field.max_length {
        info["max_length"] = json!(max);
    }
    if field.kind == Kind::Text && !field.allow_blank && !read_only {
        info["min_length"] = json!(1);
    }
    if let Some((min, max)) = field.range {
        info["min_value"] = json!(min);
        info["max_value"] = json!(max);
    }
    info
}

/// DRF's names for its serializer fields (`SimpleMetadata.label_lookup`):
/// related fields are `field`, as DRF's `PrimaryKeyRelatedField` is.
fn type_name(field: &Field) -> &'static str {
    match (field.kind, field.format) {
        (Kind::Text, Some(Format::Email)) => "email",
        (Kind::Text, Some(Format::HttpUrl)) => "url",
        (Kind::Text, _) => "string",
        (Kind::Id | Kind::Integer, _) => "integer",
        (Kind::Bool, _) => "boolean",
        (Kind::Date, _) => "date",
        (Kind::Timestamp, _) => "datetime",
        (Kind::ForeignKey(_) | Kind::ManyToMany(_), _) => "field",
    }
}

/// `grade_range` → `Grade range`; `id` → `ID` (Django's verbose names).
fn label(name: &str) -> String {
    if name == "id" {
        return "ID".into();
    }
    let spaced = name.replace('_', " ");
    let mut chars = spaced.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().collect::<String>() + chars.as_str())
        .unwrap_or_default()
}

/// `data_interfaces` → `Data Interfaces` (DRF names a view by its class).
fn title(name: &str) -> String {
    name.split('_').map(label).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_titles_read_as_django_writes_them() {
        assert_eq!(label("id"), "ID");
        assert_eq!(label("grade_range"), "Grade range");
        assert_eq!(title("data_interfaces"), "Data Interfaces");
    }
}
