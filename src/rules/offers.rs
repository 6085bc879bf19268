//! Offers and contracts (R20, R21), rooms (R31) and catalog projects (R43).

use jiff::{Timestamp, ToSpan};

use crate::rules::profiles::AgencyRole;
use crate::slug_enum;

slug_enum! {
    /// R20: where an offer stands; `expired` is shown once its time has passed unanswered.
    pub enum OfferStatus { Open => "open", Accepted => "accepted", Declined => "declined", Expired => "expired", Withdrawn => "withdrawn" }
}

slug_enum! {
    /// Why the freelancer declined an offer.
    pub enum OfferDeclineReason {
        RateTooLow => "rate-too-low",
        TermsMismatch => "terms-mismatch",
        ScheduleConflict => "schedule-conflict",
        ScopeChanged => "scope-changed",
        ClientBehavior => "client-behavior",
        Other => "other",
    }
}

slug_enum! {
    pub enum ContractStatus { Active => "active", Paused => "paused", Ended => "ended" }
}

/// R20: when an offer received at `received_at` expires.
pub fn offer_expiry(received_at: Timestamp, days: i64) -> Timestamp {
    received_at
        .checked_add((days * 24).hours())
        .expect("in range")
}

/// What bounds the time an offer on a proposal can have arrived (R20, R16, I3, I8).
#[derive(Clone, Copy, Debug, Default)]
pub struct ArrivalBounds {
    pub submitted_at: Timestamp,
    pub client_viewed_at: Option<Timestamp>,
    /// The proposal's last edit: the offer carries the terms as they stand, and after an offer
    /// the letter and terms are locked, so it cannot have come before that edit.
    pub last_edit_at: Option<Timestamp>,
    /// When the proposal's latest earlier offer ended (answered, withdrawn or expired): a
    /// proposal has one open offer at a time.
    pub previous_offer_end: Option<Timestamp>,
}

/// R20: an offer arrives between the latest of its bounds and now. On refusal, the earliest
/// allowed time and what sets it.
pub fn check_arrival(
    b: &ArrivalBounds,
    received_at: Timestamp,
    now: Timestamp,
) -> Result<(), (Timestamp, &'static str)> {
    let mut earliest = (b.submitted_at, "its submission");
    for (at, what) in [
        (b.client_viewed_at, "the client's view of it"),
        (b.last_edit_at, "its last edit"),
        (b.previous_offer_end, "the end of its previous offer"),
    ] {
        if let Some(at) = at
            && at > earliest.0
        {
            earliest = (at, what);
        }
    }
    if received_at < earliest.0 || received_at > now {
        return Err(earliest);
    }
    Ok(())
}

/// I8: an offer is answered (accepted or declined) after it arrived.
pub fn check_answer_time(received_at: Timestamp, now: Timestamp) -> Result<(), String> {
    super::not_before(now, received_at, || {
        format!("it arrived at {received_at}; it cannot be answered before that (now is {now})")
    })
}

/// R20: the status shown for a stored status at `now`.
pub fn shown_status(stored: OfferStatus, expires_at: Timestamp, now: Timestamp) -> OfferStatus {
    if stored == OfferStatus::Open && now >= expires_at {
        OfferStatus::Expired
    } else {
        stored
    }
}

/// R20: may an offer be answered now?
pub fn check_answerable(
    stored: OfferStatus,
    expires_at: Timestamp,
    now: Timestamp,
) -> Result<(), String> {
    match shown_status(stored, expires_at, now) {
        OfferStatus::Open => Ok(()),
        OfferStatus::Expired => Err(format!(
            "the offer expired at {expires_at}; ask the client to send it again"
        )),
        s => Err(format!("the offer was already {s}")),
    }
}

/// What can happen to an offer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OfferEvent {
    Accept,
    Decline,
    /// Its expiry time passed (R20); recorded by the first change after it.
    Expire,
    /// The client took it back: its job closed (R6).
    Withdraw,
}

/// R20, R21, R6: the one transition function of an offer, as of `now`.
pub fn transition(
    stored: OfferStatus,
    expires_at: Timestamp,
    now: Timestamp,
    event: OfferEvent,
) -> Result<OfferStatus, String> {
    match event {
        OfferEvent::Accept => {
            check_answerable(stored, expires_at, now).map(|_| OfferStatus::Accepted)
        }
        OfferEvent::Decline => {
            check_answerable(stored, expires_at, now).map(|_| OfferStatus::Declined)
        }
        OfferEvent::Expire
            if shown_status(stored, expires_at, now) == OfferStatus::Expired
                && stored == OfferStatus::Open =>
        {
            Ok(OfferStatus::Expired)
        }
        OfferEvent::Expire => Err(format!("the offer is {stored}; it cannot expire")),
        OfferEvent::Withdraw if stored == OfferStatus::Open => Ok(OfferStatus::Withdrawn),
        OfferEvent::Withdraw => Err(format!("the offer is {stored}; it cannot be withdrawn")),
    }
}

