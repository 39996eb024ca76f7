-- Staging for `mothra import` of a Django `manage.py dumpdata` document
-- (src/django/). One temporary table per model Mothra carries, holding each
-- object as Mothra's rules read it (checked one by one as it was read), so
-- that what concerns several rows (duplicates, references, what depends on
-- a refused row) and the load itself are set-based SQL over the whole
-- document, while the reader holds only a batch at a time. `seq` is the
-- object's position in the document (1-based), `pk` its primary key there,
-- `left_out` whether it is not loaded, `target` (reference data and users)
-- the Mothra row it becomes. Everything here is dropped when the import's
-- transaction ends, committed or not.

-- Every refused row: the field and value at fault and why.
create temp table dj_refusal (
    seq    bigint not null,
    model  text not null,
    pk     text,
    field  text,
    value  text,
    reason text not null
) on commit drop;

-- Rows that point at a refused or left-out row: left out too, or loaded
-- without that reference (an optional one).
create temp table dj_dependent (
    seq      bigint not null,
    model    text not null,
    pk       text,
    reason   text not null,
    left_out boolean not null
) on commit drop;

create temp table dj_grade (
    seq bigint primary key, pk bigint, left_out boolean not null, target bigint,
    level integer, name text
) on commit drop;

create temp table dj_location (
    seq bigint primary key, pk bigint, left_out boolean not null, target bigint,
    name text, abbreviation text
) on commit drop;

create temp table dj_orgtype (
    seq bigint primary key, pk bigint, left_out boolean not null, target bigint,
    name text
) on commit drop;

create temp table dj_domain (
    seq bigint primary key, pk bigint, left_out boolean not null, target bigint,
    name text, color text
) on commit drop;

create temp table dj_subject (
    seq bigint primary key, pk bigint, left_out boolean not null, target bigint,
    name text, icon text
) on commit drop;

create temp table dj_usagetype (
    seq bigint primary key, pk bigint, left_out boolean not null, target bigint,
    name text
) on commit drop;

create temp table dj_datainterface (
    seq bigint primary key, pk bigint, left_out boolean not null, target bigint,
    name text
) on commit drop;

create temp table dj_organization (
    seq bigint primary key, pk bigint, left_out boolean not null,
    name text, size integer, org_type bigint, grades bigint[], locations bigint[]
) on commit drop;

-- `pk` is null in a `--natural-primary` dump; the username is then the key.
create temp table dj_user (
    seq bigint primary key, pk bigint, left_out boolean not null, target bigint,
    username text, email text, first_name text, last_name text, password_hash text,
    is_staff boolean, is_active boolean, date_joined timestamptz, last_login timestamptz
) on commit drop;

-- The user is named by pk, or by username in a `--natural-foreign` dump;
-- `user_seq` is the dj_user row either resolves to.
create temp table dj_profile (
    seq bigint primary key, pk bigint, left_out boolean not null,
    user_pk bigint, user_username text, user_seq bigint,
    github_id text, organization bigint
) on commit drop;

create temp table dj_product (
    seq bigint primary key, pk bigint, left_out boolean not null,
    name text, domain bigint, subject bigint, description text, url text
) on commit drop;

create temp table dj_usage (
    seq bigint primary key, pk bigint, left_out boolean not null,
    product bigint, organization bigint, reviewer bigint, usage_type bigint,
    how_push bigint, how_pull bigint, is_deprecated boolean, when_deprecated date,
    why_deprecated text, rating integer, review text
) on commit drop;

-- A DRF token's pk is its key; only the key's keyed hash is staged.
create temp table dj_token (
    seq bigint primary key, pk text, left_out boolean not null,
    key_hash bytea, user_pk bigint, user_username text, user_seq bigint,
    created timestamptz
) on commit drop;
