//! Invitations to interview.

use crate::store::db::{Db, Row};
use jiff::Timestamp;
use rusqlite::params;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::output::Record;
use crate::rules::insight::{Triage, TriageFacts, triage};
use crate::rules::invites::{DeclineReason, Interview, InterviewStatus, InviteKind, InviteStatus};
use crate::rules::jobs::PayType;
use crate::store::Select;

/// The fields of an invite's JSON, in order, followed by `extra` ones: the one list that
/// `Invite` and the records wrapping it declare.
#[macro_export]
macro_rules! invite_fields {
    ($($extra:literal),* $(,)?) => {
        &[
            "id",
            "uid",
            "job_id",
            "job_title",
            "client_id",
            "client_name",
            "pay_type",
            "bid_low_cents",
            "bid_avg_cents",
            "bid_high_cents",
            "kind",
            "status",
            "message",
            "received_at",
            "responded_at",
            "viewed_at",
            "withdrawn_at",
            "decline_reason",
            "decline_message",
            "referral",
            "interview",
            "proposal_id",
            "score",
            "created_at",
            "interview_required",
            "interview_started_at",
            "interview_submitted_at",
            $($extra),*
        ]
    };
}

/// R15: an invite's instant interview as shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct InterviewView {
    pub status: InterviewStatus,
    pub start_by: Timestamp,
    pub started_at: Option<Timestamp>,
    pub submit_by: Option<Timestamp>,
    pub submitted_at: Option<Timestamp>,
}

#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Invite {
    pub id: i64,
    pub uid: Option<String>,
    pub job_id: i64,
    pub job_title: String,
    pub client_id: i64,
    pub client_name: String,
    /// The job's pay type and the bid range of its other proposals (shown on the plus plan
    /// only, R40), so a script can triage from the row alone.
    pub pay_type: PayType,
    pub bid_low_cents: Option<i64>,
    pub bid_avg_cents: Option<i64>,
    pub bid_high_cents: Option<i64>,
    pub kind: InviteKind,
    pub status: InviteStatus,
    pub message: Option<String>,
    pub received_at: Timestamp,
    pub responded_at: Option<Timestamp>,
    pub viewed_at: Option<Timestamp>,
    pub withdrawn_at: Option<Timestamp>,
    pub decline_reason: Option<DeclineReason>,
    pub decline_message: Option<String>,
    pub referral: Option<String>,
    pub interview: Option<InterviewView>,
    pub proposal_id: Option<i64>,
    /// R42: the triage score of a pending invite (null otherwise).
    pub score: Option<i64>,
    pub created_at: Timestamp,
    #[serde(skip)]
    pub triage_facts: TriageFacts,
    /// R15's stored facts, as export carries them; `interview` is derived from them.
    pub interview_required: bool,
    pub interview_started_at: Option<Timestamp>,
    pub interview_submitted_at: Option<Timestamp>,
}

/// The profile triage compares invites with (R42): its skills and rate.
#[derive(Clone, Debug, Default)]
pub struct TriageProfile {
    pub skills: Vec<String>,
    pub rate_cents: Option<i64>,
}

impl TriageProfile {
    /// Completes an invite's facts (R42) with this profile and the invite's age.
    fn complete(&self, facts: &mut TriageFacts, received_at: Timestamp, now: Timestamp) {
        facts.profile_skills.clone_from(&self.skills);
        facts.profile_rate_cents = self.rate_cents;
        facts.age_seconds = (now.as_second() - received_at.as_second()).max(0);
    }

    /// The general profile's skills and rate, or nothing when there is none.
    pub fn load(conn: &Db) -> Result<TriageProfile> {
        Ok(match crate::store::profiles::find(conn, "general") {
            Ok(p) => TriageProfile {
                skills: p.skills,
                rate_cents: p.rate_cents,
            },
            Err(_) => TriageProfile::default(),
        })
    }
}

impl Invite {
    /// R42: the triage of a pending invite against a profile.
    pub fn triage(&self, profile: &TriageProfile, now: Timestamp) -> Option<Triage> {
        if self.status != InviteStatus::Pending {
            return None;
        }
        let mut facts = self.triage_facts.clone();
        profile.complete(&mut facts, self.received_at, now);
        Some(triage(&facts))
    }

