//! Proposals, their attachments and message rooms.

use crate::store::db::{Db, Row};
use jiff::Timestamp;
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::output::Record;
use crate::rules::jobs::{Duration, PayType};
use crate::rules::money::Cents;
use crate::rules::profiles::ProfileKind;
use crate::rules::proposals::{
    Answer, Milestone, ProposalStatus, cover_letter_locked_at, fee_breakdown,
};
use crate::store::Select;

/// The fields of a proposal's JSON, in order, followed by `extra` ones: the one list that
/// `Proposal` and the records wrapping it declare.
#[macro_export]
macro_rules! proposal_fields {
    ($($extra:literal),* $(,)?) => {
        &[
            "id",
            "uid",
            "job_id",
            "job_title",
            "invite_id",
            "profile",
            "profile_name",
            "profile_id",
            "agency_id",
            "submitted_by",
            "status",
            "pay_type",
            "rate_cents",
            "bid_cents",
            "milestones",
            "fee_pct",
            "fee_cents",
            "receive_cents",
            "duration",
            "cover_letter",
            "answers",
            "attachments",
            "connects_spent",
            "boost_connects",
            "boost_refunded",
            "submitted_at",
            "client_viewed_at",
            "cover_letter_locked_at",
            "room_opened_at",
            "status_reason",
            "status_message",
            "created_at",
            $($extra),*
        ]
    };
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct AttachmentView {
    pub id: i64,
    pub name: String,
    pub sha256: String,
    pub size: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Proposal {
    pub id: i64,
    pub uid: Option<String>,
    pub job_id: i64,
    pub job_title: String,
    pub invite_id: Option<i64>,
    /// `general`, or the specialized profile's name (R10).
    pub profile: String,
    pub profile_name: String,
    pub profile_id: i64,
    pub agency_id: Option<i64>,
    pub submitted_by: Option<String>,
    pub status: ProposalStatus,
    pub pay_type: PayType,
    pub rate_cents: Option<i64>,
    pub bid_cents: Option<i64>,
    pub milestones: Vec<Milestone>,
    pub fee_pct: i64,
    pub fee_cents: i64,
    pub receive_cents: i64,
    pub duration: Option<Duration>,
    pub cover_letter: Option<String>,
    pub answers: Vec<Answer>,
    pub attachments: Vec<AttachmentView>,
    pub connects_spent: i64,
    pub boost_connects: i64,
    /// R18: the boost was refunded because the proposal was outbid.
    pub boost_refunded: bool,
    pub submitted_at: Timestamp,
    pub client_viewed_at: Option<Timestamp>,
    pub cover_letter_locked_at: Timestamp,
    /// R16: the edit window in hours, as in force at submission.
    #[serde(skip)]
    #[schemars(skip)]
    pub edit_hours: i64,
    /// When the letter or terms were last edited.
    #[serde(skip)]
    #[schemars(skip)]
    pub edited_at: Option<Timestamp>,
    pub room_opened_at: Option<Timestamp>,
    pub status_reason: Option<String>,
    pub status_message: Option<String>,
    pub created_at: Timestamp,
}

impl Record for Proposal {
    const FIELDS: &'static [&'static str] = proposal_fields!();
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "job_title",
        "status",
        "pay_type",
        "rate_cents",
        "bid_cents",
        "receive_cents",
        "connects_spent",
        "submitted_at",
    ];
    fn id(&self) -> i64 {
        self.id
    }
}

const SELECT: &str = "SELECT p.id, p.uid, p.job_id, j.title, p.invite_id, pr.name, p.profile_id, p.agency_id, \
    p.submitted_by, p.status, p.pay_type, p.rate_cents, p.bid_cents, p.milestones, p.fee_pct, p.duration, \
    p.cover_letter, p.answers, p.connects_spent, p.boost_connects, p.submitted_at, p.client_viewed_at, \
    p.room_opened_at, p.status_reason, p.status_message, p.created_at, p.boost_refunded, pr.kind, \
    (SELECT o.expires_at FROM offers o WHERE o.proposal_id = p.id AND o.status = 'open'), \
    (SELECT json_group_array(json_array(a.id, a.name, a.sha256, a.size)) FROM \
        (SELECT id, name, sha256, size FROM attachments WHERE proposal_id = p.id ORDER BY id) a), \
    (SELECT min(o.received_at) FROM offers o WHERE o.proposal_id = p.id), p.edit_hours, p.edited_at \
    FROM proposals p JOIN jobs j ON j.id = p.job_id JOIN profiles pr ON pr.id = p.profile_id";

