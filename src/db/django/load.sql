-- The load of a checked Django document (src/db/django.rs runs the
-- reference data's part first, so every `target` is set). Ids of
-- organizations, users, profiles, products and reviews are the document's
-- own (`overriding system value`), so links, bookmarks and scripts keep
-- working; reference data points at the rows it was matched onto.

insert into organizations (id, name, size, org_type_id) overriding system value
select s.pk, s.name, s.size, t.target
  from dj_organization s
  join dj_orgtype t on t.pk = s.org_type and not t.left_out
 where not s.left_out;

insert into organization_grades (organization_id, grade_id)
select distinct s.pk, g.target
  from dj_organization s
 cross join lateral unnest(s.grades) as ref(pk)
  join dj_grade g on g.pk = ref.pk and not g.left_out
 where not s.left_out;

insert into organization_locations (organization_id, location_id)
select distinct s.pk, l.target
  from dj_organization s
 cross join lateral unnest(s.locations) as ref(pk)
  join dj_location l on l.pk = ref.pk and not l.left_out
 where not s.left_out;

-- Users with their ids first; a `--natural-primary` dump's users (no pk)
-- then take ids past them.
insert into users (id, username, email, first_name, last_name, password_hash,
                   is_staff, is_active, date_joined, last_login) overriding system value
select pk, username, email, first_name, last_name, password_hash,
       is_staff, is_active, date_joined, last_login
  from dj_user
 where not left_out and pk is not null;

select setval(pg_get_serial_sequence('users', 'id'),
              coalesce((select max(id) from users), 0) + 1, false);

insert into users (username, email, first_name, last_name, password_hash,
                   is_staff, is_active, date_joined, last_login)
select username, email, first_name, last_name, password_hash,
       is_staff, is_active, date_joined, last_login
  from dj_user
 where not left_out and pk is null
 order by seq;

update dj_user s set target = u.id
  from users u
 where u.username = s.username and not s.left_out;

-- Inserting a user made a profile for it (V7); the document's profiles,
-- with their ids (reviews point at them), take their place. The database
-- was empty, so every profile here is one just made.
delete from profiles;

insert into profiles (id, user_id, github_id, organization_id) overriding system value
select s.pk, u.target, s.github_id, o.pk
  from dj_profile s
  join dj_user u on u.seq = s.user_seq
  left join dj_organization o on o.pk = s.organization and not o.left_out
 where not s.left_out;

select setval(pg_get_serial_sequence('profiles', 'id'),
              coalesce((select max(id) from profiles), 0) + 1, false);

-- Every member has a profile (domain.md), also one the document gave none.
insert into profiles (user_id)
select u.id from users u
 where not exists (select 1 from profiles p where p.user_id = u.id)
 order by u.id;

insert into products (id, name, domain_id, subject_id, description, url) overriding system value
select s.pk, s.name, d.target, j.target, s.description, s.url
  from dj_product s
  join dj_domain d on d.pk = s.domain and not d.left_out
  left join dj_subject j on j.pk = s.subject and not j.left_out
 where not s.left_out;

insert into usages (id, product_id, organization_id, reviewer_id, usage_type_id,
                    how_push_id, how_pull_id, is_deprecated, when_deprecated,
                    why_deprecated, rating, review) overriding system value
select s.pk, s.product, s.organization, s.reviewer, t.target,
       push.target, pull.target, s.is_deprecated, s.when_deprecated,
       s.why_deprecated, s.rating, s.review
  from dj_usage s
  join dj_usagetype t on t.pk = s.usage_type and not t.left_out
  left join dj_datainterface push on push.pk = s.how_push and not push.left_out
  left join dj_datainterface pull on pull.pk = s.how_pull and not pull.left_out
 where not s.left_out
 order by s.pk;

insert into api_tokens (user_id, key_hash, created_at)
select u.target, s.key_hash, s.created
  from dj_token s
  join dj_user u on u.seq = s.user_seq
 where not s.left_out;
