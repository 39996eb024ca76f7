#!/usr/bin/env python3
"""Checks a dump made by bench/django_dump.sql against a real one.

    python3 bench/check_django_dump.py DUMP [SAMPLE]

SAMPLE is a document the Django original wrote (default
/work/shared/django/django-sample.json); its schema (django-schema.sql
beside it) says which columns may be null. Prints the objects per model and
exits 1 on the first kind of mismatch found:

- DUMP is one JSON array of {"model", "pk", "fields"} objects, and its
  bytes are exactly what Django's dumpdata (no --indent) writes for those
  objects: "[" + ", ".join(json.dumps(obj, ensure_ascii=False)) + "]";
- the models come in the sample's order, each ordered by primary key,
  without a repeated key;
- every object's keys, and its fields' keys, are the sample's for that
  model in the same order, and each field's JSON types are among those the
  sample has for it (null only where the sample or the original's schema
  has null);
- the content types and permissions are the sample's;
- passwords, token keys, datetimes and dates have Django's forms, and
  every reference (organization → grades, usage → profile, ...) points at
  an object of the dump.
Standard library only.
"""

import collections
import json
import os
import re
import sys

DUMP = sys.argv[1]
SAMPLE = sys.argv[2] if len(sys.argv) > 2 else "/work/shared/django/django-sample.json"

SCHEMA = os.path.join(os.path.dirname(SAMPLE), "django-schema.sql")

problems = []


def problem(msg):
    problems.append(msg)
    if len(problems) <= 30:
        print("MISMATCH:", msg)


with open(DUMP, encoding="utf-8") as f:
    text = f.read()
objs = json.loads(text)
with open(SAMPLE, encoding="utf-8") as f:
    sample = json.load(f)

if not isinstance(objs, list):
    sys.exit("not a JSON array")

# Byte for byte what Django's JSON serializer writes with no --indent.
django_form = "[" + ", ".join(json.dumps(o, ensure_ascii=False) for o in objs) + "]"
if text.rstrip("\n") != django_form:
    at = next(i for i, (a, b) in enumerate(zip(text, django_form)) if a != b)
    problem(f"not Django's byte form near offset {at}: {text[at - 40:at + 40]!r}")


def order(objects):
    out = []
    for o in objects:
        if not out or out[-1] != o["model"]:
            out.append(o["model"])
    return out


def jtype(v):
    return type(v).__name__


# Per model: the key order of the sample's objects and each field's types.
shape = {}
types = collections.defaultdict(lambda: collections.defaultdict(set))
for o in sample:
    keys = (tuple(o), tuple(o["fields"]))
    shape.setdefault(o["model"], keys)
    if shape[o["model"]] != keys:
        print(f"note: the sample's {o['model']} objects differ in keys", file=sys.stderr)
    for k, v in o["fields"].items():
        types[o["model"]][k].add(jtype(v))
        if isinstance(v, list):
            types[o["model"]][k + "[]"].update(jtype(x) for x in v)

# Null is fine wherever the original's schema allows it (the cut-down
# sample need not show every null).
with open(SCHEMA, encoding="utf-8") as f:
    for table, body in re.findall(r"CREATE TABLE public\.(\w+) \((.*?)\n\);", f.read(), re.S):
        for column in body.split(",\n"):
            name = column.split()[0]
            if "NOT NULL" not in column:
                app, _, model = table.partition("_")
                types[f"{app}.{model}"][name.removesuffix("_id")].add("NoneType")

counts = collections.Counter(o["model"] for o in objs)
models = order(objs)
if len(models) != len(counts):
    problem(f"a model's objects are not together: {models}")
sample_order = [m for m in order(sample) if m in counts]
if models != sample_order:
    problem(f"model order {models} is not the sample's {sample_order}")
if set(counts) != set(shape):
    problem(f"models {sorted(set(counts) ^ set(shape))} are in only one of the two")

pks = collections.defaultdict(list)
for o in objs:
    m = o["model"]
    if m not in shape:
        continue
    pks[m].append(o["pk"])
    if (tuple(o), tuple(o["fields"])) != shape[m]:
        problem(f"{m} {o['pk']}: keys {list(o)} / {list(o['fields'])}, the sample has {shape[m]}")
        continue
    for k, v in o["fields"].items():
        if jtype(v) not in types[m][k]:
            problem(f"{m} {o['pk']}: {k} is {jtype(v)} {v!r}, the sample has only {sorted(types[m][k])}")
        if isinstance(v, list) and not {jtype(x) for x in v} <= types[m][k + "[]"]:
            problem(f"{m} {o['pk']}: {k} holds {v!r}")
for m, ks in pks.items():
    if ks != sorted(ks) or len(set(ks)) != len(ks):
        problem(f"{m}: primary keys not ascending and unique")

# The whole-database extras, exactly as the original has them.
for m in ("contenttypes.contenttype", "auth.permission"):
    if [o for o in objs if o["model"] == m] != [o for o in sample if o["model"] == m]:
        problem(f"{m} objects differ from the sample's")

TS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z$")
DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
by = {m: {o["pk"]: o["fields"] for o in objs if o["model"] == m} for m in counts}
for pk, f in by.get("auth.user", {}).items():
    pw = f["password"]
    if not (re.fullmatch(r"![A-Za-z0-9_-]{40}", pw) or pw.startswith("pbkdf2_sha256$1000000$")):
        problem(f"user {pk}: password {pw!r}")
    for k in ("last_login", "date_joined"):
        if f[k] is not None and not TS.match(f[k]):
            problem(f"user {pk}: {k} {f[k]!r}")
for key, f in by.get("authtoken.token", {}).items():
    if not re.fullmatch(r"[0-9a-f]{40}", key) or not TS.match(f["created"]):
        problem(f"token {key}: {f}")
for pk, f in by.get("inventory.usage", {}).items():
    if f["when_deprecated"] is not None and not DATE.match(f["when_deprecated"]):
        problem(f"usage {pk}: when_deprecated {f['when_deprecated']!r}")

REFS = {
    "accounts.organization": {"org_type": "accounts.orgtype", "grades": "accounts.grade",
                              "locations": "accounts.location"},
    "accounts.profile": {"user": "auth.user", "organization": "accounts.organization"},
    "inventory.product": {"domain": "inventory.domain", "subject": "inventory.subject"},
    "inventory.usage": {"product": "inventory.product", "organization": "accounts.organization",
                        "reviewer": "accounts.profile", "how_push": "inventory.datainterface",
                        "how_pull": "inventory.datainterface", "usage_type": "inventory.usagetype"},
    "authtoken.token": {"user": "auth.user"},
    "auth.permission": {"content_type": "contenttypes.contenttype"},
}
for m, refs in REFS.items():
    for pk, f in by.get(m, {}).items():
        for k, target in refs.items():
            v = f.get(k)
            for v in v if isinstance(v, list) else [v]:
                if v is not None and v not in by.get(target, {}):
                    problem(f"{m} {pk}: {k} {v} is not a {target}")

width = max(map(len, counts))
for m in models:
    print(f"{m:<{width}} {counts[m]:>7,}")
print(f"{'total':<{width}} {sum(counts.values()):>7,}  ({len(text.encode()):,} bytes)")
if problems:
    sys.exit(f"{len(problems)} mismatch(es)")
print(f"ok: the shape of {SAMPLE}, field for field")