/// How a proposal names its profile ([`Proposal::profile`]): `general` for the general
/// profile, a specialized one by its name.
fn profile_label(kind: ProfileKind, name: &str) -> String {
    match kind {
        ProfileKind::General => "general".to_string(),
        ProfileKind::Specialized => name.to_string(),
    }
}

fn from_row(r: &Row<'_>, edit_hours: i64, now: Timestamp) -> rusqlite::Result<Proposal> {
    // R16: the window in force at submission; the setting's now for a proposal without one.
    let edit_hours = r.get::<_, Option<i64>>(31)?.unwrap_or(edit_hours);
    let rate_cents: Option<i64> = r.get(11)?;
    let bid_cents: Option<i64> = r.get(12)?;
    let fee_pct: i64 = r.get(14)?;
    let fees = fee_breakdown(Cents(rate_cents.or(bid_cents).unwrap_or(0)), fee_pct);
    let submitted_at: Timestamp = r.get(20)?;
    let client_viewed_at: Option<Timestamp> = r.get(21)?;
    let json = |i: usize| -> rusqlite::Result<serde_json::Value> { r.get(i) };
    let name: String = r.get(5)?;
    let kind: ProfileKind = r.get(27)?;
    let open_offer_expires: Option<Timestamp> = r.get(28)?;
    Ok(Proposal {
        id: r.get(0)?,
        uid: r.get(1)?,
        job_id: r.get(2)?,
        job_title: r.get(3)?,
        invite_id: r.get(4)?,
        profile: profile_label(kind, &name),
        profile_name: name,
        profile_id: r.get(6)?,
        agency_id: r.get(7)?,
        submitted_by: r.get(8)?,
        status: shown_status(r.get(9)?, open_offer_expires, now),
        pay_type: r.get(10)?,
        rate_cents,
        bid_cents,
        milestones: serde_json::from_value(json(13)?).unwrap_or_default(),
        fee_pct,
        fee_cents: fees.fee_cents,
        receive_cents: fees.receive_cents,
        duration: r.get(15)?,
        cover_letter: r.get(16)?,
        answers: serde_json::from_value(json(17)?).unwrap_or_default(),
        // In the same statement, not one query a row.
        attachments: serde_json::from_str::<Vec<(i64, String, String, i64)>>(
            &r.get::<_, String>(29)?,
        )
        .map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(29, rusqlite::types::Type::Text, e.into())
        })?
        .into_iter()
        .map(|(id, name, sha256, size)| AttachmentView {
            id,
            name,
            sha256,
            size,
        })
        .collect(),
        connects_spent: r.get(18)?,
        boost_connects: r.get(19)?,
        submitted_at,
        client_viewed_at,
        // R16: an offer means the client has seen the proposal, viewing marked or not.
        cover_letter_locked_at: cover_letter_locked_at(
            submitted_at,
            client_viewed_at
                .into_iter()
                .chain(r.get::<_, Option<Timestamp>>(30)?)
                .min(),
            edit_hours,
        ),
        edit_hours,
        edited_at: r.get(32)?,
        room_opened_at: r.get(22)?,
        status_reason: r.get(23)?,
        status_message: r.get(24)?,
        created_at: r.get(25)?,
        boost_refunded: r.get(26)?,
    })
}

/// R20: a proposal whose open offer expired is active again from that moment, before any
/// command records the expiry (I9: reads derive it, the next change writes it).
fn shown_status(
    stored: ProposalStatus,
    open_offer_expires: Option<Timestamp>,
    now: Timestamp,
) -> ProposalStatus {
    match (stored, open_offer_expires) {
        (ProposalStatus::Offered, Some(expires)) if expires <= now => ProposalStatus::Active,
        (s, _) => s,
    }
}

