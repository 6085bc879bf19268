//! Invitations to interview: statuses and their transitions (R1, R2, R6), decline reasons (R3),
//! referrals (R5) and the instant interview's windows (R15).

use jiff::{Timestamp, ToSpan};

use crate::slug_enum;

slug_enum! {
    /// R1: where an invite stands.
    pub enum InviteStatus {
        Pending => "pending",
        Accepted => "accepted",
        Declined => "declined",
        /// Ignored: moved out of the way, still answerable (R2).
        Archived => "archived",
        /// The client withdrew it.
        Withdrawn => "withdrawn",
        /// Its job closed.
        Closed => "closed",
    }
}

slug_enum! {
    /// Who sent the invite: the client, or the platform for a Featured job.
    pub enum InviteKind { Client => "client", Featured => "featured" }
}

slug_enum! {
    /// R3: why the freelancer declined.
    pub enum DeclineReason {
        NotMySkills => "not-my-skills",
        NotInterested => "not-interested",
        TooBusy => "too-busy",
        BudgetTooLow => "budget-too-low",
        ClientConcerns => "client-concerns",
        Spam => "spam",
        Other => "other",
    }
}

impl DeclineReason {
    /// How a person reads the reason, for the prompt's list.
    pub fn label(self) -> &'static str {
        match self {
            DeclineReason::NotMySkills => "The job doesn't match my skills",
            DeclineReason::NotInterested => "Not interested in this work",
            DeclineReason::TooBusy => "Too busy with other work",
            DeclineReason::BudgetTooLow => "The budget is too low",
            DeclineReason::ClientConcerns => "Concerns about the client",
            DeclineReason::Spam => "Spam or fake invite",
            DeclineReason::Other => "Other (a message is needed)",
        }
    }
}

/// The verbs that move an invite.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InviteAction {
    Accept,
    Decline,
    Ignore,
    MarkWithdrawn,
    InterviewStart,
    InterviewSubmit,
    /// Its job closed (R6).
    JobClosed,
}

impl InviteAction {
    fn verb(self) -> &'static str {
        match self {
            InviteAction::Accept => "accepted",
            InviteAction::Decline => "declined",
            InviteAction::Ignore => "ignored",
            InviteAction::MarkWithdrawn => "marked withdrawn",
            InviteAction::InterviewStart => "interviewed",
            InviteAction::InterviewSubmit => "interviewed",
            InviteAction::JobClosed => "closed",
        }
    }
}

/// R1/R2/R6: may `action` apply to an invite in `status`? The status it moves to, or why not.
/// R1, R2, R6, R15: the one transition function of an invite. `interview` is the state of its
/// instant interview as of now, if it asks for one: once that expired the invite can only be
/// declined (or withdrawn by the client, or closed with its job).
pub fn transition(
    status: InviteStatus,
    interview: Option<InterviewStatus>,
    action: InviteAction,
) -> Result<InviteStatus, String> {
    use InviteAction as A;
    use InviteStatus as S;
    if interview == Some(InterviewStatus::Expired)
        && matches!(action, A::Accept | A::Ignore)
        && matches!(status, S::Pending | S::Archived)
    {
        return Err(format!(
            "the invite cannot be {}: its instant interview expired, so it can only be declined",
            action.verb()
        ));
    }
    let next = match (status, action) {
        (S::Pending | S::Archived, A::JobClosed) => Some(S::Closed),
        (S::Pending | S::Archived, A::Accept) => Some(S::Accepted),
        (S::Pending | S::Archived, A::Decline) => Some(S::Declined),
        (S::Pending, A::Ignore) => Some(S::Archived),
        (S::Pending | S::Archived, A::MarkWithdrawn) => Some(S::Withdrawn),
        (S::Pending | S::Archived, A::InterviewStart | A::InterviewSubmit) => Some(status),
        _ => None,
    };
    next.ok_or_else(|| {
        let why = match status {
            S::Archived if action == A::Ignore => "it is already archived (ignored)".to_string(),
            S::Accepted => "it was already accepted".to_string(),
            S::Declined => "it was already declined".to_string(),
            S::Withdrawn => "the client withdrew it".to_string(),
            S::Closed => "its job is closed".to_string(),
            _ => format!("it is {status}"),
        };
        format!("the invite cannot be {}: {why}", action.verb())
    })
}

