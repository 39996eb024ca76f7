-- Product figures kept by the database (issue 10, item 1).
--
-- Until now every read of the products collection aggregated every
-- product's reviews to give `nps` and `review_count`, so ordering by them
-- sorted all products after reading all reviews (97 to 196 ms at scale 1,
-- docs/performance.md), and they could not be filtered on. Here one row per
-- product holds the count of each rating, how many reviews say the
-- organization dropped it, and when it was last reviewed; `review_count`
-- and `nps` are generated from the counts, and indexed.
--
-- The row is created with its product (a trigger) and deleted with it
-- (cascade). Statement-level triggers on `usages` add what each INSERT,
-- UPDATE (a rating changed, a review moved to another product, deprecated
-- or not) or DELETE changed, in the same transaction, so the figures commit
-- or roll back with the reviews. Concurrent writers lose nothing: each
-- update is `x = x + delta` under the figures row's lock.

-- The one definition of the NPS (domain.md, "Figures"):
-- trunc(100·promoters/n − 100·detractors/n), promoters rating 5, detractors
-- 3 or less, null without reviews. Integer division truncates toward zero
-- and 100·(p − d)/n is exactly the formula, so no floating point is
-- involved (5,5,4,3 → 100·(2 − 1)/4 = 25). Used by the generated column
-- below and by the cohort figures of the stats endpoint
-- (src/db/figures.rs). Immutable, so a generated column may use it; plain
-- SQL, so the planner inlines it into an aggregate.
create function public.net_promoter_score(promoters bigint, detractors bigint, n bigint)
returns bigint
language sql immutable parallel safe
as $$
    select case when n = 0 then null else (100 * (promoters - detractors)) / n end
$$;

create table product_figures (
    product_id       bigint primary key,
    rating_1         bigint not null default 0,
    rating_2         bigint not null default 0,
    rating_3         bigint not null default 0,
    rating_4         bigint not null default 0,
    rating_5         bigint not null default 0,
    deprecated_count bigint not null default 0,
    -- The newest review's created_at; null without reviews.
    last_reviewed_at timestamptz,
    -- Generated, so they can never disagree with the counts they come from
    -- (a generated column cannot read another, hence the sum twice).
    review_count     bigint not null generated always as
        (rating_1 + rating_2 + rating_3 + rating_4 + rating_5) stored,
    nps              bigint generated always as (net_promoter_score(
        rating_5,
        rating_1 + rating_2 + rating_3,
        rating_1 + rating_2 + rating_3 + rating_4 + rating_5)) stored,
    constraint product_figures_product_id_fkey foreign key (product_id)
        references products (id) on delete cascade,
    -- A trigger that went wrong fails the write instead of storing a lie.
    constraint product_figures_counts_not_negative check (
        rating_1 >= 0 and rating_2 >= 0 and rating_3 >= 0 and rating_4 >= 0
        and rating_5 >= 0 and deprecated_count >= 0),
    constraint product_figures_deprecated_at_most_reviews check (
        deprecated_count <= rating_1 + rating_2 + rating_3 + rating_4 + rating_5)
);

comment on table product_figures is
    'Each product''s review figures, kept exact by the product_figures_* triggers on usages (V14).';

-- The list builder orders by `<key> [desc nulls last], id` (nulls last in
-- either direction, `id` breaking ties ascending); `id` equals product_id
-- through the join, so each index below gives one direction exactly and a
-- page is the first entries of an index walk, not a sort of every product.
create index product_figures_nps_idx on product_figures (nps, product_id);
create index product_figures_nps_desc_idx on product_figures (nps desc nulls last, product_id);
create index product_figures_review_count_idx on product_figures (review_count, product_id);
create index product_figures_review_count_desc_idx on product_figures (review_count desc, product_id);

-- A product's reviews newest first: the newest one when the trigger below
-- must look for it again (without this index PostgreSQL walks
-- usages_created_at_idx backwards through every product's reviews until it
-- meets one of this product: 12 s for a statement changing 10,000 reviews
-- at scale 1), and a product's reviews in the order the list builder
-- writes for `usages?product=<id>&ordering=-created_at` (`created_at
-- desc, id`).
create index usages_product_created_at_idx on usages (product_id, created_at desc, id);

-- One changed review as the figures see it: +1 for a row a statement
-- wrote, -1 for one it removed (an update is both).
create type product_figures_change as (
    product_id    bigint,
    rating        smallint,
    is_deprecated boolean,
    created_at    timestamptz,
    sign          integer
);