/// The SQL of a proposal's status as of a bound time: what lists filter on (see [`shown_status`]).
pub const SHOWN_STATUS_SQL: &str = "(CASE WHEN p.status = 'offered' AND coalesce((SELECT o.expires_at FROM offers o \
    WHERE o.proposal_id = p.id AND o.status = 'open'), '') <= ? THEN 'active' ELSE p.status END)";

pub fn get(conn: &Db, id: i64, edit_hours: i64, now: Timestamp) -> Result<Proposal> {
    static BY_ID: std::sync::LazyLock<String> =
        std::sync::LazyLock::new(|| format!("{SELECT} WHERE p.id = ?1"));
    let p = conn
        .prepare_cached(&BY_ID)?
        .query_row([id], |r| from_row(r, edit_hours, now))
        .map_err(missing(id))?;
    Ok(p)
}

/// A read of one proposal by id names a missing one as such (exit 3).
fn missing(id: i64) -> impl FnOnce(rusqlite::Error) -> Error {
    move |e| match e {
        rusqlite::Error::QueryReturnedNoRows => Error::not_found(format!("no proposal {id}")),
        e => e.into(),
    }
}

/// What a message to a proposal's room reads: who is in the room and the proposal's status as
/// shown now, without the letter, terms, answers and attachments a [`Proposal`] carries.
#[derive(Clone, Debug, PartialEq)]
pub struct RoomState {
    pub id: i64,
    pub job_id: i64,
    pub agency_id: Option<i64>,
    /// Who writes for the freelancer's side: the agency member who submitted it, else the
    /// profile (as [`Proposal::submitted_by`] or else [`Proposal::profile`]).
    pub freelancer: String,
    pub status: ProposalStatus,
    pub submitted_at: Timestamp,
    pub room_opened_at: Option<Timestamp>,
}

/// A proposal's [`RoomState`].
pub fn room_state(conn: &Db, id: i64, now: Timestamp) -> Result<RoomState> {
    conn.prepare_cached(
        "SELECT p.id, p.job_id, p.agency_id, p.submitted_by, pr.kind, pr.name, p.status, \
         (SELECT o.expires_at FROM offers o WHERE o.proposal_id = p.id AND o.status = 'open'), \
         p.submitted_at, p.room_opened_at \
         FROM proposals p JOIN profiles pr ON pr.id = p.profile_id WHERE p.id = ?1",
    )?
    .query_row([id], |r| {
        let submitted_by: Option<String> = r.get(3)?;
        let freelancer = match submitted_by {
            Some(name) => name,
            None => r.with_ref(5, |name| Ok(profile_label(r.get(4)?, name.as_str()?)))?,
        };
        Ok(RoomState {
            id: r.get(0)?,
            job_id: r.get(1)?,
            agency_id: r.get(2)?,
            freelancer,
            status: shown_status(r.get(6)?, r.get(7)?, now),
            submitted_at: r.get(8)?,
            room_opened_at: r.get(9)?,
        })
    })
    .map_err(missing(id))
}

/// When the client first opened the proposal, if it has.
pub fn client_viewed_at(conn: &Db, id: i64) -> Result<Option<Timestamp>> {
    Ok(viewing(conn, id)?.1)
}

/// When the proposal was submitted, and when the client first opened it (if it has).
pub fn viewing(conn: &Db, id: i64) -> Result<(Timestamp, Option<Timestamp>)> {
    conn.prepare_cached("SELECT submitted_at, client_viewed_at FROM proposals WHERE id = ?1")?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
        .map_err(missing(id))
}

/// Records when the client first opened the proposal; called only by the app layer after it
/// checked the proposal had not been viewed.
pub fn set_viewed(conn: &Db, id: i64, at: Timestamp) -> Result<()> {
    conn.prepare_cached("UPDATE proposals SET client_viewed_at = ?2 WHERE id = ?1")?
        .execute(params![id, at])?;
    Ok(())
}

