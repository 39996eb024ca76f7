-- Reviews. A usage is one organization's use of one product, as told by one
-- member: how they use it, how data goes in (how_push) and comes out
-- (how_pull), whether they dropped it, and a 1-5 rating with a written
-- review. The product figures (review count, NPS, rating distribution) are
-- computed from these rows when read, never stored.
--
-- Deleting a review always works; deleting anything a review points at is
-- refused (RESTRICT) while the review exists.
create table usages (
    id              bigint generated always as identity primary key,
    product_id      bigint not null,
    organization_id bigint not null,
    -- Always the member who sent the review (the API takes it from the
    -- session or token, never from the body).
    reviewer_id     bigint not null,
    usage_type_id   bigint not null,
    how_push_id     bigint,
    how_pull_id     bigint,
    is_deprecated   boolean not null default false,
    when_deprecated date,
    why_deprecated  text,
    -- smallint: the Rust side reads and writes it as i16.
    rating          smallint not null,
    review          text not null default '',
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    -- The date and reason of a deprecation are only kept while the usage is
    -- deprecated: un-deprecating must clear them, or the page would show a
    -- reason for something that did not happen.
    constraint usages_deprecation_consistent check (
        is_deprecated or (when_deprecated is null and why_deprecated is null)
    ),
    constraint usages_how_pull_id_fkey foreign key (how_pull_id)
        references data_interfaces (id) on delete restrict,
    constraint usages_how_push_id_fkey foreign key (how_push_id)
        references data_interfaces (id) on delete restrict,
    constraint usages_organization_id_fkey foreign key (organization_id)
        references organizations (id) on delete restrict,
    constraint usages_product_id_fkey foreign key (product_id)
        references products (id) on delete restrict,
    -- A member reviews a product once per organization. This index also
    -- serves everything keyed by product (its reviews, its figures, the
    -- product_id foreign key) and the default order (product name, then
    -- organization name, then id: walk the products in name order, then
    -- each product's usages by organization), so product_id has no index of
    -- its own.
    constraint usages_product_organization_reviewer_unique
        unique (product_id, organization_id, reviewer_id),
    constraint usages_rating_range check (rating between 1 and 5),
    constraint usages_review_trimmed check (review !~ '^\s|\s$'),
    constraint usages_reviewer_id_fkey foreign key (reviewer_id)
        references profiles (id) on delete restrict,
    constraint usages_usage_type_id_fkey foreign key (usage_type_id)
        references usage_types (id) on delete restrict,
    constraint usages_why_deprecated_trimmed check (why_deprecated !~ '^\s|\s$')
);
create index usages_organization_id_idx on usages (organization_id);
create index usages_reviewer_id_idx on usages (reviewer_id);
create index usages_usage_type_id_idx on usages (usage_type_id);
create index usages_how_push_id_idx on usages (how_push_id);
create index usages_how_pull_id_idx on usages (how_pull_id);
create index usages_rating_idx on usages (rating);
create trigger usages_set_updated_at before update on usages
    for each row execute function set_updated_at();

-- "Not in the future" cannot be a CHECK: a check must give the same answer
-- for a row forever, and current_date moves. A trigger checks the date when
-- it is written (a date that was not in the future then never becomes so),
-- and raises exactly what a check constraint would (SQLSTATE 23514 with a
-- constraint name), so the API maps it like any other constraint.
--
-- current_date follows the session's TimeZone setting, so "today" is the
-- database session's today: keep it the same zone (UTC) as the date the API
-- validates against, or a review written near midnight could pass one check
-- and fail the other.
create function usages_when_deprecated_not_future() returns trigger
language plpgsql
as $$
begin
    if new.when_deprecated > current_date then
        raise exception 'new row for relation "usages" violates check constraint "usages_when_deprecated_not_future"'
            using errcode = 'check_violation',
                  constraint = 'usages_when_deprecated_not_future',
                  schema = tg_table_schema,
                  table = tg_table_name,
                  column = 'when_deprecated',
                  detail = format('when_deprecated %s is after today (%s).',
                                  new.when_deprecated, current_date);
    end if;
    return new;
end;
$$;

create trigger usages_when_deprecated_not_future
    before insert or update of when_deprecated on usages
    for each row execute function usages_when_deprecated_not_future();
