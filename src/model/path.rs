//! Paths through relations (`product__domain`, `usages__rating`), resolved
//! against the declarations into hops between tables. Only declared names
//! ever resolve, so the identifiers a path yields are whitelisted.

use super::collection::{Collection, Field, Kind, Registry, Source};

/// One step from a row to related rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hop {
    /// Our `column` holds the id of a row of `table` (a foreign key).
    Forward {
        /// Our column.
        column: &'static str,
        /// The target table.
        table: &'static str,
    },
    /// Rows of `table` whose `column` holds our id (reverse relation or
    /// join table).
    Reverse {
        /// The other table.
        table: &'static str,
        /// Its column holding our id.
        column: &'static str,
    },
}

/// A path resolved to a column reached through zero or more hops.
#[derive(Debug, Clone)]
pub struct Resolved {
    /// Tables crossed, in order.
    pub hops: Vec<Hop>,
    /// The column compared, in the last table reached.
    pub column: &'static str,
    /// The field at the end (its kind decides lookups and value types).
    pub field: &'static Field,
}

/// Resolves `path` (segments joined by `__`) from `collection`. With
/// `forward_only`, only foreign keys may be crossed (a scalar: ordering).
pub fn resolve(
    registry: &Registry,
    collection: &'static Collection,
    path: &str,
    forward_only: bool,
) -> Option<Resolved> {
    let segments: Vec<&str> = path.split("__").collect();
    if segments.is_empty() || segments.len() > 4 {
        return None;
    }
    let mut hops = Vec::new();
    let mut at = collection;
    for (i, segment) in segments.iter().enumerate() {
        let last = i + 1 == segments.len();
        if let Some(field) = at.field(segment) {
            match (field.kind, field.source) {
                // A value the database stores for each record is compared
                // in its companion row (`exists (select 1 from
                // product_figures t1 where t1.product_id = t0.id and
                // t1.nps >= $1)`); other derived values are not filterable.
                (_, Source::Derived(d)) => {
                    let stored = d.stored().filter(|_| last && !forward_only)?;
                    hops.push(Hop::Reverse {
                        table: stored.table,
                        column: stored.key,
                    });
                    return Some(Resolved {
                        hops,
                        column: stored.column,
                        field,
                    });
                }
                (Kind::ManyToMany(_), Source::Join { .. }) if forward_only => return None,
                (
                    Kind::ManyToMany(target),
                    Source::Join {
                        table, this, other, ..
                    },
                ) => {
                    hops.push(Hop::Reverse {
                        table,
                        column: this,
                    });
                    if last {
                        return Some(Resolved {
                            hops,
                            column: other,
                            field,
                        });
                    }
                    let target = target.0;
                    hops.push(Hop::Forward {
                        column: other,
                        table: target.table,
                    });
                    at = target;
                }
                (kind, Source::Column(column)) => {
                    if last {
                        return Some(Resolved {
                            hops,
                            column,
                            field,
                        });
                    }
                    let Kind::ForeignKey(target) = kind else {
                        return None;
                    };
                    let target = target.0;
                    hops.push(Hop::Forward {
                        column,
                        table: target.table,
                    });
                    at = target;
                }
                _ => return None,
            }
        } else if let Some(relation) = registry.relation(at, segment) {
            if forward_only || last {
                return None;
            }
            let target = relation.target;
            hops.push(Hop::Reverse {
                table: target.table,
                column: relation.column,
            });
            at = target;
        } else {
            return None;
        }
    }
    None
}
