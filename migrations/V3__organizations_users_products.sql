-- Organizations, members (users and their profiles) and products: everything
-- a review (V4) points at. Conventions: see V1 and V2.

-- An organization: a district, a charter network, a school. Its grades and
-- locations are many-to-many (the two join tables below); its grade range
-- ("K-8") is derived from its grades when read, never stored.
create table organizations (
    id          bigint generated always as identity primary key,
    name        text not null,
    -- Number of schools; optional because not every member knows it.
    size        integer,
    org_type_id bigint not null,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    constraint organizations_name_length      check (char_length(name) <= 50),
    constraint organizations_name_required    check (name ~ '\S'),
    constraint organizations_name_trimmed     check (name !~ '^\s|\s$'),
    constraint organizations_org_type_id_fkey foreign key (org_type_id)
        references org_types (id) on delete restrict,
    constraint organizations_size_nonnegative check (size >= 0)
);
create unique index organizations_name_unique on organizations (lower(btrim(name)));
create index organizations_name_order_idx on organizations (lower(name), id);
-- Members are searched by their organization's name.
create index organizations_name_trgm_idx on organizations
    using gin (f_unaccent(lower(name)) gin_trgm_ops);
create index organizations_org_type_id_idx on organizations (org_type_id);
create trigger organizations_set_updated_at before update on organizations
    for each row execute function set_updated_at();

-- The join tables are keyed by the pair itself: a surrogate id would only
-- allow the same pair twice. They keep created_at/updated_at like every other
-- table. Deleting an organization takes its pairs with it (they are part of
-- the organization); deleting a grade or location still in use is refused.
-- The primary key's index serves "the grades of this organization"; the
-- second index serves the foreign key and "organizations with this grade".
create table organization_grades (
    organization_id bigint not null,
    grade_id        bigint not null,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    constraint organization_grades_pkey primary key (organization_id, grade_id),
    constraint organization_grades_organization_id_fkey foreign key (organization_id)
        references organizations (id) on delete cascade,
    constraint organization_grades_grade_id_fkey foreign key (grade_id)
        references grades (id) on delete restrict
);
create index organization_grades_grade_id_idx on organization_grades (grade_id);
create trigger organization_grades_set_updated_at before update on organization_grades
    for each row execute function set_updated_at();

create table organization_locations (
    organization_id bigint not null,
    location_id     bigint not null,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    constraint organization_locations_pkey primary key (organization_id, location_id),
    constraint organization_locations_organization_id_fkey foreign key (organization_id)
        references organizations (id) on delete cascade,
    constraint organization_locations_location_id_fkey foreign key (location_id)
        references locations (id) on delete restrict
);
create index organization_locations_location_id_idx on organization_locations (location_id);
create trigger organization_locations_set_updated_at before update on organization_locations
    for each row execute function set_updated_at();

-- Members. Field names follow Django's auth_user so that data and habits
-- carry over. Usernames and emails are compared case-insensitively (nobody
-- expects "Ann" and "ann" to be two accounts); both formats exclude
-- whitespace, so lower(..) alone is the "ignoring case and blanks" key, and
-- the same expression serves the sign-in look-up.
--
-- password_hash is null for an invited member until they follow their
-- invitation link and choose a password; such a member cannot sign in with a
-- password. Only Argon2id PHC strings ("$argon2id$v=19$...") are accepted,
-- so a plain-text password can never be stored by mistake.
create table users (
    id            bigint generated always as identity primary key,
    username      text not null,
    email         text not null,
    first_name    text not null default '',
    last_name     text not null default '',
    password_hash text,
    is_staff      boolean not null default false,
    -- An inactive member cannot sign in; their sessions and token stop
    -- working. Deactivating, rather than deleting, keeps their reviews.
    is_active     boolean not null default true,
    date_joined   timestamptz not null default now(),
    last_login    timestamptz,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    -- A simple sanity check, not RFC 5322: one @, no whitespace, a dot
    -- inside the domain. Whether the address works is for the mail to tell.
    constraint users_email_format         check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    constraint users_email_length         check (char_length(email) <= 254),
    constraint users_first_name_length    check (char_length(first_name) <= 150),
    constraint users_first_name_trimmed   check (first_name !~ '^\s|\s$'),
    constraint users_last_name_length     check (char_length(last_name) <= 150),
    constraint users_last_name_trimmed    check (last_name !~ '^\s|\s$'),
    constraint users_password_hash_format check (password_hash ~ '^\$argon2id\$\S+$'),
    -- Django's username alphabet, ASCII only.
    constraint users_username_format      check (username ~ '^[A-Za-z0-9@.+_-]+$'),
    constraint users_username_length      check (char_length(username) <= 150)
);
create unique index users_username_unique on users (lower(username));
create unique index users_email_unique on users (lower(email));
-- Member search: every term must match one of these (or the organization's
-- name), hence one index per column, combined by a BitmapOr.
create index users_first_name_trgm_idx on users
    using gin (f_unaccent(lower(first_name)) gin_trgm_ops);
