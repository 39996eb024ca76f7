//! The SQL behind "where organizations moved" (issue 13, item 3): the
//! reviews that name a replacement (`usages.replaced_by`, migration V20),
//! grouped by the product left and the product chosen. The database keeps
//! that grouping, `product_move_figures` (migration V22: each pair's count
//! and latest date, exact through triggers), so every statement reads a few
//! of its rows by index and looks the names up by primary key. Plans and
//! times: docs/decide.md.

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
    // Emptied pairs keep a row with a zero count (V22): skipped. Each
    // name is a subquery by primary key: the most chosen replacement has
    // 2,227 pairs at scale 20, for which the planner would rather hash all
    // 30,000 products than probe (a join or a lateral is planned so).
    let to = "select m.id, m.name, m.n, m.last_at
              from (select m.replaced_by as id, m.review_count as n, m.last_at,
                           (select p.name from products p where p.id = m.replaced_by) as name
                    from product_move_figures m
                    where m.product_id = $1 and m.review_count > 0) m
              order by m.n desc, m.last_at desc, lower(m.name), m.id";
    let from = "select m.id, m.name, m.n, m.last_at
                from (select m.product_id as id, m.review_count as n, m.last_at,
                             (select p.name from products p where p.id = m.product_id) as name
                      from product_move_figures m
                      where m.replaced_by = $1 and m.review_count > 0) m
                order by m.n desc, m.last_at desc, lower(m.name), m.id";
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
    // The page walks product_move_figures_largest_idx (most reviews, then
    // the latest) and looks up each pair's two names by primary key until
    // it has a page (names only order the pairs that tie); the domain keeps
    // a pair when either end is one of its products.
    let page = "select m.product_id, m.replaced_by, m.review_count as n, m.last_at,
                       a.name as from_name, b.name as to_name
                from product_move_figures m
                join products a on a.id = m.product_id
                join products b on b.id = m.replaced_by
                where m.review_count > 0
                  and ($1::bigint is null or a.domain_id = $1 or b.domain_id = $1)
                order by m.review_count desc, m.last_at desc, lower(a.name), lower(b.name),
                         m.product_id, m.replaced_by
                limit $2 offset $3";
    let rows = client.query(page, &[&domain, &limit, &offset]).await?;
    // How many: every pair, as V22 counts them (one row), or a domain's
    // pairs through its products (each direction from its own index; a
    // pair inside the domain is counted once).
    let total: i64 = match domain {
        None => client
            .query_one(
                "select n from decide_counts where table_name = 'product_move_figures'",
                &[],
            )
            .await?
            .get(0),
        Some(domain) => client
            .query_one(
                "select count(*) from (
                     select m.product_id, m.replaced_by
                     from products p join product_move_figures m on m.product_id = p.id
                     where p.domain_id = $1 and m.review_count > 0
                     union
                     select m.product_id, m.replaced_by
                     from products p join product_move_figures m on m.replaced_by = p.id
                     where p.domain_id = $1 and m.review_count > 0
                 ) pairs",
                &[&domain],
            )
            .await?
            .get(0),
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