-- Adds `changes` to the figures, one UPDATE per statement (not per row).
create function public.product_figures_apply(changes product_figures_change[])
returns void
language plpgsql
as $$
begin
    if coalesce(cardinality(changes), 0) = 0 then
        return;
    end if;
    -- Lock the rows first, in product id order: two transactions moving
    -- reviews between the same two products in opposite directions then
    -- queue instead of deadlocking. The UPDATE below is a new statement, so
    -- (at READ COMMITTED) its snapshot includes every review committed
    -- before the lock was granted, which the recount of last_reviewed_at
    -- needs.
    perform 1
       from product_figures
      where product_id in (select c.product_id from unnest(changes) c)
      order by product_id
        for update;
    update product_figures f
       set rating_1 = f.rating_1 + d.rating_1,
           rating_2 = f.rating_2 + d.rating_2,
           rating_3 = f.rating_3 + d.rating_3,
           rating_4 = f.rating_4 + d.rating_4,
           rating_5 = f.rating_5 + d.rating_5,
           deprecated_count = f.deprecated_count + d.deprecated,
           -- When the newest review went away and nothing as new came in,
           -- look again (one entry of usages_product_created_at_idx);
           -- otherwise the newest of before and of what was added (a
           -- rating changed keeps its created_at: no look-up).
           last_reviewed_at = case
               when d.removed_newest >= f.last_reviewed_at
                    and coalesce(d.added_newest < d.removed_newest, true)
                   then (select max(u.created_at) from usages u where u.product_id = f.product_id)
               else greatest(f.last_reviewed_at, d.added_newest)
           end
      from (select c.product_id,
                   sum(case when c.rating = 1 then c.sign else 0 end) as rating_1,
                   sum(case when c.rating = 2 then c.sign else 0 end) as rating_2,
                   sum(case when c.rating = 3 then c.sign else 0 end) as rating_3,
                   sum(case when c.rating = 4 then c.sign else 0 end) as rating_4,
                   sum(case when c.rating = 5 then c.sign else 0 end) as rating_5,
                   sum(case when c.is_deprecated then c.sign else 0 end) as deprecated,
                   max(c.created_at) filter (where c.sign > 0) as added_newest,
                   max(c.created_at) filter (where c.sign < 0) as removed_newest
              from unnest(changes) c
             group by c.product_id) d
     where f.product_id = d.product_id;
end;
$$;

-- A transition table may serve one event only, hence one trigger (and
-- function) per event, each handing its rows to product_figures_apply.
create function public.product_figures_usages_insert() returns trigger
language plpgsql
as $$
begin
    perform product_figures_apply(array(
        select row(n.product_id, n.rating, n.is_deprecated, n.created_at, 1)::product_figures_change
          from new_rows n));
    return null;
end;
$$;

create function public.product_figures_usages_delete() returns trigger
language plpgsql
as $$
begin
    perform product_figures_apply(array(
        select row(o.product_id, o.rating, o.is_deprecated, o.created_at, -1)::product_figures_change
          from old_rows o));
    return null;
end;
$$;

-- Only rows whose counted columns changed: editing a review's text takes no
-- lock on its product's figures.
create function public.product_figures_usages_update() returns trigger
language plpgsql
as $$
begin
    perform product_figures_apply(array(
        select c
          from old_rows o
          join new_rows n on n.id = o.id
         cross join lateral (values
               (row(o.product_id, o.rating, o.is_deprecated, o.created_at, -1)::product_figures_change),
               (row(n.product_id, n.rating, n.is_deprecated, n.created_at, 1)::product_figures_change)) v(c)
         where (o.product_id, o.rating, o.is_deprecated, o.created_at)
               is distinct from (n.product_id, n.rating, n.is_deprecated, n.created_at)));
    return null;
end;
$$;

create function public.product_figures_usages_truncate() returns trigger
language plpgsql
as $$
begin
    update product_figures
       set rating_1 = 0, rating_2 = 0, rating_3 = 0, rating_4 = 0, rating_5 = 0,
           deprecated_count = 0, last_reviewed_at = null;
    return null;
end;
$$;

create trigger usages_figures_insert after insert on usages
    referencing new table as new_rows
    for each statement execute function product_figures_usages_insert();
create trigger usages_figures_update after update on usages
    referencing old table as old_rows new table as new_rows
    for each statement execute function product_figures_usages_update();
create trigger usages_figures_delete after delete on usages
    referencing old table as old_rows
    for each statement execute function product_figures_usages_delete();
create trigger usages_figures_truncate after truncate on usages
    for each statement execute function product_figures_usages_truncate();

-- Every product has its row from the start.
create function public.product_figures_products_insert() returns trigger
language plpgsql
as $$
begin
    insert into product_figures (product_id) select n.id from new_rows n;
    return null;
end;
$$;

create trigger products_figures_insert after insert on products
    referencing new table as new_rows
    for each statement execute function product_figures_products_insert();

-- The products and reviews already there (migrations run in a transaction,
-- so none can slip in between).
insert into product_figures (product_id, rating_1, rating_2, rating_3, rating_4, rating_5,
                             deprecated_count, last_reviewed_at)
select p.id,
       count(u.id) filter (where u.rating = 1),
       count(u.id) filter (where u.rating = 2),
       count(u.id) filter (where u.rating = 3),
       count(u.id) filter (where u.rating = 4),
       count(u.id) filter (where u.rating = 5),
       count(u.id) filter (where u.is_deprecated),
       max(u.created_at)
  from products p
  left join usages u on u.product_id = p.id
 group by p.id;
