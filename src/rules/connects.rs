//! The Connects ledger (R50), what actions cost (R51) and its invariants (R55).

use jiff::{Timestamp, ToSpan};

use crate::rules::settings::Plan;
use crate::slug_enum;

slug_enum! {
    /// R50: the kinds of ledger rows.
    pub enum LedgerKind {
        Grant => "grant",
        Purchase => "purchase",
        Spend => "spend",
        Refund => "refund",
        Expire => "expire",
    }
}

slug_enum! {
    /// R54: other things Connects are spent on.
    pub enum SpendFor { ProfileBoost => "profile-boost", AvailabilityBadge => "availability-badge" }
}

/// R50: a lot expires this many days after issue.
pub const LOT_LIFETIME_DAYS: i64 = 365;

pub fn lot_expiry(issued_at: Timestamp) -> Timestamp {
    issued_at
        .checked_add((LOT_LIFETIME_DAYS * 24).hours())
        .expect("in range")
}

/// R50: the monthly allowance of a plan.
pub fn monthly_allowance(plan: Plan) -> i64 {
    match plan {
        Plan::Basic => 10,
        Plan::Plus => 100,
    }
}

/// A lot of Connects as spending sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lot {
    pub id: i64,
    pub remaining: i64,
    pub expires_at: Timestamp,
}

/// Not enough Connects for an action (R51): nothing is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Insufficient {
    pub needed: i64,
    pub balance: i64,
}

impl Insufficient {
    pub fn message(&self) -> String {
        format!(
            "not enough Connects: this needs {} and the balance is {}",
            self.needed, self.balance
        )
    }
}

/// R50: the balance is the sum of what remains in lots that have not expired.
pub fn balance(lots: &[Lot], now: Timestamp) -> i64 {
    lots.iter()
        .filter(|l| l.expires_at > now)
        .map(|l| l.remaining.max(0))
        .sum()
}

/// R50: how a spend of `amount` draws on the lots, soonest-expiring first:
/// `(lot id, Connects taken)`.
pub fn plan_spend(
    lots: &[Lot],
    amount: i64,
    now: Timestamp,
) -> Result<Vec<(i64, i64)>, Insufficient> {
    let available = balance(lots, now);
    if amount > available {
        return Err(Insufficient {
            needed: amount,
            balance: available,
        });
    }
    let mut live: Vec<&Lot> = lots
        .iter()
        .filter(|l| l.expires_at > now && l.remaining > 0)
        .collect();
    live.sort_by_key(|l| (l.expires_at, l.id));
    let mut left = amount;
    let mut draws = Vec::new();
    for lot in live {
        if left == 0 {
            break;
        }
        let take = left.min(lot.remaining);
        draws.push((lot.id, take));
        left -= take;
    }
    Ok(draws)
}

/// R51: what accepting an invite costs.
pub fn invite_accept_cost(job_cost: i64, charge: bool) -> i64 {
    if charge { job_cost } else { 0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn lot(id: i64, remaining: i64, expires: &str) -> Lot {
        Lot {
            id,
            remaining,
            expires_at: t(expires),
        }
    }

    #[test]
    fn spending_draws_the_lot_expiring_first() {
        let lots = [
            lot(1, 5, "2027-06-01T00:00:00Z"),
            lot(2, 5, "2027-01-01T00:00:00Z"),
        ];
        let now = t("2026-06-01T00:00:00Z");
        assert_eq!(plan_spend(&lots, 7, now), Ok(vec![(2, 5), (1, 2)]));
        assert_eq!(plan_spend(&lots, 3, now), Ok(vec![(2, 3)]));
    }

    #[test]
    fn expired_lots_do_not_count() {
        let lots = [
            lot(1, 5, "2027-06-01T00:00:00Z"),
            lot(2, 5, "2027-01-01T00:00:00Z"),
        ];
        let later = t("2027-02-01T00:00:00Z");
        assert_eq!(balance(&lots, later), 5);
        assert_eq!(
            plan_spend(&lots, 6, later),
            Err(Insufficient {
                needed: 6,
                balance: 5
            })
        );
        // The expiry instant itself is already expired.
        assert_eq!(balance(&lots, t("2027-01-01T00:00:00Z")), 5);
    }

    #[test]
    fn allowance_and_costs() {
        assert_eq!(monthly_allowance(Plan::Basic), 10);
        assert_eq!(monthly_allowance(Plan::Plus), 100);
        assert_eq!(invite_accept_cost(6, true), 6);
        assert_eq!(invite_accept_cost(6, false), 0);
        assert_eq!(
            lot_expiry(t("2026-01-01T00:00:00Z")),
            t("2027-01-01T00:00:00Z")
        );
    }
}
