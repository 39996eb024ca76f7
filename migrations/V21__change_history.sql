-- Field-level history of products, organizations and reviews (issue 13,
-- item 5): who changed which field from what to what, and when.
--
-- Written by the database, in the same transaction as the change, so no
-- write path can skip it and a rolled-back write leaves nothing behind.
-- The acting member comes from the transaction-local setting
-- `mothra.actor` (a users.id), which the server sets in every write
-- transaction (`set_config('mothra.actor', $1, true)`); a write without it
-- (psql, a script) is recorded with no actor.
--
-- Bulk loads that bring their own history switch recording off for their
-- transaction with `set_config('mothra.history', 'off', true)`: `mothra
-- import` (the document carries the history it had) and `mothra demo`
-- (which writes a little real edit history afterwards). A setting rather
-- than `session_replication_role = replica`, which would also silence the
-- row counts (V8) and product figures (V14) that those loads need.
--
-- One row per changed field of an update; a creation or a deletion is one
-- row holding the whole record (less its bookkeeping columns) as the new
-- or the old value. Values are stored under the database's column names
-- (`org_type_id`); the API shows them under its field names. The
-- organization's grades and locations (join tables) are a field of the
-- organization each: `grades`, a sorted list of grade ids.
--
-- An append-only log: rows are never updated (but by the join tables'
-- folding below, within the writing transaction), so the table has
-- `created_at` (when the change was made: the transaction's start, like
-- every stamp of V1) and no `updated_at`.
create table change_history (
    id          bigint generated always as identity primary key,
    -- The recorded table: products, organizations or usages.
    table_name  text not null,
    -- No foreign key: the history outlives a deleted record.
    record_id   bigint not null,
    action      text not null,
    -- The column (or join field) of an update; null for a creation or a
    -- deletion, whose values are the whole record.
    field       text,
    old_value   jsonb,
    new_value   jsonb,
    -- Deleting a member keeps what they did, without their name.
    actor_id    bigint,
    created_at  timestamptz not null default now(),
    constraint change_history_action_format check (action ~ '^(created|updated|deleted)$'),
    constraint change_history_actor_id_fkey foreign key (actor_id)
        references users (id) on delete set null,
    constraint change_history_field_consistent check ((action = 'updated') = (field is not null))
);

comment on table change_history is
    'Field-level history of products, organizations and usages, written by the change_history_* triggers (V21).';

-- A record's history, newest first (GET /api/<collection>/<id>/history/),
-- and a member's changes across records (GET /api/history/?user=): each a
-- walk of one index range, the page being its first entries. The second
-- also serves the foreign key's ON DELETE SET NULL; the third, staff's
-- list of every change.
create index change_history_record_idx
    on change_history (table_name, record_id, created_at desc, id desc);
create index change_history_actor_idx on change_history (actor_id, created_at desc, id desc);
create index change_history_created_at_idx on change_history (created_at desc, id desc);

-- The acting member of this transaction, or null.
create function public.change_history_actor() returns bigint
language sql stable
as $$
    select nullif(current_setting('mothra.actor', true), '')::bigint
$$;

-- Whether this transaction records history (not while `mothra.history`
-- is 'off').
create function public.change_history_on() returns boolean
language sql stable
as $$
    select coalesce(current_setting('mothra.history', true), '') <> 'off'
$$;

-- Statement-level, one INSERT per statement, so a bulk update is one
-- set-based diff rather than a function call per row. A transition table
-- may serve one event only, hence three triggers per table sharing this
-- function; each branch names only the transition tables of its event
-- (PL/pgSQL plans a statement when it first runs).
create function public.change_history_record() returns trigger
language plpgsql
-- The planner knows nothing of transition tables and guesses a hundred
-- keys per record, so a large statement would be costed high enough to
-- JIT-compile: a second of compiling for work of milliseconds.
set jit = off
as $$
declare
    -- Bookkeeping, not what a member changes.
    ignored constant text[] := array['id', 'created_at', 'updated_at'];
    actor constant bigint := change_history_actor();
begin
    if not change_history_on() then
        return null;
    end if;
    if tg_op = 'INSERT' then
        insert into change_history (table_name, record_id, action, new_value, actor_id)
        select tg_table_name, n.id, 'created', to_jsonb(n) - ignored, actor
          from new_rows n
         order by n.id;
    elsif tg_op = 'DELETE' then
        insert into change_history (table_name, record_id, action, old_value, actor_id)
        select tg_table_name, o.id, 'deleted', to_jsonb(o) - ignored, actor
          from old_rows o
         order by o.id;
    else
        -- Only the columns whose value changed: an update that writes the
        -- same values (or only moves updated_at) records nothing. Each
        -- row becomes JSON once (materialized), not once per column.
        insert into change_history (table_name, record_id, action, field, old_value, new_value, actor_id)
        with pairs as materialized (
            select n.id, to_jsonb(o) - ignored as before, to_jsonb(n) - ignored as after
              from old_rows o
              join new_rows n on n.id = o.id
        )
        select tg_table_name, p.id, 'updated', e.key, p.before -> e.key, e.value, actor
          from pairs p
         cross join lateral jsonb_each(p.after) e
         where p.before -> e.key is distinct from e.value
         order by p.id, e.key;
    end if;
    return null;