/// What a new proposal carries; the id and derived fields come from the store.
pub struct NewProposal<'a> {
    pub uid: Option<&'a str>,
    pub job_id: i64,
    pub invite_id: Option<i64>,
    pub profile_id: i64,
    pub agency_id: Option<i64>,
    pub submitted_by: Option<&'a str>,
    pub status: ProposalStatus,
    pub pay_type: PayType,
    pub rate_cents: Option<i64>,
    pub bid_cents: Option<i64>,
    pub milestones: &'a [Milestone],
    pub duration: Option<Duration>,
    pub cover_letter: Option<&'a str>,
    pub answers: &'a [Answer],
    pub fee_pct: i64,
    pub submitted_at: Timestamp,
    pub room_opened_at: Option<Timestamp>,
    /// R16: the cover-letter edit window in force now, kept with the proposal.
    pub edit_hours: i64,
}

pub fn insert(conn: &Db, n: &NewProposal<'_>) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO proposals (uid, job_id, invite_id, profile_id, agency_id, submitted_by, status, pay_type, \
         rate_cents, bid_cents, milestones, duration, cover_letter, answers, fee_pct, submitted_at, \
         room_opened_at, created_at, edit_hours) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?16, ?18)",
    )?
    .execute(params![
        n.uid, n.job_id, n.invite_id, n.profile_id, n.agency_id, n.submitted_by, n.status, n.pay_type,
        n.rate_cents, n.bid_cents, serde_json::to_value(n.milestones).unwrap_or_default(), n.duration,
        n.cover_letter, serde_json::to_value(n.answers).unwrap_or_default(), n.fee_pct, n.submitted_at,
        n.room_opened_at, n.edit_hours
    ])?;
    Ok(conn.last_insert_rowid()?)
}

/// Records when the proposal's letter or terms were last edited.
pub fn set_edited(conn: &Db, id: i64, at: Timestamp) -> Result<()> {
    conn.prepare_cached("UPDATE proposals SET edited_at = ?2 WHERE id = ?1")?
        .execute(params![id, at])?;
    Ok(())
}

/// Writes back every field a verb may change, but not the status: that moves only through
/// [`set_status`].
pub fn save(conn: &Db, p: &Proposal) -> Result<()> {
    conn.prepare_cached(
        "UPDATE proposals SET pay_type = ?2, rate_cents = ?3, bid_cents = ?4, milestones = ?5, \
         duration = ?6, cover_letter = ?7, answers = ?8, connects_spent = ?9, boost_connects = ?10, \
         boost_refunded = ?11, client_viewed_at = ?12, room_opened_at = ?13 WHERE id = ?1",
    )?
    .execute(params![
        p.id, p.pay_type, p.rate_cents, p.bid_cents, serde_json::to_value(&p.milestones).unwrap_or_default(),
        p.duration, p.cover_letter, serde_json::to_value(&p.answers).unwrap_or_default(), p.connects_spent,
        p.boost_connects, p.boost_refunded, p.client_viewed_at, p.room_opened_at
    ])?;
    Ok(())
}

/// Writes a proposal's new status; called only by the app layer after
/// `rules::proposals::transition` allowed the move.
pub fn set_status(conn: &Db, id: i64, status: ProposalStatus, reason: Option<&str>) -> Result<()> {
    conn.prepare_cached(
        "UPDATE proposals SET status = ?2, status_reason = coalesce(?3, status_reason) WHERE id = ?1",
    )?
    .execute(params![id, status, reason])?;
    Ok(())
}

/// The freelancer's message to the client when withdrawing (R17).
pub fn set_status_message(conn: &Db, id: i64, message: Option<&str>) -> Result<()> {
    conn.prepare_cached("UPDATE proposals SET status_message = ?2 WHERE id = ?1")?
        .execute(params![id, message])?;
    Ok(())
}

/// What the proposal cost and its boost (R51, R18).
pub fn set_connects(conn: &Db, id: i64, cost: i64, boost: i64) -> Result<()> {
    conn.prepare_cached(
        "UPDATE proposals SET connects_spent = ?2, boost_connects = ?3 WHERE id = ?1",
    )?
    .execute(params![id, cost, boost])?;
    Ok(())
}

/// The room opened (R4, R19, R20).
pub fn open_room(conn: &Db, id: i64, at: Timestamp) -> Result<()> {
    conn.prepare_cached(
        "UPDATE proposals SET room_opened_at = coalesce(room_opened_at, ?2) WHERE id = ?1",
    )?
    .execute(params![id, at])?;
    Ok(())
}

