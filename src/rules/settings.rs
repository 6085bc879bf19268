//! R60: the policy settings, their defaults and the values each accepts.

use crate::slug_enum;

slug_enum! {
    pub enum SettingKey {
        InviteConnects => "invite-connects",
        ServiceFeePct => "service-fee-pct",
        Plan => "plan",
        ConnectsPriceCents => "connects-price-cents",
        CoverLetterEditHours => "cover-letter-edit-hours",
        OfferExpiryDays => "offer-expiry-days",
    }
}

slug_enum! {
    /// R51: whether accepting an invite costs the job's Connects.
    pub enum InviteConnects { Charge => "charge", Free => "free" }
}

slug_enum! {
    /// R40/R50: the membership plan: monthly allowance and bid-range visibility.
    pub enum Plan { Basic => "basic", Plus => "plus" }
}

impl SettingKey {
    pub fn default_value(self) -> &'static str {
        match self {
            SettingKey::InviteConnects => "charge",
            SettingKey::ServiceFeePct => "10",
            SettingKey::Plan => "basic",
            SettingKey::ConnectsPriceCents => "15",
            SettingKey::CoverLetterEditHours => "6",
            SettingKey::OfferExpiryDays => "7",
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            SettingKey::InviteConnects => {
                "charge or free: whether accepting an invite costs the job's Connects"
            }
            SettingKey::ServiceFeePct => "0 to 20: the percent taken from what the client pays",
            SettingKey::Plan => "basic or plus: monthly Connects (10 or 100) and bid ranges",
            SettingKey::ConnectsPriceCents => "1 to 10000: the price of one Connect, in cents",
            SettingKey::CoverLetterEditHours => {
                "0 to 168: hours a cover letter stays editable (kept by each proposal from its submission)"
            }
            SettingKey::OfferExpiryDays => "1 to 90: days before a client's offer expires",
        }
    }

    /// Checks and normalises a value for this key.
    pub fn validate(self, value: &str) -> Result<String, String> {
        let value = value.trim();
        let number = |lo: i64, hi: i64| -> Result<String, String> {
            match value.parse::<i64>() {
                Ok(n) if (lo..=hi).contains(&n) => Ok(n.to_string()),
                _ => Err(format!(
                    "invalid value '{value}' for {}: expected a whole number from {lo} to {hi}",
                    self.as_str()
                )),
            }
        };
        match self {
            SettingKey::InviteConnects => value
                .parse::<InviteConnects>()
                .map(|v| v.as_str().to_string())
                .map_err(|e| format!("invalid value for {}: {e}", self.as_str())),
            SettingKey::Plan => value
                .parse::<Plan>()
                .map(|v| v.as_str().to_string())
                .map_err(|e| format!("invalid value for {}: {e}", self.as_str())),
            SettingKey::ServiceFeePct => number(0, 20),
            SettingKey::ConnectsPriceCents => number(1, 10_000),
            SettingKey::CoverLetterEditHours => number(0, 168),
            SettingKey::OfferExpiryDays => number(1, 90),
        }
    }
}

/// The settings in force, read once per command.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    pub invite_connects: InviteConnects,
    pub service_fee_pct: i64,
    pub plan: Plan,
    pub connects_price_cents: i64,
    pub cover_letter_edit_hours: i64,
    pub offer_expiry_days: i64,
}

impl Settings {
    /// Builds the settings from stored (already validated) values; missing keys take defaults.
    pub fn from_pairs<'a>(stored: impl IntoIterator<Item = (&'a str, &'a str)>) -> Settings {
        let mut s = Settings::default();
        for (k, v) in stored {
            let Ok(key) = k.parse::<SettingKey>() else {
                continue;
            };
            let Ok(v) = key.validate(v) else { continue };
            match key {
                SettingKey::InviteConnects => {
                    s.invite_connects = v.parse().unwrap_or(s.invite_connects)
                }
                SettingKey::Plan => s.plan = v.parse().unwrap_or(s.plan),
                SettingKey::ServiceFeePct => {
                    s.service_fee_pct = v.parse().unwrap_or(s.service_fee_pct)
                }
                SettingKey::ConnectsPriceCents => {
                    s.connects_price_cents = v.parse().unwrap_or(s.connects_price_cents)
                }
                SettingKey::CoverLetterEditHours => {
                    s.cover_letter_edit_hours = v.parse().unwrap_or(s.cover_letter_edit_hours)
                }
                SettingKey::OfferExpiryDays => {
                    s.offer_expiry_days = v.parse().unwrap_or(s.offer_expiry_days)
                }
            }
        }
        s
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            invite_connects: InviteConnects::Charge,
            service_fee_pct: 10,
            plan: Plan::Basic,
            connects_price_cents: 15,
            cover_letter_edit_hours: 6,
            offer_expiry_days: 7,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_match_the_parsed_default_values() {
        let pairs: Vec<(&str, &str)> = SettingKey::ALL
            .iter()
            .map(|k| (k.as_str(), k.default_value()))
            .collect();
        assert_eq!(Settings::from_pairs(pairs), Settings::default());
    }

    #[test]
    fn values_are_validated() {
        assert_eq!(SettingKey::ServiceFeePct.validate("20"), Ok("20".into()));
        assert!(SettingKey::ServiceFeePct.validate("25").is_err());
        assert!(SettingKey::ServiceFeePct.validate("-1").is_err());
        assert!(SettingKey::Plan.validate("gold").is_err());
        assert_eq!(
            SettingKey::InviteConnects.validate("free"),
            Ok("free".into())
        );
        assert!(SettingKey::OfferExpiryDays.validate("0").is_err());
    }

    #[test]
    fn overrides_apply() {
        let s = Settings::from_pairs([("service-fee-pct", "15"), ("plan", "plus")]);
        assert_eq!(s.service_fee_pct, 15);
        assert_eq!(s.plan, Plan::Plus);
    }
}
