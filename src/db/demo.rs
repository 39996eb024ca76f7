//! `mothra demo`: a realistic, deterministic data set generated inside
//! PostgreSQL (generate_series and hash-based pseudo-random numbers, one
//! INSERT ... SELECT per table), so that scale 20 loads in seconds.
//!
//! Randomness is `hashint8extended(key, salt)`: the same key and salt give
//! the same number on every run and every server, parallel or not, so two
//! runs on fresh databases produce identical rows (ids included). Word lists
//! live in [`super::demo_words`] and travel as `text[]` parameters.

use std::time::Instant;

use tokio_postgres::types::ToSql;
use tokio_postgres::{Client, Transaction};

use super::demo_words as words;

/// The one demo member who can sign in: username `demo`, this password.
pub const DEMO_PASSWORD: &str = "mothra-demo";

/// Argon2id (m=19456, t=2, p=1, OWASP's parameters) of [`DEMO_PASSWORD`],
/// computed once and kept as a constant so the data set stays deterministic.
const DEMO_PASSWORD_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$pw0Muj4TUFzHNUQrLIafCA$MEP2GZTolOpafhycrfuF/qJiX4jFk7u28E1kcJ30MGo";

/// How many rows of each kind a scale asks for (scale 1: 300
/// organizations, 2,000 members, 1,500 products, 40,000 reviews).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    /// Organizations.
    pub organizations: i64,
    /// Members (users, each with a profile).
    pub members: i64,
    /// Products.
    pub products: i64,
    /// Reviews (usages); fewer at tiny scales, where members run out of
    /// distinct products to review.
    pub reviews: i64,
}

impl Counts {
    /// The counts for `scale` (any positive number; each count at least 1).
    pub fn for_scale(scale: f64) -> Counts {
        let n = |base: f64| ((base * scale).round() as i64).max(1);
        Counts {
            organizations: n(300.0),
            members: n(2_000.0),
            products: n(1_500.0),
            reviews: n(40_000.0),
        }
    }
}

/// Whether the database already holds organizations, products or reviews
/// (the demo refuses to mix with real data unless forced).
pub async fn has_content(client: &Client) -> Result<bool, tokio_postgres::Error> {
    let row = client
        .query_one(
            "select exists (select 1 from organizations)
                 or exists (select 1 from products)
                 or exists (select 1 from usages)",
            &[],
        )
        .await?;
    Ok(row.get(0))
}

/// Deletes what the demo replaces: every review, product, organization,
/// non-staff member, domain, subject, usage type and data interface. Staff
/// users stay (their profile loses its organization); grades, locations
/// and organization types stay.
async fn wipe(tx: &Transaction<'_>) -> Result<(), tokio_postgres::Error> {
    tx.batch_execute(
        "delete from change_history;
         delete from usages;
         update profiles set organization_id = null where organization_id is not null;
         delete from users where not is_staff;
         delete from products;
         delete from organizations;
         delete from domains;
         delete from subjects;
         delete from usage_types;
         delete from data_interfaces;",
    )
    .await
}

/// Session-local helpers: `demo_u(key, salt)` is a uniform number in
/// [0, 1), `demo_pick(key, salt, n)` an integer in [0, n).
const HELPERS: &str = "
create or replace function pg_temp.demo_u(k bigint, salt bigint) returns double precision
language sql immutable parallel safe
return (hashint8extended(k, salt) & 2147483647)::double precision / 2147483648.0;

create or replace function pg_temp.demo_pick(k bigint, salt bigint, n bigint) returns bigint
language sql immutable parallel safe
return floor(pg_temp.demo_u(k, salt) * n)::bigint;
";

const REFERENCE: [&str; 4] = [
    "insert into domains (name, color) select * from unnest($1::text[], $2::text[])
     on conflict do nothing",
    "insert into subjects (name, icon) select * from unnest($1::text[], $2::text[])
     on conflict do nothing",
    "insert into usage_types (name) select unnest($1::text[]) on conflict do nothing",
    "insert into data_interfaces (name) select unnest($1::text[]) on conflict do nothing",
];

