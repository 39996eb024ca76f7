-- Trigram index for the one searched column that had none: the text of a
-- review. `usages?search=` looks in the product's name, the organization's
-- name and the review; the search builder (src/db/collections.rs,
-- `search_term`) asks each of them separately, from its own trigram index,
-- and unites the ids, so every field needs one: without this index the
-- review arm read every review (800,000 at `mothra demo --scale 20`, about
-- 1 s per search; docs/performance.md).
--
-- The expression is the one the searches use, `f_unaccent(lower(review))`
-- (V1). Every other searched column already has its index (V2, V3) or
-- belongs to a reference table of a few dozen rows.
create index usages_review_trgm_idx on usages
    using gin (f_unaccent(lower(review)) gin_trgm_ops);
