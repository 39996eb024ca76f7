-- Searching reviews at scale (issue 10, item 4; docs/performance.md).
--
-- `usages?search=` looks for each term in the review's text through a
-- trigram index (V9). A trigram index is lossy: every candidate row is
-- rechecked against `f_unaccent(lower(review))`, so the accent folding
-- (a dictionary look-up per character) ran again for every match of every
-- search: 225 ms of the 227 ms that counting the 14,303 reviews containing
-- "the" took at `mothra demo --scale 1`, and a third of the reviews match
-- at any scale.
--
-- Here the folded text is kept beside each review, once, when the review
-- is written, in a narrow table of its own: the recheck is then a plain
-- LIKE over stored text (22 ms for the same count), the reviews table stays
-- as narrow as before for every other list, and a search reads the review
-- ids it needs from this table without visiting the reviews at all.
--
-- The table is derived data: triggers keep it in the same transaction as
-- the reviews (so it commits or rolls back with them), export leaves it
-- out and import rebuilds it through the same triggers.

-- No foreign key to usages: like product_figures (V14), the rows are the
-- triggers' to keep, and a key would make `truncate usages` fail.
create table review_search (
    usage_id bigint primary key,
    -- f_unaccent(lower(review)) (V1), the form search terms are folded to.
    folded   text not null
);

comment on table review_search is
    'Each review''s text folded for search (accents removed, lower case), kept by the review_search_* triggers on usages (V19).';

create index review_search_folded_trgm_idx on review_search
    using gin (folded gin_trgm_ops);

-- One statement-level trigger per action, with the statement's rows as a
-- transition table (as V8 and V14 do), so a bulk load folds its rows in one
-- insert rather than one call per row.
create function public.review_search_inserted() returns trigger
language plpgsql
as $$
begin
    insert into review_search (usage_id, folded)
    select n.id, f_unaccent(lower(n.review)) from new_rows n;
    return null;
end
$$;

create function public.review_search_updated() returns trigger
language plpgsql
as $$
begin
    -- Only reviews whose text changed (a rating change folds nothing).
    update review_search s
       set folded = f_unaccent(lower(n.review))
      from new_rows n
      join old_rows o on o.id = n.id
     where s.usage_id = n.id
       and n.review is distinct from o.review;
    return null;
end
$$;

create function public.review_search_deleted() returns trigger
language plpgsql
as $$
begin
    delete from review_search s using old_rows o where s.usage_id = o.id;
    return null;
end
$$;

create function public.review_search_truncated() returns trigger
language plpgsql
as $$
begin
    truncate review_search;
    return null;
end
$$;

create trigger review_search_insert
    after insert on usages
    referencing new table as new_rows
    for each statement execute function public.review_search_inserted();

create trigger review_search_update
    after update on usages
    referencing new table as new_rows old table as old_rows
    for each statement execute function public.review_search_updated();

create trigger review_search_delete
    after delete on usages
    referencing old table as old_rows
    for each statement execute function public.review_search_deleted();

create trigger review_search_truncate
    after truncate on usages
    for each statement execute function public.review_search_truncated();

insert into review_search (usage_id, folded)
select id, f_unaccent(lower(review)) from usages;

-- The searches read review_search_folded_trgm_idx now; this index would
-- only cost every review write its upkeep.
drop index usages_review_trgm_idx;