/// Index → id maps of the reference rows, in name order.
const REFERENCE_MAPS: &str = "
create temp table demo_domain on commit drop as
    select row_number() over (order by name, id) - 1 as i, id, name from domains;
create temp table demo_subject on commit drop as
    select row_number() over (order by name, id) - 1 as i, id, name from subjects;
create temp table demo_usage_type on commit drop as
    select row_number() over (order by name, id) - 1 as i, id from usage_types;
create temp table demo_interface on commit drop as
    select row_number() over (order by name, id) - 1 as i, id from data_interfaces;
create temp table demo_location on commit drop as
    select row_number() over (order by abbreviation, id) - 1 as i, id from locations;
";

/// $1 count, $2 places, $3 kinds, $4 kind → org type name, $5 kind → shape
/// (0 district, 1 charter network, 2 private school). The kind turns
/// fastest, so any count from ten on has every organization type.
const ORGANIZATIONS: &str = "
create temp table demo_org on commit drop as
select i,
       ($2::text[])[1 + (i / nk) % np] || ' ' || ($3::text[])[1 + i % nk]
           || case when i >= np * nk then ' ' || (i / (np * nk) + 1) else '' end as name,
       ($4::text[])[1 + i % nk] as org_type,
       ($5::int[])[1 + i % nk] as shape,
       null::bigint as id
from generate_series(0, $1::bigint - 1) as i,
     lateral (select cardinality($2::text[]) as np, cardinality($3::text[]) as nk) as n;

insert into organizations (name, size, org_type_id)
select d.name,
       case when pg_temp.demo_u(d.i, 1) < 0.05 then null
            when d.shape = 0 then 2 + floor(power(pg_temp.demo_u(d.i, 2), 2) * 80)::int
            when d.shape = 1 then 2 + pg_temp.demo_pick(d.i, 2, 25)::int
            else 1 + pg_temp.demo_pick(d.i, 2, 2)::int end,
       coalesce((select t.id from org_types t where t.name = d.org_type),
                (select min(t.id) from org_types t))
from demo_org d
order by d.i;

update demo_org d set id = o.id
from organizations o where lower(btrim(o.name)) = lower(btrim(d.name));
create index on demo_org (i);
";

/// Grade ranges by shape, and one location each (a few span two states).
const ORGANIZATION_LINKS: &str = "
insert into organization_grades (organization_id, grade_id)
select d.id, g.id
from demo_org d
cross join lateral (
    select case d.shape
        when 0 then case when pg_temp.demo_u(d.i, 3) < 0.3 then -1 else 0 end
        when 1 then (array[0, 6, 0, 9])[1 + pg_temp.demo_pick(d.i, 3, 4)]
        else (array[0, 9, -1, 0])[1 + pg_temp.demo_pick(d.i, 3, 4)] end as lo,
           case d.shape
        when 0 then case when pg_temp.demo_u(d.i, 4) < 0.1 then 8 else 12 end
        when 1 then (array[8, 12, 12, 12])[1 + pg_temp.demo_pick(d.i, 3, 4)]
        else (array[8, 12, 12, 5])[1 + pg_temp.demo_pick(d.i, 3, 4)] end as hi
) r
join grades g on g.level between r.lo and r.hi;

insert into organization_locations (organization_id, location_id)
select d.id, l.id
from demo_org d
join demo_location l on l.i = pg_temp.demo_pick(d.i, 5, (select count(*) from demo_location))
union
select d.id, l.id
from demo_org d
join demo_location l on l.i = pg_temp.demo_pick(d.i, 6, (select count(*) from demo_location))
where pg_temp.demo_u(d.i, 7) < 0.03;
";

/// $1 count, $2 first names, $3 last names, $4 organizations, $5 the demo
/// member's password hash. Member 0 is `demo`, who can sign in. A trigger
/// (V7) may already have made each user's profile: the profile insert
/// fills it in instead.
const MEMBERS: &str = "
create temp table demo_member on commit drop as
select i, first_name, last_name,
       case when i = 0 then 'demo'
            else lower(regexp_replace(f_unaccent(first_name || '.' || last_name), '[^A-Za-z.]', '', 'g')) || i
       end as username,
       case when i = 0 then 0 when pg_temp.demo_u(i, 12) < 0.95 then pg_temp.demo_pick(i, 13, $4) end as org_i,
       case when i = 0 then $5::text end as password_hash,
       null::bigint as user_id, null::bigint as profile_id, null::bigint as org_id
