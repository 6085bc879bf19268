//! The Connects ledger (R50–R55): lots, draws, balances and the ledger's invariants.
//!
//! Every function here runs inside the caller's `BEGIN IMMEDIATE` transaction, so two processes
//! never both spend the same Connects (R55).

use crate::store::db::Db;
use jiff::Timestamp;
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::output::Record;
use crate::rules::connects::{self, LedgerKind, Lot};
use crate::store::{Select, Stamp, v};

/// Whose Connects: the freelancer's own (`None`) or an agency's shared pool.
pub type Account = Option<i64>;

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct LotView {
    pub id: i64,
    pub kind: LedgerKind,
    pub amount: i64,
    pub remaining: i64,
    pub issued_at: Stamp,
    pub expires_at: Stamp,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Balance {
    pub account: String,
    pub balance: i64,
    /// Unexpired lots with Connects left, the one expiring first first.
    pub lots: Vec<LotView>,
}

impl Record for Balance {
    const FIELDS: &'static [&'static str] = &["account", "balance", "lots"];
    const COLUMNS: &'static [&'static str] = &["account", "balance", "lots"];
    fn id(&self) -> i64 {
        0
    }
    fn quiet_key(&self) -> Option<String> {
        None
    }
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct LedgerEntry {
    /// The ledger row; null for a lot's expiry that no change has recorded yet (I9: reads
    /// show it as of now without writing it).
    pub id: Option<i64>,
    pub account: String,
    pub kind: LedgerKind,
    pub amount: i64,
    pub reason: String,
    pub entity: Option<String>,
    pub entity_id: Option<i64>,
    pub cost_cents: Option<i64>,
    pub at: Timestamp,
}

impl Record for LedgerEntry {
    fn quiet_key(&self) -> Option<String> {
        self.id.map(|id| id.to_string())
    }
    const FIELDS: &'static [&'static str] = &[
        "id",
        "account",
        "kind",
        "amount",
        "reason",
        "entity",
        "entity_id",
        "cost_cents",
        "at",
    ];
    const COLUMNS: &'static [&'static str] = &["id", "account", "kind", "amount", "reason", "at"];
    fn id(&self) -> i64 {
        self.id.unwrap_or(0)
    }
}

pub fn account_name(conn: &Db, account: Account) -> Result<String> {
    match account {
        None => Ok("me".to_string()),
        Some(id) => Ok(conn
            .prepare_cached("SELECT name FROM agencies WHERE id = ?1")?
            .query_row([id], |r| r.get(0))?),
    }
}