    /// Sets the `score` field (R42).
    pub fn score_with(mut self, profile: &TriageProfile, now: Timestamp) -> Invite {
        self.score = None;
        if self.status == InviteStatus::Pending {
            profile.complete(&mut self.triage_facts, self.received_at, now);
            self.score = Some(crate::rules::insight::triage_score(&self.triage_facts));
        }
        self
    }

    /// R15: the interview's windows, when the invite requires one.
    pub fn interview_rule(&self) -> Option<Interview> {
        self.interview_required.then_some(Interview {
            received_at: self.received_at,
            started_at: self.interview_started_at,
            submitted_at: self.interview_submitted_at,
        })
    }

    /// Recomputes the shown interview after a change.
    pub fn refresh(&mut self, now: Timestamp) {
        self.interview = self.interview_rule().map(|iv| InterviewView {
            status: iv.status(now),
            start_by: iv.start_by(),
            started_at: iv.started_at,
            submit_by: iv.submit_by(),
            submitted_at: iv.submitted_at,
        });
    }
}

impl Record for Invite {
    const FIELDS: &'static [&'static str] = invite_fields!();
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "job_title",
        "client_name",
        "kind",
        "status",
        "received_at",
        "viewed_at",
        "proposal_id",
    ];
    fn id(&self) -> i64 {
        self.id
    }
}

pub const SELECT: &str = concat!(
    "SELECT i.id, i.uid, i.job_id, j.title, j.client_id, c.name, i.kind, i.status, \
    i.message, i.received_at, i.responded_at, i.viewed_at, i.withdrawn_at, i.decline_reason, \
    i.decline_message, i.referral, i.interview_required, i.interview_started_at, \
    i.interview_submitted_at, i.proposal_id, i.created_at, c.rating_hundredths, c.reviews, c.hire_rate_pct, \
    c.total_spent_cents, c.avg_hourly_paid_cents, c.payment_verified, j.skills, \
    CASE WHEN i.status = 'pending' THEN (SELECT min(p.id) FROM proposals p WHERE p.job_id = i.job_id \
        AND ",
    crate::live_proposal!("p.status"),
    ") END, \
    j.pay_type, CASE WHEN pl.plus = 1 THEN j.bid_low_cents END, \
    CASE WHEN pl.plus = 1 THEN j.bid_avg_cents END, CASE WHEN pl.plus = 1 THEN j.bid_high_cents END \
    FROM invites i JOIN jobs j ON j.id = i.job_id JOIN clients c ON c.id = j.client_id \
    LEFT JOIN (SELECT 1 AS plus FROM settings WHERE key = 'plan' AND value = 'plus') pl ON 1 = 1"
);

/// R42's facts about the client and the job in a row of [`SELECT`]; the job's skills are read
/// only for a pending invite, the only one triaged.
fn triage_facts(r: &Row<'_>, pending: bool) -> rusqlite::Result<TriageFacts> {
    Ok(TriageFacts {
        rating: r.get::<_, Option<i64>>(21)?.map(|h| h as f64 / 100.0),
        reviews: r.get(22)?,
        hire_rate_pct: r.get(23)?,
        total_spent_cents: r.get(24)?,
        avg_hourly_paid_cents: r.get(25)?,
        payment_verified: r.get(26)?,
        job_skills: if pending {
            crate::store::json_list(&r.get::<_, String>(27)?)
        } else {
            Vec::new()
        },
        live_proposal_id: r.get(28)?,
        ..TriageFacts::default()
    })
}