from (
    select i,
           case when i = 0 then 'Demo' else ($2::text[])[1 + pg_temp.demo_pick(i, 10, cardinality($2::text[]))] end as first_name,
           case when i = 0 then 'Member' else ($3::text[])[1 + pg_temp.demo_pick(i, 11, cardinality($3::text[]))] end as last_name
    from generate_series(0, $1::bigint - 1) as i
) named;

insert into users (username, email, first_name, last_name, password_hash, is_active, date_joined, last_login)
select username,
       username || '@example.org',
       first_name, last_name,
       password_hash,
       i = 0 or pg_temp.demo_u(i, 14) >= 0.02,
       now() - make_interval(days => 30 + pg_temp.demo_pick(i, 15, 1500)::int),
       case when i = 0 or pg_temp.demo_u(i, 16) < 0.7
            then now() - make_interval(days => pg_temp.demo_pick(i, 17, 28)::int) end
from demo_member
order by i;

update demo_member m set user_id = u.id
from users u where lower(u.username) = lower(m.username);

update demo_member m set org_id = d.id from demo_org d where d.i = m.org_i;

insert into profiles (user_id, github_id, organization_id)
select user_id,
       case when i > 0 and pg_temp.demo_u(i, 18) < 0.3
            then lower(regexp_replace(f_unaccent(first_name || last_name), '[^A-Za-z0-9]', '', 'g')) || '-' || i end,
       org_id
from demo_member
order by i
on conflict (user_id) do update
    set github_id = excluded.github_id, organization_id = excluded.organization_id;

update demo_member m set profile_id = p.id from profiles p where p.user_id = m.user_id;
create index on demo_member (i);
";

/// $1 count, $2 prefixes, $3 terms, $4 term → domain, $5 term → subject
/// ('' for none), $6 suffixes, $7 descriptions.
const PRODUCTS: &str = "
create temp table demo_product on commit drop as
select i,
       ($2::text[])[1 + i % np] || ' ' || ($3::text[])[1 + (i / np) % nt]
           || ($6::text[])[1 + (i / (np * nt)) % ns]
           || case when i >= np * nt * ns then ' ' || (i / (np * nt * ns) + 1) else '' end as name,
       ($2::text[])[1 + i % np] || ($3::text[])[1 + (i / np) % nt] as slug,
       ($4::text[])[1 + (i / np) % nt] as domain_name,
       nullif(($5::text[])[1 + (i / np) % nt], '') as subject_name,
       ($7::text[])[1 + pg_temp.demo_pick(i, 24, cardinality($7::text[]))] as blurb,
       row_number() over (order by hashint8extended(i, 26), i) - 1 as popularity,
       null::bigint as id,
       null::bigint as domain_id
from generate_series(0, $1::bigint - 1) as i,
     lateral (select cardinality($2::text[]) as np, cardinality($3::text[]) as nt,
                     cardinality($6::text[]) as ns) as n;

insert into products (name, domain_id, subject_id, description, url)
select d.name,
       coalesce(dm.id, (select id from demo_domain where i = pg_temp.demo_pick(d.i, 20, (select count(*) from demo_domain)))),
       coalesce(sb.id, case when pg_temp.demo_u(d.i, 21) < 0.4
           then (select id from demo_subject where i = pg_temp.demo_pick(d.i, 22, (select count(*) from demo_subject))) end),
       case when pg_temp.demo_u(d.i, 23) < 0.1 then ''
            else d.name || ' ' || d.blurb end,
       case when pg_temp.demo_u(d.i, 25) < 0.2 then null
            else 'https://www.' || lower(d.slug) || '.example.com/' end
from demo_product d
left join demo_domain dm on dm.name = d.domain_name
left join demo_subject sb on sb.name = d.subject_name
order by d.i;