/// Removes one attachment (its bytes stay, shared by content).
pub fn detach(conn: &Db, attachment_id: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM attachments WHERE id = ?1")?
        .execute([attachment_id])?;
    Ok(())
}

/// Every other cover letter in the store, for R41's reuse check.
pub fn other_cover_letters(conn: &Db, except: Option<i64>) -> Result<Vec<(i64, String)>> {
    Ok(conn
        .prepare_cached(
            "SELECT id, cover_letter FROM proposals WHERE cover_letter IS NOT NULL AND id IS NOT ?1 ORDER BY id",
        )?
        .query_map([except], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?)
}

/// R13: stores an attachment's bytes once by their SHA-256 and links it to the proposal.
pub fn attach(
    conn: &Db,
    proposal_id: i64,
    name: &str,
    sha256: &str,
    bytes: &[u8],
    at: Timestamp,
) -> Result<()> {
    conn.prepare_cached("INSERT OR IGNORE INTO blobs (sha256, size, bytes) VALUES (?1, ?2, ?3)")?
        .execute(params![sha256, bytes.len() as i64, bytes])?;
    conn.prepare_cached(
        "INSERT INTO attachments (proposal_id, name, sha256, size, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![proposal_id, name, sha256, bytes.len() as i64, at])?;
    Ok(())
}

/// The hex SHA-256 an attachment's bytes are stored under (R13), and a blob is named by.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

pub fn blob(conn: &Db, sha256: &str) -> Result<Option<Vec<u8>>> {
    Ok(conn
        .prepare_cached("SELECT bytes FROM blobs WHERE sha256 = ?1")?
        .query_row([sha256], |r| r.get(0))
        .optional()?)
}

/// R19: the live proposal of a job from a profile owner: the freelancer (`None`: every
/// profile of theirs together) or an agency.
pub fn live_for_owner(conn: &Db, job_id: i64, agency: Option<i64>) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached(
            // Found through the job's index; comparisons (`+`: not a reason to use the status
            // index) rather than IN, and min() rather than ORDER BY … LIMIT 1, since SQLite
            // would build a temporary table for either.
            concat!(
                "SELECT min(id) FROM proposals WHERE job_id = ?1 AND agency_id IS ?2 AND ",
                crate::live_proposal!("status")
            ),
        )?
        .query_row(params![job_id, agency], |r| r.get(0))?)
}

/// R21, I4: the hired proposal of a job from a profile owner, if there is one.
pub fn hired_for_owner(conn: &Db, job_id: i64, agency: Option<i64>) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached(
            "SELECT id FROM proposals WHERE job_id = ?1 AND agency_id IS ?2 AND status = 'hired' \
             ORDER BY id LIMIT 1",
        )?
        .query_row(params![job_id, agency], |r| r.get(0))
        .optional()?)
}