end;
$$;

comment on function public.change_history_record() is
    'AFTER INSERT/UPDATE/DELETE statement trigger: one change_history row per created or deleted record, per changed field of an updated one (V21).';

do $$
declare
    t text;
begin
    foreach t in array array['products', 'organizations', 'usages'] loop
        execute format(
            'create trigger %I after insert on %I referencing new table as new_rows '
            'for each statement execute function change_history_record()',
            t || '_history_insert', t);
        execute format(
            'create trigger %I after update on %I referencing old table as old_rows new table as new_rows '
            'for each statement execute function change_history_record()',
            t || '_history_update', t);
        execute format(
            'create trigger %I after delete on %I referencing old table as old_rows '
            'for each statement execute function change_history_record()',
            t || '_history_delete', t);
    end loop;
end;
$$;

-- An organization's grades (or locations) as one field. The API replaces
-- a list with a DELETE and an INSERT on the join table, two statements:
-- the first records `before → after the delete`, the second folds its
-- change into that same row (found as written by this transaction, xmin),
-- so one edit is one entry, and an edit that ends where it began is none.
-- Written with the organization's creation, the list joins the creation's
-- value instead. Rows cascading from a deleted organization record nothing
-- (the deletion's entry says it all).
create function public.change_history_join() returns trigger
language plpgsql
as $$
declare
    field_name text;
    other_column text;
    orgs bigint[];
    others bigint[];
    org bigint;
    moved bigint[];
    now_list bigint[];
    before bigint[];
    pending record;
begin
    if not change_history_on() then
        return null;
    end if;
    if tg_table_name = 'organization_grades' then
        field_name := 'grades';
        other_column := 'grade_id';
    else
        field_name := 'locations';
        other_column := 'location_id';
    end if;
    if tg_op = 'INSERT' then
        select array_agg(r.organization_id), array_agg((to_jsonb(r) ->> other_column)::bigint)
          into orgs, others
          from new_rows r;
    else
        select array_agg(r.organization_id), array_agg((to_jsonb(r) ->> other_column)::bigint)
          into orgs, others
          from old_rows r;
    end if;
    for org, moved in
        select u.o, array_agg(u.x) from unnest(orgs, others) u(o, x) group by u.o order by u.o
    loop
        continue when not exists (select 1 from organizations where id = org);
        if field_name = 'grades' then
            now_list := array(select grade_id from organization_grades
                               where organization_id = org order by grade_id);
        else
            now_list := array(select location_id from organization_locations
                               where organization_id = org order by location_id);
        end if;
        if tg_op = 'INSERT' then
            before := array(select x from unnest(now_list) x where x <> all(moved) order by x);
        else
            before := array(select x from unnest(now_list || moved) x order by x);
        end if;
        select h.id, h.action into pending
          from change_history h
         where h.table_name = 'organizations' and h.record_id = org
           and h.created_at = now() and h.xmin = pg_current_xact_id()::xid
           and (h.field = field_name or h.action = 'created')
         order by h.id desc
         limit 1;
        if pending.id is not null and pending.action = 'created' then
            update change_history
               set new_value = new_value || jsonb_build_object(field_name, to_jsonb(now_list))
             where id = pending.id;
        elsif pending.id is not null then
            update change_history set new_value = to_jsonb(now_list) where id = pending.id;
            delete from change_history where id = pending.id and old_value = new_value;
        else
            insert into change_history (table_name, record_id, action, field, old_value, new_value, actor_id)
            values ('organizations', org, 'updated', field_name, to_jsonb(before), to_jsonb(now_list),
                    change_history_actor());
        end if;
        pending := null;
    end loop;
    return null;
end;
$$;

comment on function public.change_history_join() is
    'AFTER INSERT/DELETE statement trigger on organization_grades and organization_locations: the list as a field of the organization''s history (V21).';

create trigger organization_grades_history_insert after insert on organization_grades
    referencing new table as new_rows
    for each statement execute function change_history_join();
create trigger organization_grades_history_delete after delete on organization_grades
    referencing old table as old_rows
    for each statement execute function change_history_join();
create trigger organization_locations_history_insert after insert on organization_locations
    referencing new table as new_rows
    for each statement execute function change_history_join();
create trigger organization_locations_history_delete after delete on organization_locations
    referencing old table as old_rows
    for each statement execute function change_history_join();
