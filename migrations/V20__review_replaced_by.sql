-- Where organizations moved (issue 13, item 3). A member who marks a review
-- deprecated may name the product that replaced it; a product page then
-- shows "organizations moved from here to ..." and "... moved here from ...",
-- and a domain view the largest moves between products.
--
-- replaced_by is optional: many reviews say a product was dropped without
-- saying for what.
alter table usages add column replaced_by bigint;

-- RESTRICT, as every other reference of a review (V4): nothing that is
-- referenced is deleted out from under its references (domain.md,
-- "Deleting"). SET NULL would let deleting a product quietly erase what
-- members told about where they went; instead the product's delete is a
-- 409 that counts these reviews too (the products collection lists both
-- columns in its references).
alter table usages add constraint usages_replaced_by_fkey
    foreign key (replaced_by) references products (id) on delete restrict;

-- A product does not replace itself.
alter table usages add constraint usages_replaced_by_not_product
    check (replaced_by <> product_id);

-- A replacement is named when the organization stopped using the product
-- (domain.md): a review still in use with a "replaced by" would say two
-- contrary things. Un-deprecating a review through the API clears it, as it
-- clears the deprecation's date and reason.
alter table usages add constraint usages_replaced_by_deprecated
    check (replaced_by is null or is_deprecated);

-- The two directions of a product page's moves, and the domain view's
-- grouping, read only reviews that name a replacement (a few per cent of
-- them), so both indexes are partial: small, and untouched by the reviews
-- that name none. The dates a move is shown with are included, so each
-- query is answered from the index alone.
--
-- "Moved here from": reviews naming product X as their replacement.
create index usages_replaced_by_product_idx on usages (replaced_by, product_id)
    include (when_deprecated, updated_at)
    where replaced_by is not null;

-- "Moved from here to": product X's reviews that name a replacement (the
-- unique index keyed by product would visit every review of X to find them).
create index usages_product_replaced_by_idx on usages (product_id, replaced_by)
    include (when_deprecated, updated_at)
    where replaced_by is not null;