/// A job's proposals with their stored status: (id, status, agency).
pub fn statuses_for_job(conn: &Db, job_id: i64) -> Result<Vec<(i64, ProposalStatus, Option<i64>)>> {
    Ok(conn
        .prepare_cached(
            "SELECT id, status, agency_id FROM proposals WHERE job_id = ?1 ORDER BY id",
        )?
        .query_map([job_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?)
}

pub fn select() -> Select {
    Select::new(SELECT, "p.id")
}

pub fn each(
    conn: &Db,
    q: &Select,
    edit_hours: i64,
    now: Timestamp,
    f: impl FnMut(Proposal) -> Result<()>,
) -> Result<()> {
    q.each(conn, |r| from_row(r, edit_hours, now), f)
}

/// A proposal's status as stored (before any derivation as of now).
pub fn stored_status(conn: &Db, id: i64) -> Result<ProposalStatus> {
    Ok(conn
        .prepare_cached("SELECT status FROM proposals WHERE id = ?1")?
        .query_row([id], |r| r.get(0))?)
}

crate::slug_enum! {
    /// How `proposals list` orders its rows.
    pub enum ProposalSort { Id => "id", Submitted => "submitted", Status => "status", Job => "job" }
}

/// The filters of `proposals list`.
#[derive(Debug, Clone)]
pub struct ProposalQuery {
    /// The status as of now (R20: an expired offer's proposal is active).
    pub status: Option<ProposalStatus>,
    pub job_id: Option<i64>,
    pub profile_id: Option<i64>,
    pub sort: ProposalSort,
    pub limit: Option<u64>,
}

/// Every proposal matching the query, in its order, one at a time.
pub fn list(
    conn: &Db,
    query: &ProposalQuery,
    edit_hours: i64,
    now: Timestamp,
    f: impl FnMut(Proposal) -> Result<()>,
) -> Result<()> {
    use crate::store::v;
    let mut q = select();
    if let Some(st) = query.status {
        q.filter(
            &format!("{SHOWN_STATUS_SQL} = ?"),
            [v(now.to_string()), v(st.as_str().to_string())],
        );
    }
    if let Some(j) = query.job_id {
        q.filter("p.job_id = ?", [v(j)]);
    }
    if let Some(p) = query.profile_id {
        q.filter("p.profile_id = ?", [v(p)]);
    }
    q.order(match query.sort {
        ProposalSort::Id => "p.id",
        ProposalSort::Submitted => "p.submitted_at DESC, p.id DESC",
        ProposalSort::Status => "p.status, p.id",
        ProposalSort::Job => "p.job_id, p.id",
    })
    .limit(query.limit);
    each(conn, &q, edit_hours, now, f)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The narrow reads say what the full read says, for every proposal of a seeded store
    /// (agency ones, specialized profiles, open and lapsed offers among them), at two times.
    #[test]
    fn room_state_agrees_with_the_full_read() {
        let conn = crate::store::memory();
        let now: Timestamp = "2026-03-10T12:00:00Z".parse().unwrap();
        conn.execute_batch("BEGIN").unwrap();
        crate::app::seed::build(&conn, 1_500, 11, now, &indicatif::ProgressBar::hidden()).unwrap();
        conn.execute_batch("COMMIT").unwrap();
        // A specialized profile's proposal without a submitter.
        conn.execute_batch(
            "UPDATE proposals SET profile_id = (SELECT id FROM profiles WHERE kind = 'specialized' LIMIT 1) \
             WHERE id = 2",
        )
        .unwrap();
        let ids: Vec<i64> = conn
            .prepare("SELECT id FROM proposals ORDER BY id")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert!(ids.len() > 100);
        let later: Timestamp = "2026-04-30T00:00:00Z".parse().unwrap();
        let (mut agency, mut specialized, mut offered, mut changed) = (0, 0, 0, 0);
        for at in [now, later] {
            for &id in &ids {
                let full = get(&conn, id, 6, at).unwrap();
                let room = room_state(&conn, id, at).unwrap();
                let freelancer = full.submitted_by.clone().unwrap_or(full.profile.clone());
                assert_eq!(
                    room,
                    RoomState {
                        id,
                        job_id: full.job_id,
                        agency_id: full.agency_id,
                        freelancer,
                        status: full.status,
                        submitted_at: full.submitted_at,
                        room_opened_at: full.room_opened_at,
                    },
                    "proposal {id} at {at}"
                );
                assert_eq!(
                    viewing(&conn, id).unwrap(),
                    (full.submitted_at, full.client_viewed_at)
                );
                assert_eq!(client_viewed_at(&conn, id).unwrap(), full.client_viewed_at);
                agency += usize::from(full.agency_id.is_some());
                specialized += usize::from(full.profile != "general");
                offered += usize::from(full.status == ProposalStatus::Offered);
                let stored: ProposalStatus = conn
                    .query_row("SELECT status FROM proposals WHERE id = ?1", [id], |r| {
                        r.get(0)
                    })
                    .unwrap();
                changed += usize::from(stored != full.status);
            }
        }
        assert!(
            agency > 0 && specialized > 0 && offered > 0 && changed > 0,
            "{agency} agency, {specialized} specialized, {offered} offered, {changed} shown otherwise than stored"
        );
        assert!(
            matches!(room_state(&conn, 999_999, now), Err(e) if e.to_string().contains("no proposal 999999"))
        );
    }
}