update demo_product d set id = p.id, domain_id = p.domain_id
from products p where lower(btrim(p.name)) = lower(btrim(d.name));
create index on demo_product (i);
create index on demo_product (popularity);
create index on demo_product (domain_id, popularity);
";

/// $1 reviews wanted, $2 products, $3 organizations, $4 draws per member,
/// $5 praise, $6 mixed, $7 complaints, $8 details, $9 reasons for dropping.
/// Each member draws products by popularity rank with a skew (a few
/// products get many reviews; ranks are shuffled against names); distinct (member, product) pairs make the unique
/// (product, organization, reviewer) hold, since a member's organization
/// is fixed (members without one review for a drawn organization). Each
/// review is dated at a point of the last two years (730 days). Six in ten
/// deprecated reviews name a replacement: one of the four most popular
/// other products of the same domain, so that the moves between products
/// gather into a few large ones, as organizations flock to market leaders.
const REVIEWS: &str = "
insert into usages (product_id, organization_id, reviewer_id, usage_type_id, how_push_id,
                    how_pull_id, is_deprecated, when_deprecated, why_deprecated, replaced_by,
                    rating, review, created_at, updated_at)
with draws as (
    select distinct m.i as mi,
           least($2::bigint - 1, floor($2::bigint * power(pg_temp.demo_u(m.i * 1000003 + k, 30), 1.6))::bigint) as pi
    from demo_member m, generate_series(0, $4::bigint - 1) as k
), chosen as (
    select mi, pi, mi * 1000003 + pi as key
    from draws
    order by hashint8extended(mi * 1000003 + pi, 31), mi, pi
    limit $1::bigint
), rated as (
    select c.*,
           case when q < 0.06 then 1 when q < 0.15 then 2 when q < 0.32 then 3
                when q < 0.62 then 4 else 5 end::smallint as rating
    from chosen c,
         lateral (select least(0.999, greatest(0.0,
             pg_temp.demo_u(c.key, 32) + (pg_temp.demo_u(c.pi, 33) - 0.5) * 0.6)) as q) as s
), flagged as (
    select r.*, pg_temp.demo_u(r.key, 34) < case when r.rating <= 2 then 0.35 else 0.08 end as deprecated
    from rated r
)
select p.id,
       coalesce(m.org_id, o.id),
       m.profile_id,
       (select id from demo_usage_type where i = pg_temp.demo_pick(f.key, 35, (select count(*) from demo_usage_type))),
       case when pg_temp.demo_u(f.key, 36) < 0.8
            then (select id from demo_interface where i = pg_temp.demo_pick(f.key, 37, (select count(*) from demo_interface))) end,
       case when pg_temp.demo_u(f.key, 38) < 0.7
            then (select id from demo_interface where i = pg_temp.demo_pick(f.key, 39, (select count(*) from demo_interface))) end,
       f.deprecated,
       case when f.deprecated and pg_temp.demo_u(f.key, 40) < 0.8
            then current_date - (1 + pg_temp.demo_pick(f.key, 41, 1800))::int end,
       case when f.deprecated and pg_temp.demo_u(f.key, 42) < 0.75
            then ($9::text[])[1 + pg_temp.demo_pick(f.key, 43, cardinality($9::text[]))] end,
       case when f.deprecated and pg_temp.demo_u(f.key, 49) < 0.6
            then (select q.id from demo_product q
                  where q.domain_id = p.domain_id and q.id <> p.id
                  order by q.popularity
                  offset pg_temp.demo_pick(f.key, 50, 4) limit 1) end,
       f.rating,
       case when pg_temp.demo_u(f.key, 44) < 0.15 then ''
            else (case when f.rating >= 4 then ($5::text[])[1 + pg_temp.demo_pick(f.key, 45, cardinality($5::text[]))]
                       when f.rating = 3 then ($6::text[])[1 + pg_temp.demo_pick(f.key, 45, cardinality($6::text[]))]
                       else ($7::text[])[1 + pg_temp.demo_pick(f.key, 45, cardinality($7::text[]))] end)
                 || ' ' || ($8::text[])[1 + pg_temp.demo_pick(f.key, 46, cardinality($8::text[]))] end,
       f.written,
       f.written