fn live_lots(conn: &Db, account: Account, now: Timestamp) -> Result<Vec<Lot>> {
    // A lot issued after now (the clock set back) is not there yet.
    let mut stmt = conn.prepare_cached(
        "SELECT id, remaining, expires_at FROM connects_lots \
         WHERE coalesce(agency_id, 0) = coalesce(?1, 0) AND remaining > 0 AND issued_at <= ?2 \
         ORDER BY expires_at, id",
    )?;
    let rows = stmt.query_map(params![account, now], |r| {
        Ok(Lot {
            id: r.get(0)?,
            remaining: r.get(1)?,
            expires_at: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// R50: the balance now: what remains in unexpired lots.
pub fn balance(conn: &Db, account: Account, now: Timestamp) -> Result<i64> {
    Ok(conn
        .prepare_cached(
            "SELECT coalesce(sum(remaining), 0) FROM connects_lots \
             WHERE coalesce(agency_id, 0) = coalesce(?1, 0) AND remaining > 0 AND expires_at > ?2 \
             AND issued_at <= ?2",
        )?
        .query_row(params![account, now], |r| r.get(0))?)
}

/// A lot's kind (of the ledger row that issued it), from its month: a grant has one, a
/// purchase none. `check` holds the store to it, so listing lots reads no ledger page.
macro_rules! lot_kind {
    () => {
        "(CASE WHEN l.month IS NULL THEN 'purchase' ELSE 'grant' END)"
    };
}

pub fn balance_view(conn: &Db, account: Account, now: Timestamp) -> Result<Balance> {
    let mut stmt = conn.prepare_cached(concat!(
        "SELECT l.id, ",
        lot_kind!(),
        ", l.amount, l.remaining, l.issued_at, l.expires_at FROM connects_lots l \
         WHERE coalesce(l.agency_id, 0) = coalesce(?1, 0) AND l.expires_at > ?2 AND l.remaining > 0 \
           AND l.issued_at <= ?2 \
         ORDER BY l.expires_at, l.id"
    ))?;
    let lots: Vec<LotView> = stmt
        .query_map(params![account, now], |r| {
            Ok(LotView {
                id: r.get(0)?,
                kind: r.get(1)?,
                amount: r.get(2)?,
                remaining: r.get(3)?,
                issued_at: r.get(4)?,
                expires_at: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Balance {
        account: account_name(conn, account)?,
        balance: lots.iter().map(|l| l.remaining).sum(),
        lots,
    })
}

/// A ledger row about to be appended.
struct Entry<'a> {
    account: Account,
    kind: LedgerKind,
    amount: i64,
    reason: &'a str,
    entity: Option<(&'a str, i64)>,
    cost_cents: Option<i64>,
    at: Timestamp,
}

fn append(conn: &Db, e: Entry<'_>) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO connects_ledger (agency_id, kind, amount, reason, entity, entity_id, cost_cents, at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        e.account,
        e.kind,
        e.amount,
        e.reason,
        e.entity.map(|x| x.0),
        e.entity.map(|x| x.1),
        e.cost_cents,
        e.at
    ])?;
    Ok(conn.last_insert_rowid()?)
}

fn draw(conn: &Db, ledger_id: i64, lot_id: i64, amount: i64) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO connects_draws (ledger_id, lot_id, amount) VALUES (?1, ?2, ?3)",
    )?
    .execute(params![ledger_id, lot_id, amount])?;
    conn.prepare_cached("UPDATE connects_lots SET remaining = remaining + ?2 WHERE id = ?1")?
        .execute(params![lot_id, amount])?;
    Ok(())
}

/// R50: writes `expire` rows for lots that expired with Connects left.
pub fn expire_due(conn: &Db, account: Account, now: Timestamp) -> Result<()> {
    // A lot expires at its expiry time; Connects refunded into it after that expire when the
    // refund came back.
    let due: Vec<(i64, i64, Timestamp)> = conn
        .prepare_cached(
            "SELECT l.id, l.remaining, max(l.expires_at, coalesce((SELECT max(g.at) FROM connects_draws d \
             JOIN connects_ledger g ON g.id = d.ledger_id WHERE d.lot_id = l.id AND g.kind = 'refund'), '')) \
             FROM connects_lots l \
             WHERE coalesce(l.agency_id, 0) = coalesce(?1, 0) AND l.remaining > 0 AND l.expires_at <= ?2 \
             ORDER BY l.expires_at, l.id",
        )?
        .query_map(params![account, now], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    for (lot_id, remaining, expires_at) in due {
        let id = append(
            conn,
            Entry {
                account,
                kind: LedgerKind::Expire,
                amount: -remaining,
                reason: "lot expired",
                entity: Some(("lot", lot_id)),
                cost_cents: None,
                at: expires_at,
            },
        )?;
        draw(conn, id, lot_id, -remaining)?;
    }
    Ok(())
}

/// R50: writes `expire` rows for every account's lots that expired by `now`.
pub fn expire_all_due(conn: &Db, now: Timestamp) -> Result<()> {
    let accounts: Vec<Account> = conn
        .prepare_cached(
            "SELECT DISTINCT agency_id FROM connects_lots WHERE remaining > 0 AND expires_at <= ?1",
        )?
        .query_map([now], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for account in accounts {
        expire_due(conn, account, now)?;
    }
    Ok(())
}

/// R50: a grant or purchase opens a lot that expires 365 days after `issued_at`.
#[allow(clippy::too_many_arguments)]
pub fn issue(
    conn: &Db,
    account: Account,
    kind: LedgerKind,
    amount: i64,
    month: Option<&str>,
    reason: &str,
    cost_cents: Option<i64>,
    issued_at: Timestamp,
) -> Result<i64> {
    if let Some(m) = month {
        let taken = conn
            .prepare_cached(
                "SELECT 1 FROM connects_lots WHERE coalesce(agency_id, 0) = coalesce(?1, 0) AND month = ?2",
            )?
            .query_row(params![account, m], |_| Ok(()))
            .optional()?;
        if taken.is_some() {
            return Err(Error::refused(format!(
                "the monthly Connects for {m} were already granted to {}",
                account_name(conn, account)?
            )));
        }
    }
    let ledger_id = append(
        conn,
        Entry {
            account,
            kind,
            amount,
            reason,
            entity: None,
            cost_cents,
            at: issued_at,
        },
    )?;
    conn.prepare_cached(
        "INSERT INTO connects_lots (agency_id, ledger_id, amount, remaining, month, issued_at, expires_at) \
         VALUES (?1, ?2, ?3, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![account, ledger_id, amount, month, issued_at, connects::lot_expiry(issued_at)])?;
    Ok(ledger_id)
}

/// R50/R51: spends `amount` from the soonest-expiring lots, or refuses (exit 4) without writing.
pub fn spend(
    conn: &Db,
    account: Account,
    amount: i64,
    reason: &str,
    entity: Option<(&str, i64)>,
    now: Timestamp,
) -> Result<Option<i64>> {
    if amount == 0 {
        return Ok(None);
    }
    expire_due(conn, account, now)?;
    let lots = live_lots(conn, account, now)?;
    let draws = connects::plan_spend(&lots, amount, now).map_err(|e| {
        Error::refused(e.message())
            .detail("needed", e.needed)
            .detail("balance", e.balance)
            .hint("buy Connects with: lancer connects buy N")
    })?;
    let id = append(
        conn,
        Entry {
            account,
            kind: LedgerKind::Spend,
            amount: -amount,
            reason,
            entity,
            cost_cents: None,
            at: now,
        },
    )?;
    for (lot_id, take) in draws {
        draw(conn, id, lot_id, -take)?;
    }
    Ok(Some(id))
}

/// R51: refuses (exit 4), before anything is written, an action whose whole cost (`cost`
/// plus `boost`) the account's balance does not cover; the message names both.
pub fn ensure_balance(
    conn: &Db,
    account: Account,
    cost: i64,
    boost: i64,
    now: Timestamp,
) -> Result<()> {
    let needed = cost + boost;
    let balance = balance(conn, account, now)?;
    if needed <= balance {
        return Ok(());
    }
    let what = match (cost, boost) {
        (_, 0) => format!("{needed} Connects"),
        (0, _) => format!("{needed} Connects (the boost)"),
        _ => format!("{needed} Connects ({cost} for the proposal + {boost} for the boost)"),
    };
    let pool = match account {
        None => String::new(),
        Some(_) => format!(" in {}'s pool", account_name(conn, account)?),
    };
    Err(Error::refused(format!(
        "this needs {what}, but the balance{pool} is {balance}"
    ))
    .detail("needed", needed)
    .detail("balance", balance)
    .hint("buy Connects with: lancer connects buy N"))
}

/// R18/R52: returns what was spent on `entity` and not yet refunded, to the lots it came from.
pub fn refund(conn: &Db, entity: (&str, i64), reason: &str, now: Timestamp) -> Result<i64> {
    let owed: Vec<(Account, i64, i64)> = conn
        .prepare_cached(
            "SELECT g.agency_id, d.lot_id, -sum(d.amount) FROM connects_draws d \
             JOIN connects_ledger g ON g.id = d.ledger_id \
             WHERE g.entity = ?1 AND g.entity_id = ?2 AND g.kind IN ('spend', 'refund') \
             GROUP BY g.agency_id, d.lot_id HAVING -sum(d.amount) > 0 ORDER BY d.lot_id",
        )?
        .query_map(params![entity.0, entity.1], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let total: i64 = owed.iter().map(|o| o.2).sum();
    if total == 0 {
        return Ok(0);
    }
    let account = owed[0].0;
    let id = append(
        conn,
        Entry {
            account,
            kind: LedgerKind::Refund,
            amount: total,
            reason,
            entity: Some(entity),
            cost_cents: None,
            at: now,
        },
    )?;
    for (_, lot_id, amount) in owed {
        draw(conn, id, lot_id, amount)?;
    }
    // Connects returned to a lot that has already expired expire again at once.
    expire_due(conn, account, now)?;
    Ok(total)
}

pub struct HistoryFilter {
    pub account: Option<Account>,
    pub kind: Option<LedgerKind>,
    pub limit: Option<u64>,
    /// Oldest first instead of newest first (as `log`).
    pub oldest_first: bool,
}

pub fn history(
    conn: &Db,
    f: &HistoryFilter,
    now: Timestamp,
    each: impl FnMut(LedgerEntry) -> Result<()>,
) -> Result<()> {
    // R50: lots that expired by now with Connects left show as expiries whether or not a
    // change has written their rows yet, so the history always sums to the balance (I9).
    // `now` is a formatted timestamp (digits and `-:TZ`), safe to inline.
    let base = format!(
        "SELECT * FROM (\
         SELECT g.id AS id, coalesce(g.agency_id, 0) AS acct, coalesce(a.name, 'me') AS account, \
         g.kind AS kind, g.amount AS amount, g.reason AS reason, g.entity AS entity, \
         g.entity_id AS entity_id, g.cost_cents AS cost_cents, g.at AS at \
         FROM connects_ledger g LEFT JOIN agencies a ON a.id = g.agency_id \
         UNION ALL \
         SELECT NULL, coalesce(l.agency_id, 0), coalesce(a.name, 'me'), 'expire', -l.remaining, \
         'lot expired', 'lot', l.id, NULL, l.expires_at \
         FROM connects_lots l LEFT JOIN agencies a ON a.id = l.agency_id \
         WHERE l.remaining > 0 AND l.expires_at <= '{now}') h"
    );
    let mut q = Select::new(
        &base,
        if f.oldest_first {
            "h.at, h.id IS NULL, h.id, h.entity_id"
        } else {
            "h.at DESC, h.id IS NULL DESC, h.id DESC, h.entity_id DESC"
        },
    );
    if let Some(account) = f.account {
        q.filter("h.acct = ?", [v(account.unwrap_or(0))]);
    }
    if let Some(k) = f.kind {
        q.filter("h.kind = ?", [v(k.as_str().to_string())]);
    }
    q.limit(f.limit);
    q.each(
        conn,
        |r| {
            Ok(LedgerEntry {
                id: r.get(0)?,
                account: r.get(2)?,
                kind: r.get(3)?,
                amount: r.get(4)?,
                reason: r.get(5)?,
                entity: r.get(6)?,
                entity_id: r.get(7)?,
                cost_cents: r.get(8)?,
                at: r.get(9)?,
            })
        },
        each,
    )
}

/// The ledger's invariants, for `db check`: each problem as a sentence.
pub fn check(conn: &Db) -> Result<Vec<String>> {
    let mut problems = Vec::new();
    let mut collect = |sql: &str, what: &dyn Fn(i64, i64) -> String| -> Result<()> {
        let mut stmt = conn.prepare(sql)?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))?;
        for row in rows {
            let (a, b) = row?;
            problems.push(what(a, b));
        }
        Ok(())
    };
    collect(
        "SELECT l.id, l.remaining FROM connects_lots l \
         WHERE l.remaining <> l.amount + coalesce((SELECT sum(amount) FROM connects_draws d WHERE d.lot_id = l.id), 0)",
        &|id, r| format!("lot {id}: remaining {r} does not equal its amount plus its draws"),
    )?;
    collect(
        "SELECT l.id, l.remaining FROM connects_lots l WHERE l.remaining < 0 OR l.remaining > l.amount",
        &|id, r| format!("lot {id}: remaining {r} is out of range"),
    )?;
    collect(
        "SELECT g.id, g.amount FROM connects_ledger g WHERE g.kind IN ('spend', 'refund', 'expire') \
         AND g.amount <> coalesce((SELECT sum(amount) FROM connects_draws d WHERE d.ledger_id = g.id), 0)",
        &|id, a| format!("ledger row {id}: amount {a} does not equal the sum of its draws"),
    )?;
    collect(
        "SELECT g.id, g.amount FROM connects_ledger g WHERE g.kind IN ('grant', 'purchase') \
         AND NOT EXISTS (SELECT 1 FROM connects_lots l WHERE l.ledger_id = g.id AND l.amount = g.amount)",
        &|id, a| format!("ledger row {id}: a {a}-Connect issue without its lot"),
    )?;
    collect(
        concat!(
            "SELECT l.id, l.ledger_id FROM connects_lots l LEFT JOIN connects_ledger g ON g.id = l.ledger_id \
             WHERE g.kind IS NOT ",
            lot_kind!()
        ),
        &|id, g| {
            format!(
                "lot {id}: ledger row {g} is not a grant with a month or a purchase without one"
            )
        },
    )?;
    collect(
        "SELECT t.account, t.total FROM (SELECT coalesce(agency_id, 0) AS account, sum(amount) AS total \
         FROM connects_ledger GROUP BY coalesce(agency_id, 0)) AS t \
         WHERE t.total <> (SELECT coalesce(sum(remaining), 0) FROM connects_lots l \
         WHERE coalesce(l.agency_id, 0) = t.account)",
        &|acct, sum| format!("account {acct}: the ledger sums to {sum}, not to what the lots hold"),
    )?;
    Ok(problems)
}

#[cfg(test)]
mod properties {
    use jiff::ToSpan;
    use proptest::prelude::*;

    use super::*;

    #[derive(Clone, Debug)]
    enum Op {
        Grant(i64),
        Buy(i64),
        Spend(i64),
        RefundLast,
        Wait(i64),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            (0i64..30).prop_map(Op::Grant),
            (1i64..50).prop_map(Op::Buy),
            (1i64..40).prop_map(Op::Spend),
            Just(Op::RefundLast),
            (1i64..200).prop_map(Op::Wait),
        ]
    }

    fn store() -> Db {
        crate::store::memory()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// R50/R55: any sequence of grants, purchases, spends, refunds and expiries keeps the
        /// balance non-negative and equal to what the lots hold, and the ledger's sums exact.
        #[test]
        fn the_ledger_never_goes_negative_and_always_adds_up(ops in proptest::collection::vec(op(), 1..40)) {
            let conn = store();
            let mut now: Timestamp = "2026-01-01T00:00:00Z".parse().unwrap();
            let mut spends: Vec<i64> = Vec::new();
            let mut month = 0i64;
            for (k, op) in ops.iter().enumerate() {
                let before = balance(&conn, None, now).unwrap();
                match op {
                    Op::Grant(n) => {
                        month += 1;
                        issue(&conn, None, LedgerKind::Grant, n + 1, Some(&format!("m{month}")), "grant", None, now).unwrap();
                    }
                    Op::Buy(n) => {
                        issue(&conn, None, LedgerKind::Purchase, *n, None, "buy", Some(n * 15), now).unwrap();
                    }
                    Op::Spend(n) => {
                        let id = k as i64;
                        match spend(&conn, None, *n, "spend", Some(("proposal", id)), now) {
                            Ok(_) => {
                                spends.push(id);
                                prop_assert_eq!(balance(&conn, None, now).unwrap(), before - n);
                            }
                            Err(e) => {
                                prop_assert_eq!(e.kind, crate::error::ErrorKind::Refused);
                                prop_assert!(*n > before);
                            }
                        }
                    }
                    Op::RefundLast => {
                        if let Some(id) = spends.pop() {
                            refund(&conn, ("proposal", id), "refund", now).unwrap();
                            prop_assert_eq!(refund(&conn, ("proposal", id), "again", now).unwrap(), 0);
                        }
                    }
                    Op::Wait(days) => {
                        now = now.checked_add((days * 24).hours()).unwrap();
                        expire_due(&conn, None, now).unwrap();
                    }
                }
                let b = balance(&conn, None, now).unwrap();
                prop_assert!(b >= 0);
                prop_assert_eq!(b, balance_view(&conn, None, now).unwrap().lots.iter().map(|l| l.remaining).sum::<i64>());
                prop_assert_eq!(check(&conn).unwrap(), Vec::<String>::new());
            }
        }
    }

    /// A lot's kind is read from its month, so a lot whose month disagrees with its ledger row
    /// is a broken store: `check` names it, and the listing stays right for every sound store.
    #[test]
    fn a_lot_whose_month_disagrees_with_its_ledger_row_is_found() {
        let conn = store();
        let now: Timestamp = "2026-01-01T00:00:00Z".parse().unwrap();
        issue(
            &conn,
            None,
            LedgerKind::Grant,
            10,
            Some("2026-01"),
            "grant",
            None,
            now,
        )
        .unwrap();
        issue(
            &conn,
            None,
            LedgerKind::Purchase,
            5,
            None,
            "buy",
            Some(75),
            now,
        )
        .unwrap();
        let view = balance_view(&conn, None, now).unwrap();
        let kinds: Vec<LedgerKind> = view.lots.iter().map(|l| l.kind).collect();
        assert_eq!(kinds, vec![LedgerKind::Grant, LedgerKind::Purchase]);
        assert_eq!(check(&conn).unwrap(), Vec::<String>::new());
        conn.execute("UPDATE connects_lots SET month = NULL WHERE id = 1", [])
            .unwrap();
        conn.execute(
            "UPDATE connects_lots SET month = '2026-02' WHERE id = 2",
            [],
        )
        .unwrap();
        assert_eq!(
            check(&conn).unwrap(),
            vec![
                "lot 1: ledger row 1 is not a grant with a month or a purchase without one"
                    .to_string(),
                "lot 2: ledger row 2 is not a grant with a month or a purchase without one"
                    .to_string(),
            ]
        );
    }
}
