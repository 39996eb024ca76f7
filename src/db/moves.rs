//! The SQL behind "where organizations moved" (issue 13, item 3): the
//! reviews that name a replacement (`usages.replaced_by`, migration V20),
//! grouped by the product left and the product chosen. Every statement
//! reads one of V20's partial indexes, which hold only those reviews and
//! the dates a move is shown with. Plans and times: docs/decide.md.

use chrono::NaiveDate;
use tokio_postgres::Client;

/// Organizations' reviews that moved between a product and another one.
#[derive(Debug, Clone, PartialEq)]
pub struct Move {
    /// The other product's `products.id`.
    pub id: i64,
    /// Its name.
    pub name: String,
    /// Reviews that made this move.
    pub count: i64,
    /// The latest of them: the date the product was dropped, or the day
    /// the review was last written when it gives no date.
    pub last_at: NaiveDate,
}

/// The moves of one product: where its reviewers went, and where those
/// who came to it left.
#[derive(Debug, Clone, PartialEq)]
pub struct ProductMoves {
    /// Reviews of this product that name a replacement, by replacement.
    pub moved_to: Vec<Move>,
    /// Reviews naming this product as their replacement, by product left.
    pub moved_from: Vec<Move>,
}

/// When a move happened: the date the product was dropped, else the day
/// the review was last written. A macro, so each statement splices the
/// same words (and the index's included columns answer it).
macro_rules! moved_on_u {
    () => {
        "max(coalesce(u.when_deprecated, u.updated_at::date))"
    };
}

/// Most moves first, then the latest, then by name.
fn moves(rows: &[tokio_postgres::Row]) -> Vec<Move> {
    rows.iter()
        .map(|r| Move {
            id: r.get("id"),
            name: r.get("name"),
            count: r.get("n"),
            last_at: r.get("last_at"),
        })
        .collect()
}

/// Both directions of product `id`'s moves, most moves first.
pub async fn product_moves(
    client: &Client,
    id: i64,
) -> Result<ProductMoves, tokio_postgres::Error> {
    // Each direction is grouped from its own index (by product, or by
    // replacement) before the few groups meet the products for names.
    let to = concat!(
        "select p.id, p.name, m.n, m.last_at
         from (select u.replaced_by as id, count(*) as n, ",
        moved_on_u!(),
        " as last_at
               from usages u
               where u.product_id = $1 and u.replaced_by is not null
               group by u.replaced_by) m
         join products p on p.id = m.id
         order by m.n desc, m.last_at desc, lower(p.name), p.id"
    );
    let from = concat!(
        "select p.id, p.name, m.n, m.last_at
         from (select u.product_id as id, count(*) as n, ",
        moved_on_u!(),
        " as last_at
               from usages u
               where u.replaced_by = $1
               group by u.product_id) m
         join products p on p.id = m.id
         order by m.n desc, m.last_at desc, lower(p.name), p.id"
    );
    Ok(ProductMoves {
        moved_to: moves(&client.query(to, &[&id]).await?),
        moved_from: moves(&client.query(from, &[&id]).await?),
    })
}

/// One move between two products, over every review that made it.
#[derive(Debug, Clone, PartialEq)]
pub struct Between {
    /// The product left: `products.id` and name.
    pub from: (i64, String),
    /// The product chosen instead.
    pub to: (i64, String),
    /// Reviews that made this move.
    pub count: i64,
    /// The latest of them (as [`Move::last_at`]).
    pub last_at: NaiveDate,
}

/// The largest moves between products (one page of them, and how many
/// there are): those leaving or reaching a product of `domain` when given,
/// most reviews first, then the latest, then by the products' names.
pub async fn largest_moves(
    client: &Client,
    domain: Option<i64>,
    limit: i64,
    offset: i64,
) -> Result<(i64, Vec<Between>), tokio_postgres::Error> {
    // The whole partial index is read (only reviews naming a replacement:
    // a few per cent of all) and grouped by pair; only then are the few
    // thousand pairs joined to the products by hash, and the domain keeps
    // a pair when either end is one of its products. A macro, so that the
    // page and the count read the same pairs.
    macro_rules! kept {
        () => {
            "with pairs as (
                 select u.product_id, u.replaced_by, count(*) as n, "
        };
    }
    macro_rules! kept_rest {
        () => {
            " as last_at
                 from usages u
                 where u.replaced_by is not null
                 group by u.product_id, u.replaced_by
             ), kept as (
                 select m.*, a.name as from_name, b.name as to_name
                 from pairs m
                 join products a on a.id = m.product_id
                 join products b on b.id = m.replaced_by
                 where $1::bigint is null or a.domain_id = $1 or b.domain_id = $1
             )"
        };
    }
    // The total comes with the page, from the same grouping.
    let sql = concat!(
        kept!(),
        moved_on_u!(),
        kept_rest!(),
        " select k.*, count(*) over () as total
         from kept k
         order by k.n desc, k.last_at desc, lower(k.from_name), lower(k.to_name),
                  k.product_id, k.replaced_by
         limit $2 offset $3"
    );
    let rows = client.query(sql, &[&domain, &limit, &offset]).await?;
    let total = match rows.first() {
        Some(r) => r.get("total"),
        // An empty page: past the end, or nothing at all.
        None => {
            let count = concat!(
                kept!(),
                moved_on_u!(),
                kept_rest!(),
                " select count(*) from kept"
            );
            client.query_one(count, &[&domain]).await?.get(0)
        }
    };
    Ok((
        total,
        rows.iter()
            .map(|r| Between {
                from: (r.get("product_id"), r.get("from_name")),
                to: (r.get("replaced_by"), r.get("to_name")),
                count: r.get("n"),
                last_at: r.get("last_at"),
            })
            .collect(),
    ))
}
