-- Indexes that let the filtered lists and searches over reviews read only
-- what they return and count (issue 10, item 3; docs/performance.md has
-- the plans at `mothra demo --scale 1` and `--scale 20`).
--
-- A product's reviews with their ratings (and ids): `usages?product__domain=
-- &rating__gte=4` walks the domain's products and, for each, the entries
-- rated 4 or more, counting them from the index alone (before: a parallel
-- sequential scan of every review, 89 ms at 800,000); the products page's
-- review count and NPS read each product's ratings from the index alone
-- too; and the product-name arm of `usages?search=` gets its reviews' ids
-- without visiting the table.
create index usages_product_rating_idx on usages (product_id, rating) include (id);

-- An organization's reviews with their products (and ids): `products?
-- usages__organization__org_type=` counts the products of the type's
-- organizations' reviews from the index alone (before: a sequential scan
-- of every review), and the organization-name arm of `usages?search=`
-- gets its reviews' ids without visiting the table. It answers every
-- look-up by organization that the single-column index answered (the
-- foreign key's, on deleting an organization), so that one goes: one index
-- more to keep on every review written, not two.
create index usages_organization_product_idx on usages (organization_id, product_id) include (id);
drop index usages_organization_id_idx;
