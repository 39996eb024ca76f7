-- Two rules about members that every path must keep, whichever code writes
-- the users table (the sign-in endpoints, the users collection's PATCH and
-- DELETE, a psql session): so they live here, as triggers.

-- Every user has exactly one profile, created with it (domain.md, "Profile").
-- Whoever inserts a user gets the profile for free; inserting one by hand
-- afterwards clashes with profiles_user_id_unique, so nobody should.
create function public.users_create_profile() returns trigger
language plpgsql
as $$
begin
    insert into profiles (user_id) values (new.id)
        on conflict (user_id) do nothing;
    return null;
end;
$$;

comment on function public.users_create_profile() is
    'AFTER INSERT trigger on users: creates the user''s profile.';

create trigger users_create_profile after insert on users
    for each row execute function users_create_profile();

-- The site always keeps one active staff user who can manage the others:
-- the last one cannot be deleted, deactivated or demoted. Raised as the
-- check violation `users_last_staff`, which the API maps to a 409.
--
-- Two requests demoting the last two staff users at once would each see the
-- other still in place; the transaction-level advisory lock makes the second
-- wait for the first to commit, and (READ COMMITTED) its count then sees
-- the first one's change. The lock key is arbitrary but fixed.
create function public.users_keep_last_staff() returns trigger
language plpgsql
as $$
begin
    if not (old.is_staff and old.is_active) then
        return coalesce(new, old);
    end if;
    if tg_op = 'UPDATE' and new.is_staff and new.is_active then
        return new;
    end if;
    perform pg_advisory_xact_lock(7346501);
    if not exists (
        select 1 from users
        where is_staff and is_active and id <> old.id
    ) then
        raise exception 'The last active staff user cannot be removed, deactivated or demoted.'
            using errcode = 'check_violation',
                  constraint = 'users_last_staff',
                  table = 'users';
    end if;
    return coalesce(new, old);
end;
$$;

comment on function public.users_keep_last_staff() is
    'BEFORE UPDATE OR DELETE trigger on users: refuses to lose the last active staff user (users_last_staff).';

create trigger users_keep_last_staff before update or delete on users
    for each row execute function users_keep_last_staff();