create index users_last_name_trgm_idx on users
    using gin (f_unaccent(lower(last_name)) gin_trgm_ops);
create index users_email_trgm_idx on users
    using gin (f_unaccent(lower(email)) gin_trgm_ops);
create trigger users_set_updated_at before update on users
    for each row execute function set_updated_at();

-- A profile is the member as the rest of the data sees them: reviews point
-- at profiles, not users. Exactly one per user, created with it, and part of
-- it, so deleting a user deletes the profile; but a profile that wrote
-- reviews cannot be deleted (usages_reviewer_id_fkey), so neither can its
-- user: deactivate them instead.
create table profiles (
    id              bigint generated always as identity primary key,
    user_id         bigint not null,
    -- A GitHub user name, for the avatar (https://github.com/<github_id>.png).
    github_id       text,
    organization_id bigint,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    -- GitHub's rule: letters, digits and single hyphens, not at either end.
    constraint profiles_github_id_format       check (github_id ~ '^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$'),
    constraint profiles_github_id_length       check (char_length(github_id) <= 39),
    constraint profiles_organization_id_fkey   foreign key (organization_id)
        references organizations (id) on delete restrict,
    constraint profiles_user_id_fkey           foreign key (user_id)
        references users (id) on delete cascade,
    constraint profiles_user_id_unique         unique (user_id)
);
create index profiles_organization_id_idx on profiles (organization_id);
create trigger profiles_set_updated_at before update on profiles
    for each row execute function set_updated_at();

-- Products: what members review. The url is optional (null when unknown);
-- when present it is an absolute http(s) URL, so the web app can link to it
-- without ever producing a javascript: or relative link.
create table products (
    id          bigint generated always as identity primary key,
    name        text not null,
    domain_id   bigint not null,
    subject_id  bigint,
    description text not null default '',
    url         text,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    constraint products_description_trimmed check (description !~ '^\s|\s$'),
    constraint products_domain_id_fkey      foreign key (domain_id)
        references domains (id) on delete restrict,
    constraint products_name_length         check (char_length(name) <= 100),
    constraint products_name_required       check (name ~ '\S'),
    constraint products_name_trimmed        check (name !~ '^\s|\s$'),
    constraint products_subject_id_fkey     foreign key (subject_id)
        references subjects (id) on delete restrict,
    -- Scheme (either case), "://", a non-empty host, then anything without
    -- whitespace.
    constraint products_url_format          check (url ~* '^https?://[^\s/?#]+([/?#]\S*)?$'),
    constraint products_url_length          check (char_length(url) <= 2000)
);
create unique index products_name_unique on products (lower(btrim(name)));
create index products_name_order_idx on products (lower(name), id);
create index products_name_trgm_idx on products
    using gin (f_unaccent(lower(name)) gin_trgm_ops);
create index products_domain_id_idx on products (domain_id);
create index products_subject_id_idx on products (subject_id);
create trigger products_set_updated_at before update on products
    for each row execute function set_updated_at();
