-- Extensions and helper functions that the rest of the schema builds on.
--
-- Conventions followed by every migration after this one:
--
-- * Every table has `id bigint generated always as identity primary key`,
--   `created_at` and `updated_at`, both set by the database. The application
--   never writes them; `set_updated_at()` below keeps `updated_at` current.
-- * Every rule of shared/docs/domain.md that the database can enforce is a
--   NAMED constraint (or unique index, or trigger raising with a constraint
--   name), `<table>_<column>_<rule>`. The application maps those names to
--   field errors (400) and conflicts (409) in one table, so a name is part of
--   the API: renaming one is a breaking change for src/.
--     _required  not blank (contains something other than whitespace)
--     _trimmed   no whitespace at either end
--     _length    at most N characters (char_length, not bytes)
--     _format    a regular expression
--     _range     a numeric range
--     _unique    unique; for names, a unique index on lower(btrim(..)), which
--                is what domain.md means by "unique" (ignoring case and
--                surrounding blanks)
--     _fkey      a foreign key
--   Check constraints are evaluated in alphabetical order of their names, so
--   when a value breaks several rules the first one reported is predictable:
--   _format, then _length, then _required, then _trimmed.
-- * Foreign keys are ON DELETE RESTRICT: nothing referenced is deleted from
--   under its references (domain.md, "Deleting"); the API turns the
--   violation into a 409. The exceptions cascade on purpose and say why.

-- Trigram indexes make `ilike '%term%'` search usable on large tables;
-- unaccent makes that search accent-insensitive ("Mexico" finds "México").
-- Both are "trusted" extensions since PostgreSQL 13, so a database owner
-- without superuser (Heroku, Fly, RDS) can create them.
create extension if not exists pg_trgm with schema public;
create extension if not exists unaccent with schema public;

-- One trigger function for every table's `updated_at`. now() is the start of
-- the transaction, so every row touched by one request gets the same stamp.
create function public.set_updated_at() returns trigger
language plpgsql
as $$
begin
    new.updated_at := now();
    return new;
end;
$$;

comment on function public.set_updated_at() is
    'BEFORE UPDATE trigger: keeps updated_at at the time of the last change.';

-- unaccent() is only STABLE (its dictionary could change, and it resolves the
-- dictionary through search_path), so it cannot appear in an index. Naming the
-- dictionary and the function with their schema removes the search_path
-- dependency, which makes declaring this wrapper IMMUTABLE safe in practice:
-- the usual pattern for accent-insensitive expression indexes. The SQL-standard
-- body (`return ...`) lets the planner inline it and records the dependency on
-- unaccent, so the extension cannot be dropped from under the indexes.
--
-- Search queries must use the very expression that is indexed,
-- `f_unaccent(lower(<column>)) like '%' || f_unaccent(lower($1)) || '%'`,
-- for the trigram indexes to apply.
create function public.f_unaccent(text) returns text
language sql
immutable
parallel safe
strict
return public.unaccent('public.unaccent'::regdictionary, $1);

comment on function public.f_unaccent(text) is
    'IMMUTABLE wrapper around unaccent() for accent-insensitive search indexes.';
