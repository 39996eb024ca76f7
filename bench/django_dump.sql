-- A Django `manage.py dumpdata` document (the whole database, as the
-- original app's dumpdata writes it with no --indent) made from a Mothra
-- database, with the same ids: the input of bench/import.sh, which times
-- `mothra import` on it. Read only: it creates nothing but two session
-- functions in pg_temp.
--
--   psql -X -q -At -R '' -v ON_ERROR_STOP=1 -v FETCH_COUNT=5000 \
--        -f bench/django_dump.sql -o dump.json postgres://.../mothra_db
--
-- -At -R '' prints the rows (one object each, with its ", " separator)
-- back to back, so the file is `[{...}, {...}, ...]` plus a final newline;
-- FETCH_COUNT streams the rows through a cursor instead of holding them all
-- in psql.
--
-- The text is built here rather than with json_build_object, whose output
-- spaces keys as `"k" : v`: Django writes Python's json.dumps form
-- (`{"model": "accounts.grade", "pk": 1, "fields": {"level": -1, ...}}`,
-- ensure_ascii off), and to_json() escapes strings exactly as that does.
-- Each object keeps Django's key order (model, pk, fields; the fields in
-- the models' declaration order, many-to-many last) and the models come in
-- the order of the original's whole-database dump
-- (/work/shared/django/django-sample.json): auth.permission, auth.user,
-- contenttypes.contenttype, accounts.*, inventory.*, authtoken.token, each
-- ordered by primary key.
--
-- What Mothra does not keep is made up, deterministically:
--   auth.user.password  an unusable password ("!" and 40 characters, as
--     Django's make_password(None) writes) for every user but a handful:
--     user 1 (`demo` in `mothra demo`) and every 400th user get the
--     pbkdf2_sha256 hash of `mothra-demo` that the original made for its
--     `demo` user (django-sample.json).
--   auth.user.is_superuser  is_staff.
--   authtoken.token  one per 100 users (users 1, 101, 201, ...): Mothra
--     keeps only a hash of its tokens, so the 40-hex-digit key is derived
--     from the user id; created = the user's last sign-in, or date joined.
--   contenttypes.contenttype, auth.permission  the original's 19 content
--     types and their 76 permissions, as in django-sample.json.
-- Mothra's columns that Django lacks (created_at, updated_at,
-- usages.replaced_by) are left out.

-- Django's DjangoJSONEncoder form of a datetime: ISO 8601 in UTC, the
-- microseconds cut to milliseconds (left out when zero), "Z" for +00:00.
create function pg_temp.dj_ts(t timestamptz) returns text
language sql immutable
return case when t is null then 'null' else
    '"' || to_char(t at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS')
        || case when extract(microseconds from t)::bigint % 1000000 <> 0
                then to_char(t at time zone 'UTC', '.MS') else '' end
        || 'Z"' end;

-- Any value as JSON text (null as null).
create function pg_temp.dj(x anyelement) returns text
language sql immutable
as $$ select coalesce(to_json(x)::text, 'null') $$;

with
-- The original's content types and the four permissions of each.
content_types (id, app_label, model, verbose_name) as (
    values (1, 'admin', 'logentry', 'log entry'),
           (2, 'auth', 'permission', 'permission'),
           (3, 'auth', 'group', 'group'),
           (4, 'auth', 'user', 'user'),
           (5, 'contenttypes', 'contenttype', 'content type'),
           (6, 'sessions', 'session', 'session'),
           (7, 'accounts', 'grade', 'grade'),
           (8, 'accounts', 'location', 'location'),
           (9, 'accounts', 'orgtype', 'org type'),
           (10, 'accounts', 'organization', 'organization'),
           (11, 'accounts', 'profile', 'profile'),
           (12, 'inventory', 'domain', 'domain'),
           (13, 'inventory', 'subject', 'subject'),
           (14, 'inventory', 'product', 'product'),
           (15, 'inventory', 'usagetype', 'usage type'),
           (16, 'inventory', 'usage', 'usage'),
           (17, 'inventory', 'datainterface', 'data interface'),
           (18, 'authtoken', 'token', 'Token'),
           (19, 'authtoken', 'tokenproxy', 'Token')
),
actions (n, action) as (
    values (1, 'add'), (2, 'change'), (3, 'delete'), (4, 'view')
),
org_grades as (
    select organization_id, json_agg(grade_id order by grade_id)::text as ids
    from organization_grades group by organization_id
),
org_locations as (
    select organization_id, json_agg(location_id order by location_id)::text as ids
    from organization_locations group by organization_id
),
-- (section, integer pk, text pk, object): sections in the dump's model order.
objects (section, pk, key, obj) as (
    select 1, (c.id - 1) * 4 + a.n, null::text,
           '{"model": "auth.permission", "pk": ' || (c.id - 1) * 4 + a.n
           || ', "fields": {"name": ' || pg_temp.dj('Can ' || a.action || ' ' || c.verbose_name)
           || ', "content_type": ' || c.id
           || ', "codename": ' || pg_temp.dj(a.action || '_' || c.model) || '}}'
    from content_types c cross join actions a
    union all
    select 2, u.id, null,
           '{"model": "auth.user", "pk": ' || u.id
           || ', "fields": {"password": ' || pg_temp.dj(
                  case when u.id = 1 or u.id % 400 = 0
                       then 'pbkdf2_sha256$1000000$3DPa5vq3veCcvUA58fQVuM$fOvhWvNjL1MTkwE4wInYbZZYMnrutaAU4ebm3bpzJUs='
                       else '!' || translate(substr(encode(sha256(convert_to('mothra-bench-password:' || u.id, 'UTF8')), 'base64'), 1, 40), '+/', '-_')
                  end)
           || ', "last_login": ' || pg_temp.dj_ts(u.last_login)
           || ', "is_superuser": ' || pg_temp.dj(u.is_staff)
           || ', "username": ' || pg_temp.dj(u.username)
           || ', "first_name": ' || pg_temp.dj(u.first_name)
           || ', "last_name": ' || pg_temp.dj(u.last_name)
           || ', "email": ' || pg_temp.dj(u.email)
           || ', "is_staff": ' || pg_temp.dj(u.is_staff)
           || ', "is_active": ' || pg_temp.dj(u.is_active)
           || ', "date_joined": ' || pg_temp.dj_ts(u.date_joined)
           || ', "groups": [], "user_permissions": []}}'
    from users u
    union all
    select 3, c.id, null,
           '{"model": "contenttypes.contenttype", "pk": ' || c.id
           || ', "fields": {"app_label": ' || pg_temp.dj(c.app_label)
           || ', "model": ' || pg_temp.dj(c.model) || '}}'
    from content_types c
    union all
    select 4, g.id, null,
           '{"model": "accounts.grade", "pk": ' || g.id
           || ', "fields": {"level": ' || g.level
           || ', "name": ' || pg_temp.dj(g.name) || '}}'
    from grades g
    union all
    select 5, l.id, null,
           '{"model": "accounts.location", "pk": ' || l.id
           || ', "fields": {"name": ' || pg_temp.dj(l.name)
           || ', "abbreviation": ' || pg_temp.dj(l.abbreviation) || '}}'
    from locations l
    union all
    select 6, t.id, null,
           '{"model": "accounts.orgtype", "pk": ' || t.id
           || ', "fields": {"name": ' || pg_temp.dj(t.name) || '}}'
    from org_types t
    union all
    select 7, o.id, null,
           '{"model": "accounts.organization", "pk": ' || o.id
           || ', "fields": {"name": ' || pg_temp.dj(o.name)
           || ', "size": ' || pg_temp.dj(o.size)
           || ', "org_type": ' || o.org_type_id
           || ', "grades": ' || coalesce(g.ids, '[]')
           || ', "locations": ' || coalesce(l.ids, '[]') || '}}'
    from organizations o
    left join org_grades g on g.organization_id = o.id
    left join org_locations l on l.organization_id = o.id
    union all
    select 8, p.id, null,
           '{"model": "accounts.profile", "pk": ' || p.id
           || ', "fields": {"user": ' || p.user_id
           || ', "github_id": ' || pg_temp.dj(p.github_id)
           || ', "organization": ' || pg_temp.dj(p.organization_id) || '}}'
    from profiles p
    union all
    select 9, d.id, null,
           '{"model": "inventory.domain", "pk": ' || d.id
           || ', "fields": {"name": ' || pg_temp.dj(d.name)
           || ', "color": ' || pg_temp.dj(d.color) || '}}'
    from domains d
    union all
    select 10, s.id, null,
           '{"model": "inventory.subject", "pk": ' || s.id
           || ', "fields": {"name": ' || pg_temp.dj(s.name)
           || ', "icon": ' || pg_temp.dj(s.icon) || '}}'
    from subjects s
    union all
    select 11, p.id, null,
           '{"model": "inventory.product", "pk": ' || p.id
           || ', "fields": {"name": ' || pg_temp.dj(p.name)
           || ', "domain": ' || p.domain_id
           || ', "subject": ' || pg_temp.dj(p.subject_id)
           || ', "description": ' || pg_temp.dj(p.description)
           || ', "url": ' || pg_temp.dj(p.url) || '}}'
    from products p
    union all
    select 12, t.id, null,
           '{"model": "inventory.usagetype", "pk": ' || t.id
           || ', "fields": {"name": ' || pg_temp.dj(t.name) || '}}'
    from usage_types t
    union all
    select 13, i.id, null,
           '{"model": "inventory.datainterface", "pk": ' || i.id
           || ', "fields": {"name": ' || pg_temp.dj(i.name) || '}}'
    from data_interfaces i
    union all
    select 14, u.id, null,
           '{"model": "inventory.usage", "pk": ' || u.id
           || ', "fields": {"product": ' || u.product_id
           || ', "organization": ' || u.organization_id
           || ', "reviewer": ' || u.reviewer_id
           || ', "how_push": ' || pg_temp.dj(u.how_push_id)
           || ', "how_pull": ' || pg_temp.dj(u.how_pull_id)
           || ', "usage_type": ' || u.usage_type_id
           || ', "is_deprecated": ' || pg_temp.dj(u.is_deprecated)
           || ', "when_deprecated": ' || pg_temp.dj(u.when_deprecated)
           || ', "why_deprecated": ' || pg_temp.dj(u.why_deprecated)
           || ', "rating": ' || u.rating
           || ', "review": ' || pg_temp.dj(u.review) || '}}'
    from usages u
    union all
    select 15, 0, k.key,
           '{"model": "authtoken.token", "pk": ' || pg_temp.dj(k.key)
           || ', "fields": {"user": ' || k.user_id
           || ', "created": ' || pg_temp.dj_ts(k.created) || '}}'
    from (
        select substr(encode(sha256(convert_to('mothra-bench-token:' || u.id, 'UTF8')), 'hex'), 1, 40) as key,
               u.id as user_id, coalesce(u.last_login, u.date_joined) as created
        from users u
        where u.id % 100 = 1
    ) k
),
numbered as (
    select obj,
           row_number() over (order by section, pk, key collate "C") as n,
           count(*) over () as total
    from objects
)
select case when n = 1 then '[' else ', ' end || obj || case when n = total then ']' else '' end
from numbered
order by n;
