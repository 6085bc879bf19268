//! Money (R11) and the service fee (R12). Amounts are integer cents of USD.

use std::fmt;

use serde::{Deserialize, Serialize};

const FORMS: &str = "use a plain amount with at most two decimal places, no sign and no thousands separators, e.g. 55, 55.5 or $1200.00";

/// An amount of money in cents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Cents(pub i64);

impl Cents {
    /// Parses R11's accepted money forms: `55`, `55.5`, `$1200.00`.
    pub fn parse(text: &str) -> Result<Cents, String> {
        let body = text.trim();
        let body = body.strip_prefix('$').unwrap_or(body);
        parse_hundredths(body)
            .map(Cents)
            .ok_or_else(|| format!("invalid amount '{text}': {FORMS}"))
    }

    /// Parses and checks the amount lies in `[min, max]`.
    pub fn parse_in(text: &str, what: &str, min: Cents, max: Cents) -> Result<Cents, String> {
        let c = Cents::parse(text)?;
        if c < min || c > max {
            return Err(format!(
                "{what} '{text}' is out of range: it must be from {} to {}",
                min.plain(),
                max.plain()
            ));
        }
        Ok(c)
    }

    /// `1250.00`: no currency sign, no separators (the form the parser accepts).
    pub fn plain(self) -> String {
        format!("{}.{:02}", self.0 / 100, self.0 % 100)
    }
}

impl fmt::Display for Cents {
    /// `$1,250.00`, for people.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        let whole = (abs / 100).to_string();
        let mut grouped = String::with_capacity(whole.len() + whole.len() / 3);
        for (i, ch) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i).is_multiple_of(3) {
                grouped.push(',');
            }
            grouped.push(ch);
        }
        write!(f, "{sign}${grouped}.{:02}", abs % 100)
    }
}

/// Digits with an optional fraction of one or two digits, as hundredths. `None` for anything
/// else (signs, separators, exponents, three decimals, overflow).
pub fn parse_hundredths(body: &str) -> Option<i64> {
    let (whole, frac) = match body.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (body, None),
    };
    if whole.is_empty() || whole.len() > 13 || !whole.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let frac_val = match frac {
        None => 0,
        Some(f) if (1..=2).contains(&f.len()) && f.bytes().all(|b| b.is_ascii_digit()) => {
            let v: i64 = f.parse().ok()?;
            if f.len() == 1 { v * 10 } else { v }
        }
        Some(_) => return None,
    };
    whole
        .parse::<i64>()
        .ok()?
        .checked_mul(100)?
        .checked_add(frac_val)
}

pub const RATE_MIN: Cents = Cents(300);
pub const RATE_MAX: Cents = Cents(99_999);
pub const BID_MIN: Cents = Cents(500);
pub const BID_MAX: Cents = Cents(100_000_000);
pub const MILESTONE_MIN: Cents = Cents(500);

/// R12: the service fee on an amount, rounded half-up to the cent.
pub fn fee(amount: Cents, fee_pct: i64) -> Cents {
    Cents((amount.0 * fee_pct + 50) / 100)
}

/// R12: what the freelancer receives of an amount the client pays.
pub fn receive(amount: Cents, fee_pct: i64) -> Cents {
    Cents(amount.0 - fee(amount, fee_pct).0)
}

/// R12 `--receive`: the smallest client amount whose net is at least `net`.
pub fn gross_for_net(net: Cents, fee_pct: i64) -> Cents {
    if fee_pct >= 100 {
        return net;
    }
    // Start just below the exact answer and step up: the rounding moves it by at most a cent.
    let mut amount = Cents((net.0 * 100 / (100 - fee_pct)).max(0) - 2).max(Cents(0));
    while receive(amount, fee_pct) < net {
        amount.0 += 1;
    }
    amount
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepted_forms_parse() {
        assert_eq!(Cents::parse("55"), Ok(Cents(5500)));
        assert_eq!(Cents::parse("55.5"), Ok(Cents(5550)));
        assert_eq!(Cents::parse("$1200.00"), Ok(Cents(120_000)));
        assert_eq!(Cents::parse("0.07"), Ok(Cents(7)));
    }

    #[test]
    fn everything_else_is_refused_with_the_forms() {
        for bad in [
            "-5",
            "+5",
            "12.345",
            "1,200",
            "1e3",
            "",
            "$",
            ".5",
            "5.",
            "abc",
            "$-1",
            "５",
            "99999999999999999",
        ] {
            let err = Cents::parse(bad).unwrap_err();
            assert!(err.contains("e.g. 55"), "{bad}: {err}");
        }
    }

    #[test]
    fn ranges_are_checked() {
        assert!(Cents::parse_in("2.99", "rate", RATE_MIN, RATE_MAX).is_err());
        assert!(Cents::parse_in("3", "rate", RATE_MIN, RATE_MAX).is_ok());
        assert!(Cents::parse_in("999.99", "rate", RATE_MIN, RATE_MAX).is_ok());
        assert!(Cents::parse_in("1000", "rate", RATE_MIN, RATE_MAX).is_err());
    }

    #[test]
    fn display_groups_thousands() {
        assert_eq!(Cents(12_500_000).to_string(), "$125,000.00");
        assert_eq!(Cents(4850).to_string(), "$48.50");
        assert_eq!(Cents(5).to_string(), "$0.05");
        assert_eq!(Cents(4850).plain(), "48.50");
    }

    #[test]
    fn fee_rounds_half_up() {
        assert_eq!(fee(Cents(4000), 10), Cents(400));
        assert_eq!(fee(Cents(2225), 10), Cents(223));
        assert_eq!(fee(Cents(2224), 10), Cents(222));
        assert_eq!(receive(Cents(4000), 10), Cents(3600));
    }

    #[test]
    fn receive_picks_the_smallest_gross() {
        assert_eq!(gross_for_net(Cents(2000), 10), Cents(2222));
        assert_eq!(gross_for_net(Cents(2000), 0), Cents(2000));
        for pct in 0..=20 {
            for net in [300, 301, 999, 2000, 5555, 123_456] {
                let g = gross_for_net(Cents(net), pct);
                assert!(receive(g, pct).0 >= net);
                assert!(receive(Cents(g.0 - 1), pct).0 < net, "pct {pct} net {net}");
            }
        }
    }
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #[test]
        fn plain_form_round_trips(c in 0i64..10_000_000_000_000) {
            prop_assert_eq!(Cents::parse(&Cents(c).plain()), Ok(Cents(c)));
        }

        #[test]
        fn display_form_round_trips_without_separators(c in 0i64..10_000_000_000_000) {
            let shown = Cents(c).to_string().replace(',', "");
            prop_assert_eq!(Cents::parse(&shown), Ok(Cents(c)));
        }

        #[test]
        fn parsing_never_panics_and_rejects_signs(s in "\\PC{0,24}") {
            if let Ok(c) = Cents::parse(&s) {
                prop_assert!(c.0 >= 0);
                prop_assert!(!s.contains('-') && !s.contains('+') && !s.contains(','));
            }
        }

        #[test]
        fn receive_is_the_smallest_gross(net in 0i64..100_000_000, pct in 0i64..=20) {
            let g = gross_for_net(Cents(net), pct);
            prop_assert!(receive(g, pct).0 >= net);
            prop_assert!(g.0 == 0 || receive(Cents(g.0 - 1), pct).0 < net);
        }
    }
}