/// Contracts: started by an accepted offer or a catalog order, then ended once.
pub fn end_contract(status: ContractStatus) -> Result<ContractStatus, String> {
    match status {
        ContractStatus::Active | ContractStatus::Paused => Ok(ContractStatus::Ended),
        ContractStatus::Ended => Err("the contract already ended".into()),
    }
}

/// R21: in an agency, only a business manager accepts offers (the owner when there is none).
pub fn check_offer_acceptor(
    members: &[(String, AgencyRole)],
    acting: Option<&str>,
) -> Result<(), String> {
    let Some(name) = acting else {
        return Err(
            "this proposal went through an agency: pass --as NAME, its business manager".into(),
        );
    };
    let role = members.iter().find(|(n, _)| n == name).map(|(_, r)| *r);
    let has_manager = members
        .iter()
        .any(|(_, r)| *r == AgencyRole::BusinessManager);
    match role {
        Some(AgencyRole::BusinessManager) => Ok(()),
        Some(AgencyRole::Owner) if !has_manager => Ok(()),
        Some(r) => Err(format!(
            "{name} is the agency's {r}; only its business manager may accept offers"
        )),
        None => Err(format!("{name} is not a member of the agency")),
    }
}

/// R31: who is in a proposal's room.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Participant {
    pub name: String,
    pub role: String,
}

pub fn room_participants(
    client: &str,
    freelancer: &str,
    agency_members: Option<&[(String, AgencyRole)]>,
) -> Vec<Participant> {
    let p = |name: &str, role: &str| Participant {
        name: name.to_string(),
        role: role.to_string(),
    };
    let mut people = vec![p(client, "client"), p(freelancer, "freelancer")];
    if let Some(members) = agency_members {
        let managers: Vec<&String> = members
            .iter()
            .filter(|(_, r)| *r == AgencyRole::BusinessManager)
            .map(|(n, _)| n)
            .collect();
        if managers.is_empty() {
            // No business manager: the owner stands in.
            if let Some((owner, _)) = members
                .iter()
                .find(|(n, r)| *r == AgencyRole::Owner && n != freelancer)
            {
                people.push(p(owner, "owner"));
            }
        } else {
            for m in managers {
                if m != freelancer {
                    people.push(p(m, "business-manager"));
                }
            }
        }
    }
    people
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn agency(with_manager: bool) -> Vec<(String, AgencyRole)> {
        let mut m = vec![
            ("Olu".to_string(), AgencyRole::Owner),
            ("Mia".to_string(), AgencyRole::Member),
        ];
        if with_manager {
            m.push(("Sam".to_string(), AgencyRole::BusinessManager));
        }
        m
    }

    #[test]
    fn r20_offers_expire() {
        let exp = offer_expiry(t("2026-03-10T12:00:00Z"), 7);
        assert_eq!(exp, t("2026-03-17T12:00:00Z"));
        assert_eq!(
            shown_status(OfferStatus::Open, exp, t("2026-03-17T11:59:59Z")),
            OfferStatus::Open
        );
        assert_eq!(
            shown_status(OfferStatus::Open, exp, exp),
            OfferStatus::Expired
        );
        assert!(check_answerable(OfferStatus::Open, exp, exp).is_err());
        assert!(check_answerable(OfferStatus::Accepted, exp, t("2026-03-11T00:00:00Z")).is_err());
    }

    #[test]
    fn r21_only_the_business_manager_accepts() {
        assert!(check_offer_acceptor(&agency(true), Some("Sam")).is_ok());
        assert!(check_offer_acceptor(&agency(true), Some("Mia")).is_err());
        assert!(check_offer_acceptor(&agency(true), Some("Olu")).is_err());
        assert!(check_offer_acceptor(&agency(false), Some("Olu")).is_ok());
        assert!(check_offer_acceptor(&agency(true), None).is_err());
        assert!(check_offer_acceptor(&agency(true), Some("Zed")).is_err());
    }

    #[test]
    fn r31_room_participants() {
        let names = |ps: Vec<Participant>| ps.into_iter().map(|p| p.name).collect::<Vec<_>>();
        assert_eq!(
            names(room_participants("Acme", "Dana", None)),
            ["Acme", "Dana"]
        );
        assert_eq!(
            names(room_participants("Acme", "Mia", Some(&agency(true)))),
            ["Acme", "Mia", "Sam"]
        );
        assert_eq!(
            names(room_participants("Acme", "Sam", Some(&agency(true)))),
            ["Acme", "Sam"]
        );
        assert_eq!(
            names(room_participants("Acme", "Mia", Some(&agency(false)))),
            ["Acme", "Mia", "Olu"]
        );
    }
}