from (select f.*, now() - make_interval(secs => pg_temp.demo_pick(f.key, 48, 730 * 86400)::double precision) as written
      from flagged f) f
join demo_member m on m.i = f.mi
join demo_product p on p.popularity = f.pi
left join demo_org o on o.i = pg_temp.demo_pick(f.key, 47, $3::bigint)
order by f.pi, f.mi;
";

/// A little edit history, written through the triggers that record it
/// (V21) with recording back on and each edit's member named as its
/// actor: the demo member reworded two of their reviews (one twice),
/// members touched up the descriptions of popular products and corrected
/// their organization's size. The entries are then spread over the last
/// two months, oldest first, as if made one by one.
const EDITS: &str = "
do $$
declare
    r record;
begin
    perform set_config('mothra.history', 'on', true);
    for r in select u.id, m.user_id, row_number() over (order by u.id) as k
               from usages u join demo_member m on m.profile_id = u.reviewer_id
              where m.i = 0 order by u.id limit 2
    loop
        perform set_config('mothra.actor', r.user_id::text, true);
        update usages set review = btrim(review || ' Support answered within a day.') where id = r.id;
        if r.k = 1 then
            update usages set review = btrim(review || ' Rostering now syncs nightly.') where id = r.id;
        end if;
    end loop;
    for r in select p.id, m.user_id
               from demo_product p
               join demo_member m on m.i = 1 + (p.i * 7) % greatest(1, (select count(*) - 1 from demo_member))
              where p.popularity < 24 order by p.popularity
    loop
        perform set_config('mothra.actor', r.user_id::text, true);
        update products set description = btrim(description || ' Single sign-on through Clever.')
         where id = r.id;
    end loop;
    for r in select d.id, m.user_id
               from demo_org d
               join lateral (select user_id from demo_member where org_id = d.id order by i limit 1) m on true
              where d.i < 12 order by d.i
    loop
        perform set_config('mothra.actor', r.user_id::text, true);
        update organizations set size = coalesce(size, 0) + 1 where id = r.id;
    end loop;
    perform set_config('mothra.actor', '', true);
    perform set_config('mothra.history', 'off', true);
end;
$$;

update change_history h
   set created_at = now() - make_interval(hours => ((t.n - t.k) * 32 + 3)::int)
  from (select id, row_number() over (order by id) as k, count(*) over () as n
          from change_history where created_at = now()) t
 where h.id = t.id;
";

