-- Exact row counts of the collection tables, kept by triggers, so that an
-- unfiltered list's `count` (exact, as Django REST Framework gives it) is
-- one primary-key look-up instead of a scan of the whole table: with
-- 800,000 reviews, count(*) over usages takes about 150 ms, on every page
-- request (docs/performance.md). Filtered lists still count what matches.
--
-- Statement-level triggers with transition tables add or subtract the
-- number of rows an INSERT or DELETE touched (one update per statement, not
-- per row); TRUNCATE sets zero. The price: writes to one table queue on its
-- counter row until they commit, which the write volume of this site
-- (people typing reviews) never feels.
--
-- Keyed by the table's name, like the join tables by their pair: an id
-- would only allow the same table twice.
create table row_counts (
    table_name text primary key,
    n          bigint not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

comment on table row_counts is
    'Exact row count of each collection table, maintained by the *_count_* triggers (V8).';

create function public.row_counts_insert() returns trigger
language plpgsql
as $$
begin
    update row_counts
       set n = n + (select count(*) from new_rows), updated_at = now()
     where table_name = tg_table_name;
    return null;
end;
$$;

create function public.row_counts_delete() returns trigger
language plpgsql
as $$
begin
    update row_counts
       set n = n - (select count(*) from old_rows), updated_at = now()
     where table_name = tg_table_name;
    return null;
end;
$$;

create function public.row_counts_truncate() returns trigger
language plpgsql
as $$
begin
    update row_counts set n = 0, updated_at = now() where table_name = tg_table_name;
    return null;
end;
$$;

-- A transition table may serve one event only, hence three triggers per
-- table. The counts start from the rows already there (migrations run in a
-- transaction, so none can slip in between).
do $$
declare
    t text;
begin
    foreach t in array array[
        'users', 'profiles', 'grades', 'locations', 'org_types', 'organizations',
        'domains', 'subjects', 'products', 'usage_types', 'usages', 'data_interfaces'
    ] loop
        execute format('insert into row_counts (table_name, n) select %L, count(*) from %I', t, t);
        execute format(
            'create trigger %I after insert on %I referencing new table as new_rows '
            'for each statement execute function row_counts_insert()',
            t || '_count_insert', t);
        execute format(
            'create trigger %I after delete on %I referencing old table as old_rows '
            'for each statement execute function row_counts_delete()',
            t || '_count_delete', t);
        execute format(
            'create trigger %I after truncate on %I '
            'for each statement execute function row_counts_truncate()',
            t || '_count_truncate', t);
    end loop;
end;
$$;
