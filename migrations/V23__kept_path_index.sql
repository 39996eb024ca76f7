-- Products used by organizations of a type, from the kept figures (issue
-- 10, "lists at 20x data").
--
-- `products?usages__organization__org_type=<id>` (and `__in`) now reads
-- product_org_type_figures (V22) instead of every review of the type: a
-- row whose review_count is above zero means exactly "some organization of
-- that type reviews the product" (every review has a rating, and V22's
-- triggers follow reviews written, moved and deleted, and organizations
-- changing type). Rows that fell to zero stay (V22 never deletes one), so
-- the filter tests the count too.
--
-- This index holds only the rows that count something, by type then
-- product: the exact count of a filtered list is an index-only walk of one
-- entry per matching product (29,575 at scale 20, where it read 159,000
-- review entries through usages), and a type with few products finds them
-- without visiting the others. The primary key (product_id, org_type_id)
-- serves the look-up per product of a page read in name order.
create index product_org_type_figures_used_idx
    on product_org_type_figures (org_type_id, product_id)
    where review_count > 0;
