//! Job posts: budgets, their default Connects cost (R51) and the job's closed sets.

use crate::rules::money::Cents;
use crate::slug_enum;

slug_enum! {
    /// How a job or a proposal is paid.
    pub enum PayType { Hourly => "hourly", Fixed => "fixed" }
}

slug_enum! {
    /// R10: how long the work is expected to take.
    pub enum Duration {
        LessThan1Month => "less-than-1-month",
        OneTo3Months => "1-to-3-months",
        ThreeTo6Months => "3-to-6-months",
        MoreThan6Months => "more-than-6-months",
    }
}

slug_enum! {
    pub enum ExperienceLevel { Entry => "entry", Intermediate => "intermediate", Expert => "expert" }
}

slug_enum! {
    pub enum JobStatus { Open => "open", Closed => "closed" }
}

slug_enum! {
    /// R52: why a job closed; only `cancelled` refunds Connects.
    pub enum CloseReason { Filled => "filled", Cancelled => "cancelled", Expired => "expired" }
}

/// What a job pays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Budget {
    Hourly { min: Cents, max: Cents },
    Fixed(Cents),
}

impl Budget {
    pub fn pay_type(self) -> PayType {
        match self {
            Budget::Hourly { .. } => PayType::Hourly,
            Budget::Fixed(_) => PayType::Fixed,
        }
    }

    /// Parses `--hourly MIN-MAX` (or a single amount for min = max).
    pub fn parse_hourly(text: &str) -> Result<Budget, String> {
        let (lo, hi) = match text.split_once('-') {
            Some((lo, hi)) => (lo, hi),
            None => (text, text),
        };
        let min = Cents::parse(lo).map_err(|e| format!("--hourly {text}: {e}"))?;
        let max = Cents::parse(hi).map_err(|e| format!("--hourly {text}: {e}"))?;
        if min > max {
            return Err(format!(
                "--hourly {text}: the minimum is above the maximum; write MIN-MAX, e.g. 20-40"
            ));
        }
        if max.0 == 0 {
            return Err(format!("--hourly {text}: the maximum must be above zero"));
        }
        Ok(Budget::Hourly { min, max })
    }

    pub fn parse_fixed(text: &str) -> Result<Budget, String> {
        let amount = Cents::parse(text).map_err(|e| format!("--fixed: {e}"))?;
        if amount.0 == 0 {
            return Err("--fixed: the budget must be above zero".into());
        }
        Ok(Budget::Fixed(amount))
    }
}

/// Largest Connects cost a job may carry (R51).
pub const MAX_CONNECTS_COST: i64 = 16;

/// R51: the Connects a job costs when its post names none, from its budget.
/// fixed < $50 or hourly max < $15 → 2; < $500 / < $30 → 4; < $5,000 / < $60 → 6; else 8.
pub fn default_connects_cost(budget: Budget) -> i64 {
    let (amount, steps) = match budget {
        Budget::Fixed(c) => (c.0, [5_000, 50_000, 500_000]),
        Budget::Hourly { max, .. } => (max.0, [1_500, 3_000, 6_000]),
    };
    match steps.iter().position(|&limit| amount < limit) {
        Some(0) => 2,
        Some(1) => 4,
        Some(2) => 6,
        _ => 8,
    }
}

/// I8: a job closes after everything that happened on it (its posting, invites, proposals
/// and offers), so nothing on it is dated after it closed.
pub fn check_close_time(
    last_activity: jiff::Timestamp,
    now: jiff::Timestamp,
) -> Result<(), String> {
    super::not_before(now, last_activity, || {
        format!(
            "its last activity was at {last_activity}; it cannot close before that (now is {now})"
        )
    })
}

/// R6, R52: the one transition function of a job: closing it. `hired` says whether any
/// proposal to it was hired; a job with a hire was not cancelled "without hiring".
pub fn close(status: JobStatus, reason: CloseReason, hired: bool) -> Result<JobStatus, String> {
    if status == JobStatus::Closed {
        return Err("the job is already closed".into());
    }
    if reason == CloseReason::Cancelled && hired {
        return Err(
            "the job has a hire, so it was not cancelled without hiring: close it --reason filled"
                .into(),
        );
    }
    Ok(JobStatus::Closed)
}

/// R52: does closing a job for `reason` refund a proposal that was in `status` when it closed?
/// Only Connects spent on proposals still live then come back, and only on a cancellation.
pub fn refunds_on_close(
    reason: CloseReason,
    status: crate::rules::proposals::ProposalStatus,
) -> bool {
    reason == CloseReason::Cancelled && status.is_open()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn r51_cost_table() {
        let fixed = |d: i64| default_connects_cost(Budget::Fixed(Cents(d * 100)));
        assert_eq!(fixed(49), 2);
        assert_eq!(fixed(50), 4);
        assert_eq!(fixed(300), 4);
        assert_eq!(fixed(499), 4);
        assert_eq!(fixed(500), 6);
        assert_eq!(fixed(4_999), 6);
        assert_eq!(fixed(5_000), 8);
        let hourly = |max: i64| {
            default_connects_cost(Budget::Hourly {
                min: Cents(100),
                max: Cents(max * 100),
            })
        };
        assert_eq!(hourly(14), 2);
        assert_eq!(hourly(15), 4);
        assert_eq!(hourly(29), 4);
        assert_eq!(hourly(30), 6);
        assert_eq!(hourly(40), 6);
        assert_eq!(hourly(60), 8);
    }

    #[test]
    fn hourly_ranges_parse() {
        assert_eq!(
            Budget::parse_hourly("20-40"),
            Ok(Budget::Hourly {
                min: Cents(2000),
                max: Cents(4000)
            })
        );
        assert_eq!(
            Budget::parse_hourly("$25"),
            Ok(Budget::Hourly {
                min: Cents(2500),
                max: Cents(2500)
            })
        );
        assert!(Budget::parse_hourly("40-20").is_err());
        assert!(Budget::parse_hourly("-5").is_err());
        assert!(Budget::parse_fixed("-5").is_err());
        assert!(Budget::parse_fixed("12.345").is_err());
    }

    #[test]
    fn slugs_round_trip() {
        for d in Duration::ALL {
            assert_eq!(d.as_str().parse::<Duration>(), Ok(*d));
        }
        assert!(
            "two-weeks"
                .parse::<Duration>()
                .unwrap_err()
                .contains("1-to-3-months")
        );
    }
}
