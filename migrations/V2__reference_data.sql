-- Reference data: the small lists that staff maintain and everyone reads
-- (domain.md, "Reference data"). Organizations, products and reviews point at
-- these rows, so their foreign keys (later migrations) refuse to delete a row
-- that is still in use.
--
-- Each name follows the same four rules, spelled out per table so that every
-- constraint carries its own table's name:
--   _length    domain.md's limit, in characters
--   _required  not blank: something other than whitespace
--   _trimmed   no whitespace at either end (the API trims before writing;
--              this only catches a caller that forgot)
--   _unique    a unique index on lower(btrim(name)): "Math" and " math " clash
-- The unique index also serves look-ups by name; a second index on
-- (lower(name), id) serves the default order ("ordered by name", then id so
-- that pages are stable).

-- Grades, TK (-1) to 12. The level is what orders them and what an
-- organization's grade range ("K-8") is computed from; the name is what people
-- read. Seeded by V6; staff rarely touch them.
create table grades (
    id         bigint generated always as identity primary key,
    level      integer not null,
    name       text not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint grades_level_range   check (level between -1 and 12),
    constraint grades_level_unique  unique (level),
    constraint grades_name_length   check (char_length(name) <= 2),
    constraint grades_name_required check (name ~ '\S'),
    constraint grades_name_trimmed  check (name !~ '^\s|\s$')
);
create unique index grades_name_unique on grades (lower(btrim(name)));
-- Ordered by level: grades_level_unique's index already serves that.
create trigger grades_set_updated_at before update on grades
    for each row execute function set_updated_at();

-- Locations: US states and the District of Columbia, seeded by V6. The
-- abbreviation is the postal code; requiring upper case makes a plain unique
-- constraint case-insensitive. domain.md only says the abbreviation is
-- unique; two locations with the same name would be as confusing, so the
-- name is required and unique too.
create table locations (
    id           bigint generated always as identity primary key,
    name         text not null,
    abbreviation text not null,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    constraint locations_abbreviation_format check (abbreviation ~ '^[A-Z]{2}$'),
    constraint locations_abbreviation_unique unique (abbreviation),
    constraint locations_name_length         check (char_length(name) <= 25),
    constraint locations_name_required       check (name ~ '\S'),
    constraint locations_name_trimmed        check (name !~ '^\s|\s$')
);
create unique index locations_name_unique on locations (lower(btrim(name)));
create index locations_name_order_idx on locations (lower(name), id);
create trigger locations_set_updated_at before update on locations
    for each row execute function set_updated_at();

-- Kinds of organization (public district, charter network, private school).
create table org_types (
    id         bigint generated always as identity primary key,
    name       text not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint org_types_name_length   check (char_length(name) <= 50),
    constraint org_types_name_required check (name ~ '\S'),
    constraint org_types_name_trimmed  check (name !~ '^\s|\s$')
);
create unique index org_types_name_unique on org_types (lower(btrim(name)));
create index org_types_name_order_idx on org_types (lower(name), id);
create trigger org_types_set_updated_at before update on org_types
    for each row execute function set_updated_at();

-- Domains group products by what they are for (assessment, SIS, LMS...). The
-- colour tags them in the web app: a CSS hex colour, either case accepted
-- (browsers and colour pickers produce both).
create table domains (
    id         bigint generated always as identity primary key,
    name       text not null,
    color      text not null default '#000000',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint domains_color_format    check (color ~ '^#[0-9A-Fa-f]{6}$'),
    constraint domains_name_length     check (char_length(name) <= 50),
    constraint domains_name_required   check (name ~ '\S'),
    constraint domains_name_trimmed    check (name !~ '^\s|\s$')
);
create unique index domains_name_unique on domains (lower(btrim(name)));
create index domains_name_order_idx on domains (lower(name), id);
-- Products are searched by their domain's name too.
create index domains_name_trgm_idx on domains
    using gin (f_unaccent(lower(name)) gin_trgm_ops);
create trigger domains_set_updated_at before update on domains
    for each row execute function set_updated_at();

-- Subjects (math, literacy, science...). The icon names one of the icons the
-- web app bundles; the database cannot know that list, so it only insists on
-- the shape of an icon name (kebab-case: "brain", "book-open").
create table subjects (
    id         bigint generated always as identity primary key,
    name       text not null,
    icon       text not null default 'brain',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint subjects_icon_format   check (icon ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint subjects_icon_length   check (char_length(icon) <= 50),
    constraint subjects_name_length   check (char_length(name) <= 25),
    constraint subjects_name_required check (name ~ '\S'),
    constraint subjects_name_trimmed  check (name !~ '^\s|\s$')
);
create unique index subjects_name_unique on subjects (lower(btrim(name)));
create index subjects_name_order_idx on subjects (lower(name), id);
-- Products are searched by their subject's name too.
create index subjects_name_trgm_idx on subjects
    using gin (f_unaccent(lower(name)) gin_trgm_ops);
create trigger subjects_set_updated_at before update on subjects
    for each row execute function set_updated_at();

-- How an organization uses a product (district-wide, pilot, single school...).
create table usage_types (
    id         bigint generated always as identity primary key,
    name       text not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint usage_types_name_length   check (char_length(name) <= 25),
    constraint usage_types_name_required check (name ~ '\S'),
    constraint usage_types_name_trimmed  check (name !~ '^\s|\s$')
);
create unique index usage_types_name_unique on usage_types (lower(btrim(name)));
create index usage_types_name_order_idx on usage_types (lower(name), id);
create trigger usage_types_set_updated_at before update on usage_types
    for each row execute function set_updated_at();

-- Ways data moves into or out of a product (API, SFTP, CSV upload,
-- OneRoster, Clever).
create table data_interfaces (
    id         bigint generated always as identity primary key,
    name       text not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint data_interfaces_name_length   check (char_length(name) <= 25),
    constraint data_interfaces_name_required check (name ~ '\S'),
    constraint data_interfaces_name_trimmed  check (name !~ '^\s|\s$')
);
create unique index data_interfaces_name_unique on data_interfaces (lower(btrim(name)));
create index data_interfaces_name_order_idx on data_interfaces (lower(name), id);
create trigger data_interfaces_set_updated_at before update on data_interfaces
    for each row execute function set_updated_at();