pub fn from_row(r: &Row<'_>, now: Timestamp) -> rusqlite::Result<Invite> {
    let status: InviteStatus = r.get(7)?;
    let mut invite = Invite {
        id: r.get(0)?,
        uid: r.get(1)?,
        job_id: r.get(2)?,
        job_title: r.get(3)?,
        client_id: r.get(4)?,
        client_name: r.get(5)?,
        // R40: the bid range only on the plus plan (the join above yields it only then).
        pay_type: r.get(29)?,
        bid_low_cents: r.get(30)?,
        bid_avg_cents: r.get(31)?,
        bid_high_cents: r.get(32)?,
        kind: r.get(6)?,
        status,
        message: r.get(8)?,
        received_at: r.get(9)?,
        responded_at: r.get(10)?,
        viewed_at: r.get(11)?,
        withdrawn_at: r.get(12)?,
        decline_reason: r.get(13)?,
        decline_message: r.get(14)?,
        referral: r.get(15)?,
        interview: None,
        interview_required: r.get(16)?,
        interview_started_at: r.get(17)?,
        interview_submitted_at: r.get(18)?,
        proposal_id: r.get(19)?,
        score: None,
        created_at: r.get(20)?,
        triage_facts: triage_facts(r, status == InviteStatus::Pending)?,
    };
    invite.refresh(now);
    Ok(invite)
}

pub fn get(conn: &Db, id: i64, now: Timestamp) -> Result<Invite> {
    static BY_ID: std::sync::LazyLock<String> =
        std::sync::LazyLock::new(|| format!("{SELECT} WHERE i.id = ?1"));
    conn.prepare_cached(&BY_ID)?
        .query_row([id], |r| from_row(r, now))
        .map_err(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Error::not_found(format!("no invite {id}")),
            e => e.into(),
        })
}

pub struct NewInvite<'a> {
    pub uid: Option<&'a str>,
    pub job_id: i64,
    pub kind: InviteKind,
    pub message: Option<&'a str>,
    pub interview_required: bool,
    pub received_at: Timestamp,
    pub created_at: Timestamp,
}

pub fn insert(conn: &Db, n: &NewInvite<'_>) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO invites (uid, job_id, kind, message, interview_required, received_at, created_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![n.uid, n.job_id, n.kind, n.message, n.interview_required, n.received_at, n.created_at])?;
    Ok(conn.last_insert_rowid()?)
}

/// An invite's own row: what the verbs that change an invite read and write back. It is read
/// without the job, client and triage facts an [`Invite`] is shown with.
#[derive(Clone, Debug, PartialEq)]
pub struct InviteState {
    pub id: i64,
    pub job_id: i64,
    pub status: InviteStatus,
    pub received_at: Timestamp,
    pub responded_at: Option<Timestamp>,
    pub viewed_at: Option<Timestamp>,
    pub withdrawn_at: Option<Timestamp>,
    pub decline_reason: Option<DeclineReason>,
    pub decline_message: Option<String>,
    pub referral: Option<String>,
    pub interview_required: bool,
    pub interview_started_at: Option<Timestamp>,
    pub interview_submitted_at: Option<Timestamp>,
    pub proposal_id: Option<i64>,
}

impl InviteState {
    /// R15: the interview's windows, when the invite requires one.
    pub fn interview_rule(&self) -> Option<Interview> {
        self.interview_required.then_some(Interview {
            received_at: self.received_at,
            started_at: self.interview_started_at,
            submitted_at: self.interview_submitted_at,
        })
    }
}

/// The invite's own row, to change it (see [`save`]).
pub fn state(conn: &Db, id: i64) -> Result<InviteState> {
    conn.prepare_cached(
        "SELECT id, job_id, status, received_at, responded_at, viewed_at, withdrawn_at, \
         decline_reason, decline_message, referral, interview_required, interview_started_at, \
         interview_submitted_at, proposal_id FROM invites WHERE id = ?1",
    )?
    .query_row([id], |r| {
        Ok(InviteState {
            id: r.get(0)?,
            job_id: r.get(1)?,
            status: r.get(2)?,
            received_at: r.get(3)?,
            responded_at: r.get(4)?,
            viewed_at: r.get(5)?,
            withdrawn_at: r.get(6)?,
            decline_reason: r.get(7)?,
            decline_message: r.get(8)?,
            referral: r.get(9)?,
            interview_required: r.get(10)?,
            interview_started_at: r.get(11)?,
            interview_submitted_at: r.get(12)?,
            proposal_id: r.get(13)?,
        })
    })
    .map_err(|e| match e {
        rusqlite::Error::QueryReturnedNoRows => Error::not_found(format!("no invite {id}")),
        e => e.into(),
    })
}

