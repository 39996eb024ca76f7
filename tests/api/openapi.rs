//! `GET /api/openapi.json`: a valid OpenAPI 3.1 document, generated from the
//! collections' declarations, so every path and filter is in it.

use std::collections::BTreeSet;

use mothra::api::collections::REGISTRY;
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::helpers::spawn_app;
use crate::python::{python_with, OPENAPI_SPEC_VALIDATOR};

async fn document() -> Value {
    let app = spawn_app().await;
    let response = app.get("/api/openapi.json").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()["content-type"].to_str().unwrap(),
        "application/json"
    );
    response.json().await.expect("JSON")
}

fn parameter_names(operation: &Value) -> BTreeSet<String> {
    operation["parameters"]
        .as_array()
        .expect("parameters")
        .iter()
        .map(|p| p["name"].as_str().expect("name").to_owned())
        .collect()
}

#[tokio::test]
async fn the_document_is_readable_anonymously_and_lists_every_path() {
    let doc = document().await;
    assert_eq!(doc["openapi"], json!("3.1.0"));
    assert_eq!(doc["info"]["title"], json!("Mothra API"));
    let paths = doc["paths"].as_object().expect("paths");
    for collection in REGISTRY.0 {
        let list = &paths[&format!("/api/{}/", collection.name)];
        let item = &paths[&format!("/api/{}/{{id}}/", collection.name)];
        let export = &paths[&format!("/api/{}.csv", collection.name)];
        assert!(list["get"].is_object(), "{}", collection.name);
        // CSV is an operation of its own; the list answers JSON only.
        assert_eq!(
            export["get"]["responses"]["200"]["content"]
                .as_object()
                .map(|c| c.keys().map(String::as_str).collect::<Vec<_>>()),
            Some(vec!["text/csv"]),
            "{}",
            collection.name
        );
        assert_eq!(
            list["get"]["responses"]["200"]["content"]
                .as_object()
                .map(|c| c.keys().map(String::as_str).collect::<Vec<_>>()),
            Some(vec!["application/json"]),
            "{}",
            collection.name
        );
        assert_eq!(
            list["post"].is_object(),
            collection.permissions.create.is_some() || collection.name == "users",
            "{}: POST",
            collection.name
        );
        for method in ["get", "put", "patch"] {
            assert!(item[method].is_object(), "{} {method}", collection.name);
        }
        assert_eq!(
            item["delete"].is_object(),
            collection.name != "profiles",
            "{}: DELETE",
            collection.name
        );
    }
    for path in [
        "/api/",
        "/api/me/",
        "/api/openapi.json",
        "/api/auth/login",
        "/api/auth/logout",
        "/api/auth/setup",
        "/api/auth/token",
        "/api/auth/password/change",
        "/api/auth/password/reset",
        "/api/auth/password/reset/confirm",
        "/api/auth/password/reset/check",
        "/api/products/{id}/stats/",
        "/api/compare/",
        "/api/products/{id}/alternatives/",
        "/api/organizations/{id}/data-flows/",
        "/api/data-flows/",
        "/api/products/{id}/moves/",
        "/api/moves/",
        "/api/products/{id}/history/",
        "/api/organizations/{id}/history/",
        "/api/usages/{id}/history/",
        "/api/history/",
    ] {
        assert!(paths.contains_key(path), "{path}");
    }
    assert_eq!(paths.len(), 3 * REGISTRY.0.len() + 22);
}

#[tokio::test]
async fn every_declared_filter_and_lookup_is_a_documented_parameter() {
    let doc = document().await;
    for collection in REGISTRY.0 {
        let list = &doc["paths"][&format!("/api/{}/", collection.name)]["get"];
        let documented = parameter_names(list);
        let accepted: BTreeSet<String> = mothra::model::list::accepted(&REGISTRY, collection)
            .into_iter()
            .collect();
        assert_eq!(documented, accepted, "{}", collection.name);
    }
    let products = parameter_names(&doc["paths"]["/api/products/"]["get"]);
    for name in [
        "domain",
        "domain__in",
        "name__icontains",
        "usages__rating",
        "usages__organization__org_type__in",
        "search",
        "ordering",
        "format",
    ] {
        assert!(products.contains(name), "{name}: {products:?}");
    }
    let stats = parameter_names(&doc["paths"]["/api/products/{id}/stats/"]["get"]);
    let expected: BTreeSet<String> = mothra::api::stats::ACCEPTED
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(stats, expected);
}

#[tokio::test]
async fn schemas_carry_the_declared_rules_and_the_error_shapes() {
    let doc = document().await;
    let schemas = &doc["components"]["schemas"];
    assert_eq!(
        schemas["ProductRequest"]["required"],
        json!(["name", "domain"])
    );
    assert_eq!(
        schemas["ProductRequest"]["properties"]["name"],
        json!({"type": "string", "maxLength": 100, "minLength": 1})
    );
    assert_eq!(
        schemas["ProductRequest"]["properties"]["subject"]["type"],
        json!(["integer", "null"])
    );
    assert!(schemas["ProductRequest"]["properties"]["nps"].is_null());
    assert_eq!(schemas["PatchedProductRequest"]["required"], json!([]));
    assert_eq!(
        schemas["Product"]["properties"]["nps"]["readOnly"],
        json!(true)
    );
    assert_eq!(
        schemas["Product"]["properties"]["nps"]["type"],
        json!(["integer", "null"])
    );
    assert_eq!(
        schemas["UsageRequest"]["properties"]["rating"]["minimum"],
        json!(1)
    );
    assert_eq!(
        schemas["UsageRequest"]["properties"]["rating"]["maximum"],
        json!(5)
    );
    assert_eq!(
        schemas["Organization"]["properties"]["grades"]["items"],
        json!({"type": "integer"})
    );
    assert_eq!(
        schemas["PaginatedProductList"]["required"],
        json!(["count", "next", "previous", "results"])
    );
    assert_eq!(
        schemas["Conflict"]["properties"]["referenced_by"]["additionalProperties"],
        json!({"type": "integer"})
    );
    let delete = &doc["paths"]["/api/domains/{id}/"]["delete"]["responses"]["409"];
    assert_eq!(
        delete["content"]["application/json"]["schema"],
        json!({"$ref": "#/components/schemas/Conflict"})
    );
    let schemes = &doc["components"]["securitySchemes"];
    assert_eq!(schemes["sessionCookie"]["name"], json!("mothra_session"));
    assert_eq!(schemes["csrfToken"]["name"], json!("X-CSRFToken"));
    assert_eq!(schemes["tokenAuth"]["name"], json!("Authorization"));
    assert_eq!(schemes["bearerAuth"]["scheme"], json!("bearer"));
}

#[tokio::test]
async fn the_document_validates_as_openapi_3_1() {
    let doc = document().await;
    let python = python_with("openapi_spec_validator", OPENAPI_SPEC_VALIDATOR).await;
    let file = std::env::temp_dir().join(format!(
        "mothra-openapi-{}.json",
        uuid::Uuid::new_v4().simple()
    ));
    std::fs::write(&file, doc.to_string()).expect("write the document");
    let output = tokio::process::Command::new(python)
        .args([
            "-c",
            "import json, sys\n\
             from openapi_spec_validator import validate, OpenAPIV31SpecValidator\n\
             validate(json.load(open(sys.argv[1])), cls=OpenAPIV31SpecValidator)\n\
             print('valid')",
        ])
        .arg(&file)
        .output()
        .await
        .expect("python runs");
    let _ = std::fs::remove_file(&file);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(stdout.trim(), "valid");
}