/// R3: `other` needs a message to the client.
pub fn check_decline(reason: DeclineReason, message: Option<&str>) -> Result<(), String> {
    if reason == DeclineReason::Other && message.is_none_or(|m| m.trim().is_empty()) {
        return Err("--reason other needs a --message saying why".into());
    }
    Ok(())
}

/// R5: a referral names another freelancer by profile URL or email address.
pub fn parse_referral(text: &str) -> Result<String, String> {
    let t = text.trim();
    let is_url = (t.starts_with("https://") || t.starts_with("http://"))
        && t.split("://")
            .nth(1)
            .is_some_and(|rest| rest.contains('.') && !rest.contains(' '));
    let is_email = {
        let mut parts = t.split('@');
        matches!(
            (parts.next(), parts.next(), parts.next()),
            (Some(user), Some(domain), None)
                if !user.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.') && !t.contains(' ')
        )
    };
    if is_url || is_email {
        Ok(t.to_lowercase())
    } else {
        Err(format!(
            "invalid referral '{text}': give the other freelancer's profile URL (https://…) or email address"
        ))
    }
}

/// R5: may this job take a referral?
pub fn check_referral(
    job_private: bool,
    existing: Option<&str>,
    referral: &str,
) -> Result<(), String> {
    if job_private {
        return Err("referrals are not allowed on private (invite-only) jobs".into());
    }
    match existing {
        Some(r) if r == referral => Err(format!("{referral} was already referred to this job")),
        Some(r) => Err(format!(
            "this job already has a referral ({r}); only one is allowed"
        )),
        None => Ok(()),
    }
}

/// R15: days to start an instant interview after the invite arrives.
pub const INTERVIEW_START_DAYS: i64 = 14;
/// R15: hours to submit it once started.
pub const INTERVIEW_SUBMIT_HOURS: i64 = 48;

slug_enum! {
    /// R15: where an invite's instant interview stands.
    pub enum InterviewStatus {
        Required => "required",
        Started => "started",
        Submitted => "submitted",
        Expired => "expired",
    }
}

/// R15: the instant interview of an invite, with its deadlines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Interview {
    pub received_at: Timestamp,
    pub started_at: Option<Timestamp>,
    pub submitted_at: Option<Timestamp>,
}

impl Interview {
    pub fn start_by(&self) -> Timestamp {
        self.received_at
            .checked_add((INTERVIEW_START_DAYS * 24).hours())
            .expect("in range")
    }

    pub fn submit_by(&self) -> Option<Timestamp> {
        self.started_at.map(|s| {
            s.checked_add(INTERVIEW_SUBMIT_HOURS.hours())
                .expect("in range")
        })
    }

    pub fn status(&self, now: Timestamp) -> InterviewStatus {
        match (self.started_at, self.submitted_at) {
            (_, Some(_)) => InterviewStatus::Submitted,
            (Some(_), None) if now > self.submit_by().expect("started") => InterviewStatus::Expired,
            (Some(_), None) => InterviewStatus::Started,
            (None, None) if now > self.start_by() => InterviewStatus::Expired,
            (None, None) => InterviewStatus::Required,
        }
    }

    pub fn start(&self, now: Timestamp) -> Result<(), String> {
        match self.status(now) {
            InterviewStatus::Required => Ok(()),
            InterviewStatus::Expired => Err(format!(
                "the interview had to be started by {}; it has expired, so the invite can only be declined",
                self.start_by()
            )),
            s => Err(format!("the interview is already {s}")),
        }
    }

    pub fn submit(&self, now: Timestamp) -> Result<(), String> {
        match self.status(now) {
            InterviewStatus::Started => Ok(()),
            InterviewStatus::Required => Err("start the interview first: lancer invite interview ID start".into()),
            InterviewStatus::Expired => Err(
                "the interview window has passed; it has expired, so the invite can only be declined".into(),
            ),
            InterviewStatus::Submitted => Err("the interview was already submitted".into()),
        }
    }