/// Writes back every field a verb may change.
pub fn save(conn: &Db, i: &InviteState) -> Result<()> {
    conn.prepare_cached(
        "UPDATE invites SET status = ?2, responded_at = ?3, viewed_at = ?4, withdrawn_at = ?5, \
         decline_reason = ?6, decline_message = ?7, referral = ?8, interview_started_at = ?9, \
         interview_submitted_at = ?10, proposal_id = ?11 WHERE id = ?1",
    )?
    .execute(params![
        i.id,
        i.status,
        i.responded_at,
        i.viewed_at,
        i.withdrawn_at,
        i.decline_reason,
        i.decline_message,
        i.referral,
        i.interview_started_at,
        i.interview_submitted_at,
        i.proposal_id
    ])?;
    Ok(())
}

/// R5: the referral already recorded for a job, if any.
pub fn job_referral(conn: &Db, job_id: i64) -> Result<Option<String>> {
    use rusqlite::OptionalExtension;
    Ok(conn
        .prepare_cached("SELECT referral FROM invites WHERE job_id = ?1 AND referral IS NOT NULL")?
        .query_row([job_id], |r| r.get(0))
        .optional()?)
}

/// R6: a closing job closes its unanswered invites; returns their ids.
/// Ids of a job's unanswered (pending and archived) invites, which its closing closes (R6).
pub fn unanswered_for_job(conn: &Db, job_id: i64) -> Result<Vec<i64>> {
    Ok(conn
        .prepare_cached(
            "SELECT id FROM invites WHERE job_id = ?1 AND status IN ('pending', 'archived') ORDER BY id",
        )?
        .query_map([job_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

pub fn select() -> Select {
    Select::new(SELECT, "i.received_at DESC, i.id DESC")
}

/// Writes the invite in `r` (a row of [`SELECT`]) as JSON text into `out`, byte for byte what
/// serializing [`from_row`]'s invite gives, without building it: text and numbers are copied
/// from the row, and timestamps in the canonical form they are stored in are passed through
/// unparsed, and a pending invite's R42 score comes from the facts in the row. Returns false,
/// with `out` as it was, for a row that needs the full model: one with an instant interview
/// (R15's derived view) or a value not in canonical form; the caller builds the invite for it.
pub fn write_plain_json(
    r: &Row<'_>,
    profile: &TriageProfile,
    now: Timestamp,
    out: &mut Vec<u8>,
) -> Result<bool> {
    use rusqlite::types::ValueRef;
    use serde::Serializer as _;

    // Reads the cells in place: only a SQLite row holds them as stored.
    let Row::Sqlite(cells) = r else {
        return Ok(false);
    };

    /// The cell's text when it is NULL or canonical (`ok` says what canonical is).
    fn text<'r>(
        r: &'r rusqlite::Row<'_>,
        i: usize,
        ok: fn(&str) -> bool,
    ) -> Result<Option<Option<&'r str>>> {
        Ok(match r.get_ref(i)? {
            ValueRef::Null => Some(None),
            ValueRef::Text(b) => std::str::from_utf8(b).ok().filter(|s| ok(s)).map(Some),
            _ => None,
        })
    }
    fn int(r: &rusqlite::Row<'_>, i: usize) -> Result<Option<Option<i64>>> {
        Ok(match r.get_ref(i)? {
            ValueRef::Null => Some(None),
            ValueRef::Integer(n) => Some(Some(n)),
            _ => None,
        })
    }
    let any = |_: &str| true;
    let stamp = crate::store::canonical_timestamp;
    let (Some(Some(status)), Some(Some(0))) = (text(cells, 7, any)?, int(cells, 16)?) else {
        return Ok(false);
    };
    // R42: a pending invite's score, from the client's and job's facts in the row.
    let score = if status == InviteStatus::Pending.as_str() {
        let mut facts = triage_facts(r, true)?;
        profile.complete(&mut facts, r.get(9)?, now);
        Some(crate::rules::insight::triage_score(&facts))
    } else {
        None
    };
    // Columns in the order of the invite's JSON fields.
    const PLAN: [(&str, usize, u8); 27] = [
        ("id", 0, b'i'),
        ("uid", 1, b's'),
        ("job_id", 2, b'i'),
        ("job_title", 3, b's'),
        ("client_id", 4, b'i'),
        ("client_name", 5, b's'),
        ("pay_type", 29, b's'),
        ("bid_low_cents", 30, b'i'),
        ("bid_avg_cents", 31, b'i'),
        ("bid_high_cents", 32, b'i'),
        ("kind", 6, b's'),
        ("status", 7, b's'),
        ("message", 8, b's'),
        ("received_at", 9, b't'),
        ("responded_at", 10, b't'),
        ("viewed_at", 11, b't'),
        ("withdrawn_at", 12, b't'),
        ("decline_reason", 13, b's'),
        ("decline_message", 14, b's'),
        ("referral", 15, b's'),
        ("interview", usize::MAX, b'n'),
        ("proposal_id", 19, b'i'),
        ("score", usize::MAX, b'#'),
        ("created_at", 20, b't'),
        ("interview_required", usize::MAX, b'f'),
        ("interview_started_at", 17, b't'),
        ("interview_submitted_at", 18, b't'),
    ];
    let start = out.len();
    out.push(b'{');
    for (k, &(name, col, kind)) in PLAN.iter().enumerate() {
        if k > 0 {
            out.push(b',');
        }
        out.push(b'"');
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(b"\":");
        let written = match kind {
            b'n' => {
                out.extend_from_slice(b"null");
                true
            }
            b'f' => {
                out.extend_from_slice(b"false");
                true
            }
            b'#' => {
                match score {
                    Some(n) => out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes()),
                    None => out.extend_from_slice(b"null"),
                }
                true
            }
            b'i' => match int(cells, col)? {
                Some(Some(n)) => {
                    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
                    true
                }
                Some(None) => {
                    out.extend_from_slice(b"null");
                    true
                }
                None => false,
            },
            _ => match text(cells, col, if kind == b't' { stamp } else { any })? {
                // A canonical timestamp has nothing to escape.
                Some(Some(s)) if kind == b't' => {
                    out.push(b'"');
                    out.extend_from_slice(s.as_bytes());
                    out.push(b'"');
                    true
                }
                Some(Some(s)) => {
                    (&mut serde_json::Serializer::new(&mut *out)).serialize_str(s)?;
                    true
                }
                Some(None) => {
                    out.extend_from_slice(b"null");
                    true
                }
                None => false,
            },
        };
        if !written {
            out.truncate(start);
            return Ok(false);
        }
    }
    out.push(b'}');
    Ok(true)
}

crate::slug_enum! {
    /// How `invites list` orders its rows.
    pub enum InviteSort { Received => "received", Oldest => "oldest", Job => "job", Id => "id", Score => "score" }
}

/// The filters of `invites list`.
#[derive(Debug, Clone)]
pub struct InviteQuery {
    pub status: Option<InviteStatus>,
    pub kind: Option<InviteKind>,
    pub job_id: Option<i64>,
    pub client_id: Option<i64>,
    /// Received at or after this time.
    pub since: Option<Timestamp>,
    /// Received before this time.
    pub until: Option<Timestamp>,
    /// Only invites nobody has looked at yet (R44).
    pub unviewed_only: bool,
    pub sort: InviteSort,
    pub limit: Option<u64>,
}

/// Every invite matching the query, in its order, one at a time. `Score` order is the
/// caller's to apply (R42 scores are computed from the rows): rows come newest first, all of
/// them.
pub fn list(
    conn: &Db,
    query: &InviteQuery,
    now: Timestamp,
    mut f: impl FnMut(Invite) -> Result<()>,
) -> Result<()> {
    list_rows(conn, query, |r| f(from_row(r, now)?))
}

/// [`list`]'s rows themselves, for a reader that takes what it needs from each (with
/// [`from_row`] or [`write_plain_json`]).
pub fn list_rows(
    conn: &Db,
    query: &InviteQuery,
    f: impl FnMut(&Row<'_>) -> Result<()>,
) -> Result<()> {
    use crate::store::v;
    let mut q = select();
    if let Some(s) = query.status {
        q.filter("i.status = ?", [v(s.as_str().to_string())]);
    }
    if let Some(k) = query.kind {
        q.filter("i.kind = ?", [v(k.as_str().to_string())]);
    }
    if let Some(j) = query.job_id {
        q.filter("i.job_id = ?", [v(j)]);
    }
    if let Some(c) = query.client_id {
        q.filter("j.client_id = ?", [v(c)]);
    }
    if let Some(t) = query.since {
        q.filter("i.received_at >= ?", [v(t.to_string())]);
    }
    if let Some(t) = query.until {
        q.filter("i.received_at < ?", [v(t.to_string())]);
    }
    if query.unviewed_only {
        q.filter("i.viewed_at IS NULL", []);
    }
    q.order(match query.sort {
        InviteSort::Received | InviteSort::Score => "i.received_at DESC, i.id DESC",
        InviteSort::Oldest => "i.received_at, i.id",
        InviteSort::Job => "i.job_id, i.id",
        InviteSort::Id => "i.id",
    });
    if query.sort != InviteSort::Score {
        q.limit(query.limit);
    }
    q.rows(conn, f)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every row written from the row itself is byte for byte the invite's own JSON, on a
    /// seeded store on either plan; rows needing the model (interviews, timestamps not in
    /// canonical form) are left to it.
    #[test]
    fn plain_json_is_the_invites_own_json() {
        let conn = crate::store::memory();
        let now: Timestamp = "2026-03-10T12:00:00Z".parse().unwrap();
        conn.execute_batch("BEGIN").unwrap();
        crate::app::seed::build(&conn, 800, 7, now, &indicatif::ProgressBar::hidden()).unwrap();
        conn.execute_batch("COMMIT").unwrap();
        // Timestamps that read back fine but are not in the form the store writes.
        conn.execute_batch(
            "UPDATE invites SET viewed_at = '2026-03-01T10:00:00.5Z' WHERE id = 3;
             UPDATE invites SET responded_at = '2026-03-01 10:00:00Z' WHERE id = 5 AND responded_at IS NOT NULL;
             UPDATE invites SET withdrawn_at = '2026-03-01T10:00:00+00:00' WHERE id = 8;",
        )
        .unwrap();
        let profile = TriageProfile::load(&conn).unwrap();
        for plan in ["basic", "plus"] {
            conn.execute(
                "INSERT INTO settings (key, value) VALUES ('plan', ?1) \
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [plan],
            )
            .unwrap();
            let (mut plain, mut modelled, mut pending) = (0, 0, 0);
            let mut buf = b"kept".to_vec();
            select()
                .rows(&conn, |r| {
                    let invite = from_row(r, now)?.score_with(&profile, now);
                    let own = serde_json::to_vec(&invite)?;
                    if write_plain_json(r, &profile, now, &mut buf)? {
                        assert_eq!(
                            String::from_utf8_lossy(&buf[4..]),
                            String::from_utf8_lossy(&own),
                            "invite {} on the {plan} plan",
                            invite.id
                        );
                        buf.truncate(4);
                        plain += 1;
                        pending += usize::from(invite.status == InviteStatus::Pending);
                    } else {
                        assert_eq!(buf, b"kept", "a refused row leaves the buffer as it was");
                        let odd = [3, 8].contains(&invite.id);
                        assert!(
                            odd || invite.interview_required || invite.id == 5,
                            "invite {} was not written from its row",
                            invite.id
                        );
                        modelled += 1;
                    }
                    Ok(())
                })
                .unwrap();
            assert!(
                plain > 500 && modelled > 20,
                "{plain} plain, {modelled} modelled"
            );
            assert!(
                pending > 50,
                "{pending} pending invites written from their rows"
            );
        }
    }
}
