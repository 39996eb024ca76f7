-- Figures of the decide views kept by the database (issue 13, "flat at
-- scale 20").
--
-- The decide views aggregated reviews when read: the community's data
-- flows and the largest moves every review (or replacement) of a domain,
-- alternatives every review of a domain's products over the cohort. At
-- scale 20 that took 100 to 215 ms (docs/decide.md). As V14 does per
-- product, the tables below hold the counts, kept exact by statement-level
-- triggers in the writing transaction: each change is `x = x + delta` under
-- the row's lock, taken in key order, and checks make a wrong trigger fail
-- the write instead of storing a lie. A row whose counts fell to zero
-- stays (see below why), and the readers skip it.
--
-- - product_interface_figures: per product, direction (data in is
--   `how_push`, out `how_pull`) and data interface, the reviews naming it
--   and those of them still in use (not deprecated): compare, data flows.
-- - product_flow_figures: per product, its reviews in use that name an
--   interface: which products the community's data flows list.
-- - product_usage_type_figures: per product and usage type: compare.
-- - product_move_figures: per product left and product chosen
--   (`replaced_by`), the reviews that made the move and the latest date:
--   a product's moves, the largest moves.
-- - product_org_type_figures: per product and organization type, the
--   rating counts (as product_figures): alternatives and compare over a
--   cohort of types only.
-- - product_org_type_location_figures: the same per organization type and
--   location, one row per location of the reviewing organization: the
--   default "organizations like mine" cohort when the viewer's
--   organization has one location. With several, an organization having
--   two of them would be counted twice, so that cohort still aggregates
--   (docs/decide.md).
--
-- The cohort tables follow the organization as it is now: changing an
-- organization's type or locations moves its reviews' counts (triggers on
-- organizations and organization_locations below).

-- When a move happened: the date the product was dropped, else the day the
-- review was last written (src/db/moves.rs said so first).
create function public.moved_on(when_deprecated date, updated_at timestamptz)
returns date
language sql immutable parallel safe
as $$
    select coalesce(when_deprecated, (updated_at at time zone 'UTC')::date)
$$;

create table product_interface_figures (
    product_id   bigint not null,
    direction    text not null,
    interface_id bigint not null,
    review_count bigint not null,
    in_use_count bigint not null,
    constraint product_interface_figures_pkey primary key (product_id, direction, interface_id),
    constraint product_interface_figures_product_id_fkey foreign key (product_id)
        references products (id) on delete cascade,
    constraint product_interface_figures_interface_id_fkey foreign key (interface_id)
        references data_interfaces (id) on delete cascade,
    constraint product_interface_figures_direction check (direction in ('in', 'out')),
    constraint product_interface_figures_counts check (
        in_use_count >= 0 and in_use_count <= review_count)
);

-- Per product, its reviews in use that name an interface: whether (and
-- which) products the community's data flows list, and how many, without
-- visiting every product's interfaces.
create table product_flow_figures (
    product_id   bigint primary key,
    in_use_count bigint not null,
    constraint product_flow_figures_product_id_fkey foreign key (product_id)
        references products (id) on delete cascade,
    constraint product_flow_figures_counts check (in_use_count >= 0)
);
create index product_flow_figures_listed_idx on product_flow_figures (product_id)
    where in_use_count > 0;

create table product_usage_type_figures (
    product_id    bigint not null,
    usage_type_id bigint not null,
    review_count  bigint not null,
    constraint product_usage_type_figures_pkey primary key (product_id, usage_type_id),
    constraint product_usage_type_figures_product_id_fkey foreign key (product_id)
        references products (id) on delete cascade,
    constraint product_usage_type_figures_usage_type_id_fkey foreign key (usage_type_id)
        references usage_types (id) on delete cascade,
    constraint product_usage_type_figures_counts check (review_count >= 0)
);

create table product_move_figures (
    product_id   bigint not null,
    replaced_by  bigint not null,
    review_count bigint not null,
    -- The latest move's date (moved_on); null when no review makes it now.
    last_at      date,
    constraint product_move_figures_pkey primary key (product_id, replaced_by),
    constraint product_move_figures_product_id_fkey foreign key (product_id)
        references products (id) on delete cascade,
    constraint product_move_figures_replaced_by_fkey foreign key (replaced_by)
        references products (id) on delete cascade,
    constraint product_move_figures_counts check (review_count >= 0)
);

-- "Moved here from", and the largest moves in their order (a page is the
-- first entries of the walk; names only break ties).
create index product_move_figures_replaced_by_idx on product_move_figures (replaced_by, product_id);
create index product_move_figures_largest_idx on product_move_figures
    (review_count desc, last_at desc, product_id, replaced_by) where review_count > 0;

-- How many rows of product_flow_figures and product_move_figures count
-- something (the pages of every domain show that total): one row each,
-- changed only when a product starts or stops being listed, or a move
-- starts or stops being made, so writers rarely queue on it.
create table decide_counts (
    table_name text primary key,
    n          bigint not null,
    constraint decide_counts_not_negative check (n >= 0)
);

create table product_org_type_figures (
    product_id       bigint not null,
    org_type_id      bigint not null,
    rating_1         bigint not null,
    rating_2         bigint not null,
    rating_3         bigint not null,
    rating_4         bigint not null,
    rating_5         bigint not null,
    deprecated_count bigint not null,
    review_count     bigint not null generated always as
        (rating_1 + rating_2 + rating_3 + rating_4 + rating_5) stored,
    nps              bigint generated always as (net_promoter_score(
        rating_5,
        rating_1 + rating_2 + rating_3,
        rating_1 + rating_2 + rating_3 + rating_4 + rating_5)) stored,
    constraint product_org_type_figures_pkey primary key (product_id, org_type_id),
    constraint product_org_type_figures_product_id_fkey foreign key (product_id)
        references products (id) on delete cascade,
    constraint product_org_type_figures_org_type_id_fkey foreign key (org_type_id)
        references org_types (id) on delete cascade,
    constraint product_org_type_figures_counts check (
        rating_1 >= 0 and rating_2 >= 0 and rating_3 >= 0 and rating_4 >= 0 and rating_5 >= 0
        and deprecated_count >= 0
        and deprecated_count <= rating_1 + rating_2 + rating_3 + rating_4 + rating_5)
);

create table product_org_type_location_figures (
    product_id       bigint not null,
    org_type_id      bigint not null,
    location_id      bigint not null,
    rating_1         bigint not null,
    rating_2         bigint not null,
    rating_3         bigint not null,
    rating_4         bigint not null,
    rating_5         bigint not null,
    deprecated_count bigint not null,
    review_count     bigint not null generated always as
        (rating_1 + rating_2 + rating_3 + rating_4 + rating_5) stored,
    nps              bigint generated always as (net_promoter_score(
        rating_5,
        rating_1 + rating_2 + rating_3,
        rating_1 + rating_2 + rating_3 + rating_4 + rating_5)) stored,
    constraint product_org_type_location_figures_pkey
        primary key (product_id, org_type_id, location_id),
    constraint product_org_type_location_figures_product_id_fkey foreign key (product_id)
        references products (id) on delete cascade,
    constraint product_org_type_location_figures_org_type_id_fkey foreign key (org_type_id)
        references org_types (id) on delete cascade,
    constraint product_org_type_location_figures_location_id_fkey foreign key (location_id)
        references locations (id) on delete cascade,
    constraint product_org_type_location_figures_counts check (
        rating_1 >= 0 and rating_2 >= 0 and rating_3 >= 0 and rating_4 >= 0 and rating_5 >= 0
        and deprecated_count >= 0
        and deprecated_count <= rating_1 + rating_2 + rating_3 + rating_4 + rating_5)
);

comment on table product_interface_figures is
    'Reviews naming each data interface of a product, kept exact by the decide_figures_* triggers (V22).';
comment on table product_flow_figures is
    'Reviews in use naming a data interface, per product, kept exact by the decide_figures_* triggers (V22).';
comment on table product_usage_type_figures is
    'Reviews of each usage type of a product, kept exact by the decide_figures_* triggers (V22).';
comment on table product_move_figures is
    'Reviews that moved from a product to another, kept exact by the decide_figures_* triggers (V22).';
comment on table product_org_type_figures is
    'Rating counts of a product per organization type, kept exact by the decide_figures_* and cohort_figures_* triggers (V22).';
comment on table product_org_type_location_figures is
    'Rating counts of a product per organization type and location, kept exact by the decide_figures_* and cohort_figures_* triggers (V22).';

-- One changed review as the decide figures see it: +1 for a row a
-- statement wrote, -1 for one it removed (an update is both).
create type decide_figures_change as (
    product_id      bigint,
    organization_id bigint,
    usage_type_id   bigint,
    how_push_id     bigint,
    how_pull_id     bigint,
    is_deprecated   boolean,
    replaced_by     bigint,
    moved_on        date,
    rating          smallint,
    sign            integer
);

-- One review counted for a cohort row: a location of null is the
-- organization type's row (product_org_type_figures), otherwise the row of
-- that type and location.
create type cohort_figures_change as (
    product_id    bigint,
    org_type_id   bigint,
    location_id   bigint,
    rating        smallint,
    is_deprecated boolean,
    sign          integer
);

-- Every table below is changed the way product_figures is (V14): a
-- statement first creates the rows it lacks (zeros; ON CONFLICT DO NOTHING
-- waits for a concurrent creator), then locks its rows in key order (two
-- writers queue instead of deadlocking), then adds its deltas in a new
-- statement, whose snapshot includes whatever was committed before the
-- locks were granted. Rows are never deleted by the triggers (a row deleted
-- between another writer's creation and its lock would lose that writer's
-- delta); an emptied row stays, with zero counts, and the readers skip it.

-- Adds `changes` to the cohort tables.
create function public.cohort_figures_apply(changes cohort_figures_change[])
returns void
language plpgsql
as $$
begin
    if coalesce(cardinality(changes), 0) = 0 then
        return;
    end if;
    insert into product_org_type_figures
           (product_id, org_type_id, rating_1, rating_2, rating_3, rating_4, rating_5, deprecated_count)
    select distinct c.product_id, c.org_type_id, 0, 0, 0, 0, 0, 0
      from unnest(changes) c
     where c.location_id is null
     order by 1, 2
        on conflict do nothing;
    insert into product_org_type_location_figures
           (product_id, org_type_id, location_id, rating_1, rating_2, rating_3, rating_4, rating_5,
            deprecated_count)
    select distinct c.product_id, c.org_type_id, c.location_id, 0, 0, 0, 0, 0, 0
      from unnest(changes) c
     where c.location_id is not null
     order by 1, 2, 3
        on conflict do nothing;
    perform 1
       from product_org_type_figures f
      where (f.product_id, f.org_type_id) in
            (select c.product_id, c.org_type_id from unnest(changes) c where c.location_id is null)
      order by f.product_id, f.org_type_id
        for update;
    perform 1
       from product_org_type_location_figures f
      where (f.product_id, f.org_type_id, f.location_id) in
            (select c.product_id, c.org_type_id, c.location_id from unnest(changes) c)
      order by f.product_id, f.org_type_id, f.location_id
        for update;
    update product_org_type_figures f
       set rating_1 = f.rating_1 + d.rating_1,
           rating_2 = f.rating_2 + d.rating_2,
           rating_3 = f.rating_3 + d.rating_3,
           rating_4 = f.rating_4 + d.rating_4,
           rating_5 = f.rating_5 + d.rating_5,
           deprecated_count = f.deprecated_count + d.deprecated
      from (select c.product_id, c.org_type_id,
                   sum(case when c.rating = 1 then c.sign else 0 end) as rating_1,
                   sum(case when c.rating = 2 then c.sign else 0 end) as rating_2,
                   sum(case when c.rating = 3 then c.sign else 0 end) as rating_3,
                   sum(case when c.rating = 4 then c.sign else 0 end) as rating_4,
                   sum(case when c.rating = 5 then c.sign else 0 end) as rating_5,
                   sum(case when c.is_deprecated then c.sign else 0 end) as deprecated
              from unnest(changes) c
             where c.location_id is null
             group by c.product_id, c.org_type_id) d
     where f.product_id = d.product_id and f.org_type_id = d.org_type_id;
    update product_org_type_location_figures f
       set rating_1 = f.rating_1 + d.rating_1,
           rating_2 = f.rating_2 + d.rating_2,
           rating_3 = f.rating_3 + d.rating_3,
           rating_4 = f.rating_4 + d.rating_4,
           rating_5 = f.rating_5 + d.rating_5,
           deprecated_count = f.deprecated_count + d.deprecated
      from (select c.product_id, c.org_type_id, c.location_id,
                   sum(case when c.rating = 1 then c.sign else 0 end) as rating_1,
                   sum(case when c.rating = 2 then c.sign else 0 end) as rating_2,
                   sum(case when c.rating = 3 then c.sign else 0 end) as rating_3,
                   sum(case when c.rating = 4 then c.sign else 0 end) as rating_4,
                   sum(case when c.rating = 5 then c.sign else 0 end) as rating_5,
                   sum(case when c.is_deprecated then c.sign else 0 end) as deprecated
              from unnest(changes) c
             where c.location_id is not null
             group by c.product_id, c.org_type_id, c.location_id) d
     where f.product_id = d.product_id and f.org_type_id = d.org_type_id
       and f.location_id = d.location_id;
end;
$$;

-- Adds `changes` to every decide table.
create function public.decide_figures_apply(changes decide_figures_change[])
returns void
language plpgsql
as $$
begin
    if coalesce(cardinality(changes), 0) = 0 then
        return;
    end if;
    -- The cohort rows follow each organization's type and locations as
    -- committed: FOR SHARE waits for a writer changing them (whose own
    -- trigger moves the counts of the reviews it can see), and the next
    -- statement reads them afresh.
    perform 1
       from organizations
      where id in (select c.organization_id from unnest(changes) c)
      order by id
        for share;
    perform cohort_figures_apply(array(
        select row(c.product_id, o.org_type_id, l.location_id, c.rating, c.is_deprecated,
                   c.sign)::cohort_figures_change
          from unnest(changes) c
          join organizations o on o.id = c.organization_id
         cross join lateral (select null::bigint as location_id
                             union all
                             select ol.location_id from organization_locations ol
                              where ol.organization_id = o.id) l));

    insert into product_interface_figures (product_id, direction, interface_id, review_count, in_use_count)
    select distinct c.product_id, d.direction, d.interface_id, 0, 0
      from unnest(changes) c
     cross join lateral (values ('in', c.how_push_id), ('out', c.how_pull_id)) d(direction, interface_id)
     where d.interface_id is not null
     order by 1, 2, 3
        on conflict do nothing;
    perform 1
       from product_interface_figures f
      where (f.product_id, f.direction, f.interface_id) in
            (select c.product_id, d.direction, d.interface_id
               from unnest(changes) c
              cross join lateral (values ('in', c.how_push_id), ('out', c.how_pull_id)) d(direction, interface_id))
      order by f.product_id, f.direction, f.interface_id
        for update;
    update product_interface_figures f
       set review_count = f.review_count + d.reviews,
           in_use_count = f.in_use_count + d.in_use
      from (select c.product_id, d.direction, d.interface_id, sum(c.sign) as reviews,
                   sum(case when c.is_deprecated then 0 else c.sign end) as in_use
              from unnest(changes) c
             cross join lateral (values ('in', c.how_push_id), ('out', c.how_pull_id)) d(direction, interface_id)
             where d.interface_id is not null
             group by c.product_id, d.direction, d.interface_id) d
     where f.product_id = d.product_id and f.direction = d.direction
       and f.interface_id = d.interface_id;

    insert into product_flow_figures (product_id, in_use_count)
    select distinct c.product_id, 0
      from unnest(changes) c
     order by 1
        on conflict do nothing;
    perform 1
       from product_flow_figures f
      where f.product_id in (select c.product_id from unnest(changes) c)
      order by f.product_id
        for update;
    with changed as (
        update product_flow_figures f
           set in_use_count = f.in_use_count + d.in_use
          from (select c.product_id,
                       sum(case when not c.is_deprecated
                                 and (c.how_push_id is not null or c.how_pull_id is not null)
                                then c.sign else 0 end) as in_use
                  from unnest(changes) c
                 group by c.product_id) d
         where f.product_id = d.product_id and d.in_use <> 0
        returning f.in_use_count as now, f.in_use_count - d.in_use as before
    )
    update decide_counts
       set n = n + (select sum(sign(now) - sign(before)) from changed)
     where table_name = 'product_flow_figures'
       and (select sum(sign(now) - sign(before)) from changed) <> 0;

    insert into product_usage_type_figures (product_id, usage_type_id, review_count)
    select distinct c.product_id, c.usage_type_id, 0
      from unnest(changes) c
     order by 1, 2
        on conflict do nothing;
    perform 1
       from product_usage_type_figures f
      where (f.product_id, f.usage_type_id) in
            (select c.product_id, c.usage_type_id from unnest(changes) c)
      order by f.product_id, f.usage_type_id
        for update;
    update product_usage_type_figures f
       set review_count = f.review_count + d.reviews
      from (select c.product_id, c.usage_type_id, sum(c.sign) as reviews
              from unnest(changes) c
             group by c.product_id, c.usage_type_id) d
     where f.product_id = d.product_id and f.usage_type_id = d.usage_type_id;

    -- Moves: the count by delta; the latest date too, except when the
    -- latest went away and nothing as late came in: then it is looked for
    -- again (usages_product_replaced_by_idx holds the dates).
    insert into product_move_figures (product_id, replaced_by, review_count)
    select distinct c.product_id, c.replaced_by, 0
      from unnest(changes) c
     where c.replaced_by is not null
     order by 1, 2
        on conflict do nothing;
    perform 1
       from product_move_figures f
      where (f.product_id, f.replaced_by) in
            (select c.product_id, c.replaced_by from unnest(changes) c)
      order by f.product_id, f.replaced_by
        for update;
    with changed as (
        update product_move_figures f
           set review_count = f.review_count + d.reviews,
               last_at = case
                   when d.removed_latest >= f.last_at
                        and coalesce(d.added_latest < d.removed_latest, true)
                       then (select max(moved_on(u.when_deprecated, u.updated_at))
                               from usages u
                              where u.product_id = f.product_id and u.replaced_by = f.replaced_by)
                   else greatest(f.last_at, d.added_latest)
               end
          from (select c.product_id, c.replaced_by, sum(c.sign) as reviews,
                       max(c.moved_on) filter (where c.sign > 0) as added_latest,
                       max(c.moved_on) filter (where c.sign < 0) as removed_latest
                  from unnest(changes) c
                 where c.replaced_by is not null
                 group by c.product_id, c.replaced_by) d
         where f.product_id = d.product_id and f.replaced_by = d.replaced_by
        returning f.review_count as now, f.review_count - d.reviews as before
    )
    update decide_counts
       set n = n + (select sum(sign(now) - sign(before)) from changed)
     where table_name = 'product_move_figures'
       and (select sum(sign(now) - sign(before)) from changed) <> 0;
end;
$$;

-- One review row as a change of sign `s`. A macro in spirit: each trigger
-- below writes the same row() over its transition table.
create function public.decide_figures_change_of(u usages, s integer)
returns decide_figures_change
language sql immutable parallel safe
as $$
    select row(u.product_id, u.organization_id, u.usage_type_id, u.how_push_id, u.how_pull_id,
               u.is_deprecated, u.replaced_by, moved_on(u.when_deprecated, u.updated_at),
               u.rating, s)::decide_figures_change
$$;

-- A transition table may serve one event only, hence one trigger (and
-- function) per event.
create function public.decide_figures_usages_insert() returns trigger
language plpgsql
as $$
begin
    perform decide_figures_apply(array(select decide_figures_change_of(n, 1) from new_rows n));
    return null;
end;
$$;

create function public.decide_figures_usages_delete() returns trigger
language plpgsql
as $$
begin
    perform decide_figures_apply(array(select decide_figures_change_of(o, -1) from old_rows o));
    return null;
end;
$$;

-- Only rows whose counted columns changed: editing a review's text takes no
-- lock on any figure (unless it dates a move: updated_at's day).
create function public.decide_figures_usages_update() returns trigger
language plpgsql
as $$
begin
    perform decide_figures_apply(array(
        select c
          from old_rows o
          join new_rows n on n.id = o.id
         cross join lateral (values (decide_figures_change_of(o, -1)),
                                    (decide_figures_change_of(n, 1))) v(c)
         where decide_figures_change_of(o, 0) is distinct from decide_figures_change_of(n, 0)));
    return null;
end;
$$;

create function public.decide_figures_usages_truncate() returns trigger
language plpgsql
as $$
begin
    delete from product_interface_figures;
    delete from product_flow_figures;
    delete from product_usage_type_figures;
    delete from product_move_figures;
    delete from product_org_type_figures;
    delete from product_org_type_location_figures;
    update decide_counts set n = 0;
    return null;
end;
$$;

create trigger usages_decide_figures_insert after insert on usages
    referencing new table as new_rows
    for each statement execute function decide_figures_usages_insert();
create trigger usages_decide_figures_update after update on usages
    referencing old table as old_rows new table as new_rows
    for each statement execute function decide_figures_usages_update();
create trigger usages_decide_figures_delete after delete on usages
    referencing old table as old_rows
    for each statement execute function decide_figures_usages_delete();
create trigger usages_decide_figures_truncate after truncate on usages
    for each statement execute function decide_figures_usages_truncate();

-- An organization's new type: its reviews leave the old type's rows (and
-- its locations' rows of that type) for the new one's. The UPDATE holds the
-- organization's row lock, so a review written meanwhile waits (FOR SHARE
-- above) and is counted under the new type.
create function public.cohort_figures_organizations_update() returns trigger
language plpgsql
as $$
begin
    perform cohort_figures_apply(array(
        select row(u.product_id, t.org_type_id, l.location_id, u.rating, u.is_deprecated,
                   t.sign)::cohort_figures_change
          from old_rows o
          join new_rows n on n.id = o.id and n.org_type_id <> o.org_type_id
         cross join lateral (values (o.org_type_id, -1), (n.org_type_id, 1)) t(org_type_id, sign)
          join usages u on u.organization_id = n.id
         cross join lateral (select null::bigint as location_id
                             union all
                             select ol.location_id from organization_locations ol
                              where ol.organization_id = n.id) l));
    return null;
end;
$$;

create trigger organizations_cohort_figures_update after update on organizations
    referencing old table as old_rows new table as new_rows
    for each statement execute function cohort_figures_organizations_update();

-- A location added to or removed from an organization adds or removes its
-- reviews in that location's rows. The organization's row is locked first
-- (as an UPDATE of it would), so that a review written meanwhile is either
-- seen here or counted by its own trigger with the new locations.
create function public.cohort_figures_locations_insert() returns trigger
language plpgsql
as $$
begin
    perform 1 from organizations
      where id in (select n.organization_id from new_rows n)
      order by id
        for no key update;
    perform cohort_figures_apply(array(
        select row(u.product_id, o.org_type_id, n.location_id, u.rating, u.is_deprecated,
                   1)::cohort_figures_change
          from new_rows n
          join organizations o on o.id = n.organization_id
          join usages u on u.organization_id = n.organization_id));
    return null;
end;
$$;

create function public.cohort_figures_locations_delete() returns trigger
language plpgsql
as $$
begin
    perform 1 from organizations
      where id in (select o.organization_id from old_rows o)
      order by id
        for no key update;
    perform cohort_figures_apply(array(
        select row(u.product_id, g.org_type_id, o.location_id, u.rating, u.is_deprecated,
                   -1)::cohort_figures_change
          from old_rows o
          join organizations g on g.id = o.organization_id
          join usages u on u.organization_id = o.organization_id));
    return null;
end;
$$;

create trigger organization_locations_cohort_figures_insert after insert on organization_locations
    referencing new table as new_rows
    for each statement execute function cohort_figures_locations_insert();
create trigger organization_locations_cohort_figures_delete after delete on organization_locations
    referencing old table as old_rows
    for each statement execute function cohort_figures_locations_delete();

-- The reviews already there (migrations run in a transaction, so none can
-- slip in between), grouped once per table: handing every review to the
-- triggers' functions took 396 s at scale 20 (800,000 reviews).
insert into product_interface_figures (product_id, direction, interface_id, review_count, in_use_count)
select u.product_id, d.direction, d.interface_id, count(*), count(*) filter (where not u.is_deprecated)
  from usages u
 cross join lateral (values ('in', u.how_push_id), ('out', u.how_pull_id)) d(direction, interface_id)
 where d.interface_id is not null
 group by 1, 2, 3;
insert into product_flow_figures (product_id, in_use_count)
select u.product_id,
       count(*) filter (where not u.is_deprecated
                          and (u.how_push_id is not null or u.how_pull_id is not null))
  from usages u group by 1;
insert into product_usage_type_figures (product_id, usage_type_id, review_count)
select u.product_id, u.usage_type_id, count(*) from usages u group by 1, 2;
insert into product_move_figures (product_id, replaced_by, review_count, last_at)
select u.product_id, u.replaced_by, count(*), max(moved_on(u.when_deprecated, u.updated_at))
  from usages u where u.replaced_by is not null group by 1, 2;
insert into product_org_type_figures
       (product_id, org_type_id, rating_1, rating_2, rating_3, rating_4, rating_5, deprecated_count)
select u.product_id, o.org_type_id,
       count(*) filter (where u.rating = 1), count(*) filter (where u.rating = 2),
       count(*) filter (where u.rating = 3), count(*) filter (where u.rating = 4),
       count(*) filter (where u.rating = 5), count(*) filter (where u.is_deprecated)
  from usages u join organizations o on o.id = u.organization_id
 group by 1, 2;
insert into product_org_type_location_figures
       (product_id, org_type_id, location_id, rating_1, rating_2, rating_3, rating_4, rating_5,
        deprecated_count)
select u.product_id, o.org_type_id, ol.location_id,
       count(*) filter (where u.rating = 1), count(*) filter (where u.rating = 2),
       count(*) filter (where u.rating = 3), count(*) filter (where u.rating = 4),
       count(*) filter (where u.rating = 5), count(*) filter (where u.is_deprecated)
  from usages u
  join organizations o on o.id = u.organization_id
  join organization_locations ol on ol.organization_id = o.id
 group by 1, 2, 3;

insert into decide_counts (table_name, n)
select 'product_flow_figures', count(*) from product_flow_figures where in_use_count > 0
union all
select 'product_move_figures', count(*) from product_move_figures where review_count > 0;

-- Statistics now, so the first plans over the filled tables are not
-- guesses about empty ones (autovacuum would come later).
analyze product_interface_figures, product_flow_figures, product_usage_type_figures, product_move_figures,
        product_org_type_figures, product_org_type_location_figures;