/// Generates the data set in one transaction (all or nothing), replacing
/// existing content first when `force` is set; `progress` hears each step
/// and its duration. The caller checks [`has_content`] before.
pub async fn generate(
    client: &mut Client,
    counts: Counts,
    force: bool,
    progress: &mut dyn FnMut(&str),
) -> Result<Counts, tokio_postgres::Error> {
    let started = Instant::now();
    let tx = client.transaction().await?;
    tx.batch_execute("set local work_mem = '256MB'; set local synchronous_commit = off;")
        .await?;
    // The bulk load is not an edit: no history for it ([`EDITS`] writes some).
    super::history::pause(&tx).await?;
    if force {
        wipe(&tx).await?;
        progress("removed the previous content");
    }
    tx.batch_execute(HELPERS).await?;
    reference(&tx).await?;
    progress("reference data: domains, subjects, usage types, data interfaces");

    let mut step = |name: &str, rows: u64, at: Instant| {
        progress(&format!(
            "{name}: {rows} ({:.1} s)",
            at.elapsed().as_secs_f64()
        ))
    };
    let at = Instant::now();
    let o = counts.organizations;
    run(
        &tx,
        ORGANIZATIONS,
        &[
            &o,
            &words::PLACES.as_slice(),
            &words::ORG_KINDS.as_slice(),
            &words::ORG_KIND_TYPES.as_slice(),
            &words::ORG_KIND_SHAPES.as_slice(),
        ],
    )
    .await?;
    tx.batch_execute(ORGANIZATION_LINKS).await?;
    step("organizations", count(&tx, "organizations").await?, at);

    let at = Instant::now();
    run(
        &tx,
        MEMBERS,
        &[
            &counts.members,
            &words::FIRST_NAMES.as_slice(),
            &words::LAST_NAMES.as_slice(),
            &o,
            &DEMO_PASSWORD_HASH,
        ],
    )
    .await?;
    step("members", count(&tx, "profiles").await?, at);

    let at = Instant::now();
    run(
        &tx,
        PRODUCTS,
        &[
            &counts.products,
            &words::PRODUCT_PREFIXES.as_slice(),
            &words::PRODUCT_TERMS.as_slice(),
            &words::PRODUCT_TERM_DOMAINS.as_slice(),
            &words::PRODUCT_TERM_SUBJECTS.as_slice(),
            &words::PRODUCT_SUFFIXES.as_slice(),
            &words::PRODUCT_DESCRIPTIONS.as_slice(),
        ],
    )
    .await?;
    step("products", count(&tx, "products").await?, at);

    let at = Instant::now();
    // Half again as many draws as reviews wanted: duplicates drop out.
    let draws = ((counts.reviews * 3 / 2 + counts.members - 1) / counts.members).max(1);
    run(
        &tx,
        REVIEWS,
        &[
            &counts.reviews,
            &counts.products,
            &o,
            &draws,
            &words::PRAISE.as_slice(),
            &words::MIXED.as_slice(),
            &words::COMPLAINTS.as_slice(),
            &words::DETAILS.as_slice(),
            &words::DROP_REASONS.as_slice(),
        ],
    )
    .await?;
    step("reviews", count(&tx, "usages").await?, at);

    let at = Instant::now();
    tx.batch_execute(EDITS).await?;
    step("edits", count(&tx, "change_history").await?, at);

    let made = Counts {
        organizations: count(&tx, "organizations").await? as i64,
        members: count(&tx, "profiles").await? as i64,
        products: count(&tx, "products").await? as i64,
        reviews: count(&tx, "usages").await? as i64,
    };
    tx.commit().await?;
    let at = Instant::now();
    // VACUUM too, not only ANALYZE: it sets the visibility map, so counts
    // and index-only scans see the table as a settled database would.
    client.batch_execute("vacuum analyze").await?;
    progress(&format!(
        "vacuum analyze ({:.1} s)",
        at.elapsed().as_secs_f64()
    ));
    progress(&format!("done in {:.1} s", started.elapsed().as_secs_f64()));
    Ok(made)
}

async fn reference(tx: &Transaction<'_>) -> Result<(), tokio_postgres::Error> {
    let [domains, subjects, usage_types, interfaces] = REFERENCE;
    tx.execute(
        domains,
        &[&words::DOMAINS.as_slice(), &words::DOMAIN_COLORS.as_slice()],
    )
    .await?;
    tx.execute(
        subjects,
        &[
            &words::SUBJECTS.as_slice(),
            &words::SUBJECT_ICONS.as_slice(),
        ],
    )
    .await?;
    tx.execute(usage_types, &[&words::USAGE_TYPES.as_slice()])
        .await?;
    tx.execute(interfaces, &[&words::DATA_INTERFACES.as_slice()])
        .await?;
    tx.batch_execute(REFERENCE_MAPS).await
}

/// Runs a script: its first statement takes the parameters, the rest
/// (which only read the temp tables it made) run as one batch.
async fn run(
    tx: &Transaction<'_>,
    script: &str,
    params: &[&(dyn ToSql + Sync)],
) -> Result<(), tokio_postgres::Error> {
    let (first, rest) = script.split_once(";\n").unwrap_or((script, ""));
    tx.execute(first, params).await?;
    tx.batch_execute(rest).await
}

async fn count(tx: &Transaction<'_>, table: &'static str) -> Result<u64, tokio_postgres::Error> {
    // `table` is one of a few literals above, never input.
    let row = tx
        .query_one(&format!("select count(*) from {table}"), &[])
        .await?;
    Ok(row.get::<_, i64>(0) as u64)
}