    /// R15: accepting needs a submitted interview, which stands in for the cover letter.
    pub fn check_accept(&self, now: Timestamp) -> Result<(), String> {
        match self.status(now) {
            InterviewStatus::Submitted => Ok(()),
            InterviewStatus::Expired => Err("the instant interview expired: this invite can only be declined".into()),
            _ => Err("this invite needs its instant interview submitted before it can be accepted (lancer invite interview ID start, then submit)".into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn r1_only_pending_and_archived_invites_can_be_answered() {
        for s in InviteStatus::ALL {
            let answerable = matches!(s, InviteStatus::Pending | InviteStatus::Archived);
            assert_eq!(
                transition(*s, None, InviteAction::Accept).is_ok(),
                answerable,
                "{s}"
            );
            assert_eq!(
                transition(*s, None, InviteAction::Decline).is_ok(),
                answerable,
                "{s}"
            );
        }
        assert_eq!(
            transition(InviteStatus::Archived, None, InviteAction::Accept),
            Ok(InviteStatus::Accepted)
        );
    }

    #[test]
    fn r2_ignore_archives_pending_only() {
        assert_eq!(
            transition(InviteStatus::Pending, None, InviteAction::Ignore),
            Ok(InviteStatus::Archived)
        );
        assert!(transition(InviteStatus::Archived, None, InviteAction::Ignore).is_err());
        assert!(transition(InviteStatus::Declined, None, InviteAction::Ignore).is_err());
    }

    #[test]
    fn r15_an_expired_interview_leaves_only_decline() {
        let expired = Some(InterviewStatus::Expired);
        for s in [InviteStatus::Pending, InviteStatus::Archived] {
            assert!(transition(s, expired, InviteAction::Accept).is_err());
            assert!(transition(s, expired, InviteAction::Ignore).is_err());
            assert_eq!(
                transition(s, expired, InviteAction::Decline),
                Ok(InviteStatus::Declined)
            );
            assert_eq!(
                transition(s, expired, InviteAction::JobClosed),
                Ok(InviteStatus::Closed)
            );
        }
    }

    #[test]
    fn r3_other_needs_a_message() {
        assert!(check_decline(DeclineReason::Other, None).is_err());
        assert!(check_decline(DeclineReason::Other, Some("  ")).is_err());
        assert!(check_decline(DeclineReason::Other, Some("moving to a new job")).is_ok());
        assert!(check_decline(DeclineReason::TooBusy, None).is_ok());
    }

    #[test]
    fn r5_referrals() {
        assert!(parse_referral("https://example.com/freelancers/~01ab").is_ok());
        assert_eq!(
            parse_referral("Sam@Example.com"),
            Ok("sam@example.com".into())
        );
        assert!(parse_referral("call me maybe").is_err());
        assert!(parse_referral("sam@example").is_err());
        assert!(check_referral(true, None, "a@b.co").is_err());
        assert!(check_referral(false, Some("a@b.co"), "a@b.co").is_err());
        assert!(check_referral(false, Some("x@y.co"), "a@b.co").is_err());
        assert!(check_referral(false, None, "a@b.co").is_ok());
    }

    #[test]
    fn r15_interview_windows() {
        let iv = Interview {
            received_at: t("2026-03-01T00:00:00Z"),
            started_at: None,
            submitted_at: None,
        };
        assert_eq!(
            iv.status(t("2026-03-15T00:00:00Z")),
            InterviewStatus::Required
        );
        assert_eq!(
            iv.status(t("2026-03-15T00:00:01Z")),
            InterviewStatus::Expired
        );
        assert!(iv.start(t("2026-03-15T00:00:00Z")).is_ok());
        assert!(iv.start(t("2026-03-15T00:00:01Z")).is_err());
        let started = Interview {
            started_at: Some(t("2026-03-10T00:00:00Z")),
            ..iv
        };
        assert!(started.submit(t("2026-03-12T00:00:00Z")).is_ok());
        assert!(started.submit(t("2026-03-12T00:00:01Z")).is_err());
        assert!(started.check_accept(t("2026-03-11T00:00:00Z")).is_err());
        let done = Interview {
            submitted_at: Some(t("2026-03-11T00:00:00Z")),
            ..started
        };
        assert!(done.check_accept(t("2026-04-30T00:00:00Z")).is_ok());
    }
}
