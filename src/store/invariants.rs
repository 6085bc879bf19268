//! The store's invariants (SPEC §2, I1–I8), checked with a few set-based queries each.
//!
//! `db check` reports every violation; `import` refuses a file that leaves one behind. Times
//! are RFC 3339 UTC text with whole seconds, so comparing the text orders them. States that
//! depend on the clock are derived as of `now`: an offer stored `open` whose `expires_at` has
//! passed is expired, and a proposal stored `offered` whose only open offer has expired is
//! `active` (the rows recording such expiries are written by the next changing command).
//! I9 (reading never writes) is a property of the commands, not of a stored file.

use crate::store::db::{Db, Row};
use jiff::Timestamp;
use rusqlite::types::Value as SqlValue;

use crate::error::Result;
use crate::rules::contact::{Finding, find_contact_info};

/// One broken invariant: which, and the rows that break it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Violation {
    /// "I1" … "I8".
    pub invariant: &'static str,
    /// What is wrong, naming the table(s) and row ids.
    pub problem: String,
}

/// Every invariant checked here, with the name `db check` shows it under.
pub const INVARIANTS: &[(&str, &str)] = &[
    ("I1", "I1_invite_proposal_links"),
    ("I2", "I2_one_live_proposal"),
    ("I3", "I3_offered_has_open_offer"),
    ("I4", "I4_hired_has_contract"),
    ("I5", "I5_closed_job_settled"),
    ("I6", "I6_connects_ledger"),
    ("I7", "I7_no_contact_before_contract"),
    ("I8", "I8_times_ordered"),
];

/// How many problems are listed per invariant before "and N more".
pub const LISTED: usize = 20;

/// Collects the problems of one invariant, listing the first [`LISTED`].
struct Problems<'c> {
    conn: &'c Db,
    now: String,
    invariant: &'static str,
    listed: Vec<String>,
    more: usize,
}

impl<'c> Problems<'c> {
    fn new(conn: &'c Db, now: &str, invariant: &'static str) -> Self {
        Problems {
            conn,
            now: now.to_string(),
            invariant,
            listed: Vec::new(),
            more: 0,
        }
    }

    fn add(&mut self, problem: impl FnOnce() -> String) {
        if self.listed.len() < LISTED {
            self.listed.push(problem());
        } else {
            self.more += 1;
        }
    }

    /// Runs `sql` (with `?1` bound to now when it uses it) and adds a problem per row.
    fn query(
        &mut self,
        sql: &str,
        describe: impl Fn(&Row<'_>) -> rusqlite::Result<String>,
    ) -> Result<()> {
        let mut stmt = self.conn.prepare(sql)?;
        let params: Vec<SqlValue> = if stmt.parameter_count() > 0 {
            vec![SqlValue::Text(self.now.clone())]
        } else {
            Vec::new()
        };
        let mut rows = stmt.query(crate::store::db::Values(&params))?;
        while let Some(row) = rows.next()? {
            if self.listed.len() < LISTED {
                self.listed.push(describe(&row)?);
            } else {
                self.more += 1;
            }
        }
        Ok(())
    }

    fn finish(self, out: &mut Vec<Violation>) {
        let invariant = self.invariant;
        out.extend(
            self.listed
                .into_iter()
                .map(|problem| Violation { invariant, problem }),
        );
        if self.more > 0 {
            out.push(Violation {
                invariant,
                problem: format!("and {} more", self.more),
            });
        }
    }
}

/// How many problems `violations` stand for, counting the ones an "and N more" entry leaves
/// unlisted.
pub fn count(violations: &[Violation]) -> usize {
    violations
        .iter()
        .map(|v| {
            v.problem
                .strip_prefix("and ")
                .and_then(|rest| rest.strip_suffix(" more"))
                .and_then(|n| n.parse().ok())
                .unwrap_or(1)
        })
        .sum()
}

fn opt(v: Option<i64>) -> String {
    v.map_or_else(|| "none".to_string(), |v| v.to_string())
}

/// Every violation of I1–I8 in the store, as of `now`, grouped by invariant in order.
pub fn check(conn: &Db, now: Timestamp) -> Result<Vec<Violation>> {
    let now = crate::clock::whole_seconds(now).to_string();
    let mut out = Vec::new();
    for check in [i1, i2, i3, i4, i5, i6, i7, i8] {
        check(conn, &now, &mut out)?;
    }
    Ok(out)
}

/// I1: an accepted invite and its proposal point at each other; no other invite has one;
/// `responded_at` is set exactly for accepted and declined invites and not before receipt.
fn i1(conn: &Db, now: &str, out: &mut Vec<Violation>) -> Result<()> {
    let mut p = Problems::new(conn, now, "I1");
    // A proposal answers its invite's job, on that job's pay type (R10), and an offer is on
    // its proposal's pay type.
    p.query(
        "SELECT 'proposal ' || q.id || ' is for job ' || q.job_id || ', but its invite ' || i.id || ' is for job ' || i.job_id \
         FROM proposals q JOIN invites i ON i.id = q.invite_id WHERE i.job_id <> q.job_id \
         UNION ALL \
         SELECT 'proposal ' || q.id || ' is ' || q.pay_type || ', but its job ' || j.id || ' is ' || j.pay_type \
         FROM proposals q JOIN jobs j ON j.id = q.job_id WHERE q.pay_type <> j.pay_type \
         UNION ALL \
         SELECT 'offer ' || o.id || ' is ' || o.pay_type || ', but its proposal ' || q.id || ' is ' || q.pay_type \
         FROM offers o JOIN proposals q ON q.id = o.proposal_id WHERE o.pay_type <> q.pay_type \
         UNION ALL \
         SELECT 'proposal ' || q.id || ' names ' || q.submitted_by || ' as its submitter, ' || CASE WHEN q.agency_id IS NULL \
           THEN 'but it is not an agency proposal' ELSE 'who is not a member of agency ' || q.agency_id END \
         FROM proposals q WHERE q.submitted_by IS NOT NULL AND (q.agency_id IS NULL OR NOT EXISTS (\
           SELECT 1 FROM agency_members m WHERE m.agency_id = q.agency_id AND m.name = q.submitted_by)) \
         UNION ALL \
         SELECT 'offer ' || o.id || ' was accepted by ' || o.accepted_by || ', ' || CASE WHEN q.agency_id IS NULL \
           THEN 'but its proposal ' || q.id || ' is not an agency proposal' \
           ELSE 'who is not a member of agency ' || q.agency_id END \
         FROM offers o JOIN proposals q ON q.id = o.proposal_id WHERE o.accepted_by IS NOT NULL AND (q.agency_id IS NULL OR NOT EXISTS (\
           SELECT 1 FROM agency_members m WHERE m.agency_id = q.agency_id AND m.name = o.accepted_by)) \
",
        |r| r.get(0),
    )?;
    // Milestones: each has a description, a due date and whole cents of at least the minimum,
    // and together they make the bid.
    let milestones = if conn.is_pg() {
        format!(
            "SELECT 'proposal ' || q.id || ': milestone ' || m.n || ' ' || CASE \
               WHEN jsonb_typeof(m.value->'description') IS DISTINCT FROM 'string' \
                 OR jsonb_typeof(m.value->'due_date') IS DISTINCT FROM 'string' \
                 OR jsonb_typeof(m.value->'amount_cents') IS DISTINCT FROM 'number' \
                 OR (m.value->>'amount_cents') !~ '^-?[0-9]+$' \
               THEN 'needs a description, a due_date and an amount_cents' \
               ELSE 'is ' || (m.value->>'amount_cents') || ' cents, under the {min} a milestone needs' END \
             FROM proposals q, jsonb_array_elements(q.milestones::jsonb) WITH ORDINALITY AS m(value, n) \
             WHERE q.milestones <> '[]' AND ( \
               jsonb_typeof(m.value->'description') IS DISTINCT FROM 'string' \
               OR jsonb_typeof(m.value->'due_date') IS DISTINCT FROM 'string' \
               OR jsonb_typeof(m.value->'amount_cents') IS DISTINCT FROM 'number' \
               OR (m.value->>'amount_cents') !~ '^-?[0-9]+$' \
               OR CASE WHEN jsonb_typeof(m.value->'amount_cents') = 'number' \
                  THEN (m.value->>'amount_cents')::numeric < {min} ELSE false END) \
             UNION ALL \
             SELECT 'proposal ' || q.id || ': its milestones add up to ' || sum(CASE WHEN jsonb_typeof(m.value->'amount_cents') = 'number' THEN (m.value->>'amount_cents')::numeric END) || ' cents, but its bid is ' || coalesce(CAST(q.bid_cents AS TEXT), 'none') \
             FROM proposals q, jsonb_array_elements(q.milestones::jsonb) AS m(value) WHERE q.milestones <> '[]' \
             GROUP BY q.id HAVING sum(CASE WHEN jsonb_typeof(m.value->'amount_cents') = 'number' THEN (m.value->>'amount_cents')::numeric END) IS DISTINCT FROM q.bid_cents",
            min = crate::rules::money::MILESTONE_MIN.0
        )
    } else {
        format!(
            "SELECT 'proposal ' || q.id || ': milestone ' || (m.key + 1) || ' ' || CASE \
           WHEN json_type(m.value, '$.description') IS NOT 'text' OR json_type(m.value, '$.due_date') IS NOT 'text' \
             OR json_type(m.value, '$.amount_cents') IS NOT 'integer' \
           THEN 'needs a description, a due_date and an amount_cents' \
           ELSE 'is ' || json_extract(m.value, '$.amount_cents') || ' cents, under the {min} a milestone needs' END \
         FROM proposals q, json_each(q.milestones) m WHERE q.milestones <> '[]' AND ( \
           json_type(m.value, '$.description') IS NOT 'text' OR json_type(m.value, '$.due_date') IS NOT 'text' \
           OR json_type(m.value, '$.amount_cents') IS NOT 'integer' OR json_extract(m.value, '$.amount_cents') < {min}) \
         UNION ALL \
         SELECT 'proposal ' || q.id || ': its milestones add up to ' || sum(json_extract(m.value, '$.amount_cents')) || ' cents, but its bid is ' || coalesce(q.bid_cents, 'none') \
         FROM proposals q, json_each(q.milestones) m WHERE q.milestones <> '[]' \
         GROUP BY q.id HAVING sum(json_extract(m.value, '$.amount_cents')) IS NOT q.bid_cents",
            min = crate::rules::money::MILESTONE_MIN.0
        )
    };
    p.query(&milestones, |r| r.get(0))?;
    p.query(
        "SELECT i.id, i.proposal_id, q.id, q.invite_id FROM invites i \
         LEFT JOIN proposals q ON q.id = i.proposal_id \
         WHERE i.status = 'accepted' AND (q.id IS NULL OR q.invite_id IS NOT i.id)",
        |r| {
            let (invite, proposal): (i64, Option<i64>) = (r.get(0)?, r.get(1)?);
            Ok(match (proposal, r.get::<_, Option<i64>>(2)?) {
                (None, _) => format!("invite {invite} is accepted but has no proposal"),
                (Some(p), None) => {
                    format!("invite {invite} is accepted but its proposal {p} does not exist")
                }
                (Some(p), Some(_)) => format!(
                    "invite {invite} is accepted with proposal {p}, but proposal {p} points at invite {}",
                    opt(r.get(3)?)
                ),
            })
        },
    )?;
    p.query(
        "SELECT id, status, proposal_id FROM invites \
         WHERE status <> 'accepted' AND proposal_id IS NOT NULL",
        |r| {
            Ok(format!(
                "invite {} is {} but points at proposal {}",
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?
            ))
        },
    )?;
    p.query(
        "SELECT q.id, q.invite_id, i.status, i.proposal_id FROM proposals q \
         JOIN invites i ON i.id = q.invite_id \
         WHERE q.invite_id IS NOT NULL AND i.proposal_id IS NOT q.id",
        |r| {
            Ok(format!(
                "proposal {} points at invite {} ({}), which points at proposal {}",
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
                opt(r.get(3)?)
            ))
        },
    )?;
    p.query(
        "SELECT id, status, responded_at, received_at FROM invites \
         WHERE (status IN ('accepted', 'declined')) <> (responded_at IS NOT NULL) \
            OR responded_at < received_at",
        |r| {
            let (id, status): (i64, String) = (r.get(0)?, r.get(1)?);
            Ok(match r.get::<_, Option<String>>(2)? {
                None => format!("invite {id} is {status} but has no responded_at"),
                Some(at) => {
                    let received: String = r.get(3)?;
                    if status == "accepted" || status == "declined" {
                        format!("invite {id} was responded to at {at}, before it was received at {received}")
                    } else {
                        format!("invite {id} is {status} but has responded_at {at}")
                    }
                }
            })
        },
    )?;
    p.finish(out);
    Ok(())
}

/// I2: at most one live proposal per job and profile owner (the agency for agency
/// proposals, otherwise the freelancer with all of their profiles).
fn i2(conn: &Db, now: &str, out: &mut Vec<Violation>) -> Result<()> {
    let mut p = Problems::new(conn, now, "I2");
    let live = crate::live_proposal!("status");
    p.query(
        &format!(
            "SELECT job_id, agency_id, string_agg(CAST(id AS TEXT), ', ' ORDER BY id) \
             FROM proposals WHERE {live} GROUP BY job_id, agency_id HAVING count(*) > 1"
        ),
        |r| {
            let owner = match r.get::<_, Option<i64>>(1)? {
                None => "the freelancer".to_string(),
                Some(a) => format!("agency {a}"),
            };
            Ok(format!(
                "job {} has more than one live proposal of {owner}: proposals {}",
                r.get::<_, i64>(0)?,
                r.get::<_, String>(2)?
            ))
        },
    )?;
    p.finish(out);
    Ok(())
}

/// I3: a proposal is offered exactly when it has one open, unexpired offer; every open,
/// unexpired offer belongs to an offered proposal on an open job.
fn i3(conn: &Db, now: &str, out: &mut Vec<Violation>) -> Result<()> {
    let mut p = Problems::new(conn, now, "I3");
    // Stored `offered` with an open offer that has expired is `active` as of now: valid.
    p.query(
        "SELECT q.id FROM proposals q WHERE q.status = 'offered' \
         AND NOT EXISTS (SELECT 1 FROM offers o WHERE o.proposal_id = q.id AND o.status = 'open')",
        |r| {
            Ok(format!(
                "proposal {} is offered but has no open offer",
                r.get::<_, i64>(0)?
            ))
        },
    )?;
    p.query(
        "SELECT proposal_id, string_agg(CAST(id AS TEXT), ', ' ORDER BY id) FROM offers \
         WHERE status = 'open' GROUP BY proposal_id HAVING count(*) > 1",
        |r| {
            Ok(format!(
                "proposal {} has more than one open offer: offers {}",
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?
            ))
        },
    )?;
    // One open offer at a time, over time too: an offer arrives only after the proposal's
    // previous one ended (answered, withdrawn or expired).
    p.query(
        "SELECT b.id, b.proposal_id, b.received_at, a.id FROM offers a \
         JOIN offers b ON b.proposal_id = a.proposal_id AND b.id <> a.id \
         WHERE (a.received_at < b.received_at OR (a.received_at = b.received_at AND a.id < b.id)) \
           AND b.received_at < (CASE WHEN a.responded_at < a.expires_at THEN a.responded_at ELSE a.expires_at END)",
        |r| {
            Ok(format!(
                "offer {} (proposal {}) arrived at {} while offer {} was still open",
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, i64>(3)?
            ))
        },
    )?;
    p.query(
        "SELECT o.id, o.proposal_id, q.status, j.id, j.status FROM offers o \
         JOIN proposals q ON q.id = o.proposal_id JOIN jobs j ON j.id = q.job_id \
         WHERE o.status = 'open' AND o.expires_at > ?1 \
           AND (q.status <> 'offered' OR j.status <> 'open')",
        |r| {
            let (offer, proposal, status): (i64, i64, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
            let (job, job_status): (i64, String) = (r.get(3)?, r.get(4)?);
            Ok(if status != "offered" {
                format!("offer {offer} is open but its proposal {proposal} is {status}")
            } else {
                format!(
                    "offer {offer} (proposal {proposal}) is open but its job {job} is {job_status}"
                )
            })
        },
    )?;
    p.finish(out);
    Ok(())
}

/// I4: a proposal is hired exactly when it has one accepted offer and one contract; an
/// accepted offer has exactly one contract; at most one hire per job and profile owner.
fn i4(conn: &Db, now: &str, out: &mut Vec<Violation>) -> Result<()> {
    let mut p = Problems::new(conn, now, "I4");
    p.query(
        "SELECT id, accepted, contracts FROM (SELECT q.id, \
           (SELECT count(*) FROM offers o WHERE o.proposal_id = q.id AND o.status = 'accepted') AS accepted, \
           (SELECT count(*) FROM contracts c WHERE c.proposal_id = q.id) AS contracts \
         FROM proposals q WHERE q.status = 'hired') AS h WHERE accepted <> 1 OR contracts <> 1",
        |r| {
            Ok(format!(
                "proposal {} is hired with {} accepted offers and {} contracts (one each expected)",
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?
            ))
        },
    )?;
    p.query(
        "SELECT o.id, o.proposal_id, q.status FROM offers o JOIN proposals q ON q.id = o.proposal_id \
         WHERE o.status = 'accepted' AND q.status <> 'hired'",
        |r| {
            Ok(format!(
                "offer {} is accepted but its proposal {} is {}",
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?
            ))
        },
    )?;
    p.query(
        "SELECT c.id, c.proposal_id, q.status FROM contracts c JOIN proposals q ON q.id = c.proposal_id \
         WHERE q.status <> 'hired'",
        |r| {
            Ok(format!(
                "contract {} belongs to proposal {}, which is {} and not hired",
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?
            ))
        },
    )?;
    p.query(
        "SELECT id, n FROM (SELECT o.id, (SELECT count(*) FROM contracts c WHERE c.offer_id = o.id) AS n \
         FROM offers o WHERE o.status = 'accepted') AS a WHERE n <> 1",
        |r| {
            Ok(format!(
                "offer {} is accepted but has {} contracts (one expected)",
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?
            ))
        },
    )?;
    p.query(
        "SELECT c.id, c.offer_id, o.status, c.proposal_id, o.proposal_id FROM contracts c \
         JOIN offers o ON o.id = c.offer_id \
         WHERE o.status <> 'accepted' OR c.proposal_id IS NOT o.proposal_id",
        |r| {
            let (contract, offer, status): (i64, i64, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
            Ok(if status != "accepted" {
                format!("contract {contract} comes from offer {offer}, which is {status}")
            } else {
                format!(
                    "contract {contract} belongs to proposal {} but its offer {offer} to proposal {}",
                    opt(r.get(3)?),
                    r.get::<_, i64>(4)?
                )
            })
        },
    )?;
    p.query(
        "SELECT job_id, agency_id, string_agg(CAST(id AS TEXT), ', ' ORDER BY id) \
         FROM proposals WHERE status = 'hired' GROUP BY job_id, agency_id HAVING count(*) > 1",
        |r| {
            let owner = match r.get::<_, Option<i64>>(1)? {
                None => "the freelancer".to_string(),
                Some(a) => format!("agency {a}"),
            };
            Ok(format!(
                "job {} has more than one hire of {owner}: proposals {}",
                r.get::<_, i64>(0)?,
                r.get::<_, String>(2)?
            ))
        },
    )?;
    p.finish(out);
    Ok(())
}

/// I5: a closed job has no pending or archived invite, no live proposal and no open offer.
fn i5(conn: &Db, now: &str, out: &mut Vec<Violation>) -> Result<()> {
    let mut p = Problems::new(conn, now, "I5");
    let live = crate::live_proposal!("q.status");
    p.query(
        "SELECT i.id, i.status, j.id FROM jobs j JOIN invites i ON i.job_id = j.id \
         WHERE j.status = 'closed' AND i.status IN ('pending', 'archived')",
        |r| {
            Ok(format!(
                "invite {} is {} on closed job {}",
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?
            ))
        },
    )?;
    p.query(
        &format!(
            "SELECT q.id, q.status, j.id FROM jobs j JOIN proposals q ON q.job_id = j.id \
             WHERE j.status = 'closed' AND {live}"
        ),
        |r| {
            Ok(format!(
                "proposal {} is {} on closed job {}",
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?
            ))
        },
    )?;
    p.query(
        "SELECT o.id, o.proposal_id, j.id FROM offers o JOIN proposals q ON q.id = o.proposal_id \
         JOIN jobs j ON j.id = q.job_id WHERE o.status = 'open' AND j.status = 'closed'",
        |r| {
            Ok(format!(
                "offer {} (proposal {}) is open on closed job {}",
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?
            ))
        },
    )?;
    p.finish(out);
    Ok(())
}

/// I6: the ledger adds up per account (R50); a refund never exceeds what was spent on its
/// entity, and a proposal's own cost is never refunded to a withdrawn, declined or hired
/// proposal. A boost refund (R18, entity "boost") is given when a live proposal is outbid,
/// so only its amount is checked.
fn i6(conn: &Db, now: &str, out: &mut Vec<Violation>) -> Result<()> {
    let mut p = Problems::new(conn, now, "I6");
    for problem in crate::store::connects::check(conn)? {
        p.add(|| problem);
    }
    p.query(
        "SELECT entity, entity_id, refunded, spent FROM (\
           SELECT entity, entity_id, \
             sum(CASE WHEN kind = 'refund' THEN amount ELSE 0 END) AS refunded, \
             -sum(CASE WHEN kind = 'spend' THEN amount ELSE 0 END) AS spent \
           FROM connects_ledger WHERE kind IN ('spend', 'refund') \
           GROUP BY entity, entity_id) AS t WHERE refunded > spent",
        |r| {
            let entity: Option<String> = r.get(0)?;
            let what = match entity {
                Some(e) => format!("{e} {}", opt(r.get(1)?)),
                None => "no entity".to_string(),
            };
            Ok(format!(
                "connects_ledger refunds {} Connects for {what}, which was spent {}",
                r.get::<_, i64>(2)?,
                r.get::<_, i64>(3)?
            ))
        },
    )?;
    // What a proposal shows it cost is what the ledger spent on it (R18, R51).
    p.query(
        "SELECT id, connects_spent, boost_connects, spent, boosted FROM (SELECT q.id, q.connects_spent, q.boost_connects, \
           coalesce((SELECT -sum(amount) FROM connects_ledger g WHERE g.kind = 'spend' \
             AND g.entity = 'proposal' AND g.entity_id = q.id), 0) AS spent, \
           coalesce((SELECT -sum(amount) FROM connects_ledger g WHERE g.kind = 'spend' \
             AND g.entity = 'boost' AND g.entity_id = q.id), 0) AS boosted \
         FROM proposals q) AS t WHERE connects_spent <> spent OR boost_connects <> boosted",
        |r| {
            let (id, shown, boost, spent, boosted): (i64, i64, i64, i64, i64) =
                (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?);
            Ok(if shown != spent {
                format!("proposal {id} shows {shown} Connects spent, but the ledger spent {spent} on it")
            } else {
                format!("proposal {id} shows a boost of {boost} Connects, but the ledger spent {boosted} on its boost")
            })
        },
    )?;
    p.query(
        "SELECT g.id, g.entity_id, q.status FROM connects_ledger g \
         JOIN proposals q ON q.id = g.entity_id \
         WHERE g.entity = 'proposal' AND g.kind = 'refund' \
           AND q.status IN ('withdrawn', 'declined', 'hired')",
        |r| {
            Ok(format!(
                "connects_ledger row {} refunds proposal {}, which is {}",
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?
            ))
        },
    )?;
    p.finish(out);
    Ok(())
}

/// Names a text's row from its id and its parent's (or the answer's number).
type NameRow = dyn Fn(i64, Option<i64>) -> String;

fn findings(found: &[Finding]) -> String {
    found
        .iter()
        .map(Finding::describe)
        .collect::<Vec<_>>()
        .join(", ")
}

/// I7: no text written before a contract carries contact information (R30): cover letters,
/// screening answers, attachment names, withdraw and decline messages, and messages sent
/// before the proposal's contract started. A referral (R5) may hold an email.
fn i7(conn: &Db, now: &str, out: &mut Vec<Violation>) -> Result<()> {
    let mut p = Problems::new(conn, now, "I7");
    // (query giving id, parent id (or NULL), text; how to name the row)
    let texts: [(&str, &NameRow); 8] = [
        (
            "SELECT id, NULL, cover_letter FROM proposals WHERE cover_letter IS NOT NULL",
            &|id, _| format!("proposal {id}: cover letter"),
        ),
        (
            if conn.is_pg() {
                "SELECT q.id, m.n, m.value->>'description' \
                 FROM proposals q, jsonb_array_elements(q.milestones::jsonb) WITH ORDINALITY AS m(value, n) \
                 WHERE q.milestones <> '[]'"
            } else {
                "SELECT q.id, m.key + 1, json_extract(m.value, '$.description') \
                 FROM proposals q, json_each(q.milestones) m WHERE q.milestones <> '[]'"
            },
            &|id, n| format!("proposal {id}: milestone {}", opt(n)),
        ),
        (
            if conn.is_pg() {
                "SELECT q.id, a.n, CASE jsonb_typeof(a.value) WHEN 'object' THEN a.value->>'answer' \
                 WHEN 'string' THEN a.value #>> '{}' END \
                 FROM proposals q, jsonb_array_elements(q.answers::jsonb) WITH ORDINALITY AS a(value, n) \
                 WHERE q.answers <> '[]'"
            } else {
                "SELECT q.id, a.key + 1, CASE a.type WHEN 'object' THEN json_extract(a.value, '$.answer') \
                 WHEN 'text' THEN a.value END FROM proposals q, json_each(q.answers) a \
                 WHERE q.answers <> '[]'"
            },
            &|id, n| format!("proposal {id}: answer {}", opt(n)),
        ),
        (
            "SELECT id, NULL, status_message FROM proposals WHERE status_message IS NOT NULL",
            &|id, _| format!("proposal {id}: withdraw message"),
        ),
        ("SELECT id, proposal_id, name FROM attachments", &|id, q| {
            format!("attachment {id} (proposal {}): name", opt(q))
        }),
        (
            "SELECT id, NULL, decline_message FROM invites WHERE decline_message IS NOT NULL",
            &|id, _| format!("invite {id}: decline message"),
        ),
        (
            "SELECT id, proposal_id, decline_message FROM offers WHERE decline_message IS NOT NULL",
            &|id, q| format!("offer {id} (proposal {}): decline message", opt(q)),
        ),
        (
            "SELECT m.id, m.proposal_id, m.body FROM messages m WHERE NOT EXISTS (\
               SELECT 1 FROM contracts c WHERE c.proposal_id = m.proposal_id AND c.started_at <= m.sent_at)",
            &|id, q| {
                format!(
                    "message {id} (proposal {}), sent before a contract started",
                    opt(q)
                )
            },
        ),
    ];
    for (sql, name) in texts {
        let mut stmt = conn.prepare(sql)?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let found = row.with_ref(2, |cell| {
                Ok(match cell {
                    rusqlite::types::ValueRef::Text(bytes) => {
                        find_contact_info(&String::from_utf8_lossy(bytes))
                    }
                    _ => Vec::new(),
                })
            })?;
            if !found.is_empty() {
                let (id, parent): (i64, Option<i64>) = (row.get(0)?, row.get(1)?);
                p.add(|| {
                    format!(
                        "{} carries contact information: {}",
                        name(id, parent),
                        findings(&found)
                    )
                });
            }
        }
    }
    p.finish(out);
    Ok(())
}

/// I8: times are ordered: a job is posted before its invites arrive and its proposals are
/// submitted; an invite is received before it is viewed or answered; a proposal is submitted
/// before the client views it, and viewed before an offer on it arrives; an offer is received
/// after its proposal was submitted and not after now; a contract starts after its offer arrived and ends after it
/// started.
fn i8(conn: &Db, now: &str, out: &mut Vec<Violation>) -> Result<()> {
    let mut p = Problems::new(conn, now, "I8");
    let queries: [&str; 14] = [
        "SELECT 'proposal ' || q.id || ' was edited at ' || q.edited_at || ', before it was submitted at ' || q.submitted_at \
         FROM proposals q WHERE q.edited_at < q.submitted_at \
         UNION ALL \
         SELECT 'offer ' || o.id || ' was received at ' || o.received_at || ', before proposal ' || q.id || ' was last edited at ' || q.edited_at \
         FROM offers o JOIN proposals q ON q.id = o.proposal_id WHERE o.received_at < q.edited_at",
        "SELECT 'invite ' || id || CASE \
           WHEN interview_required = 0 THEN ' has interview times but requires no interview' \
           WHEN interview_started_at < received_at THEN '''s interview started at ' || interview_started_at || ', before it was received at ' || received_at \
           ELSE '''s interview was submitted at ' || interview_submitted_at || ', before it started' END \
         FROM invites WHERE (interview_required = 0 AND (interview_started_at IS NOT NULL OR interview_submitted_at IS NOT NULL)) \
           OR interview_started_at < received_at \
           OR (interview_submitted_at IS NOT NULL AND (interview_started_at IS NULL OR interview_submitted_at < interview_started_at))",
        "SELECT 'job ' || id || ' was posted at ' || posted_at || ', after now (' || ?1 || ')' FROM jobs WHERE posted_at > ?1 \
         UNION ALL SELECT 'invite ' || id || ' was received at ' || received_at || ', after now (' || ?1 || ')' FROM invites WHERE received_at > ?1 \
         UNION ALL SELECT 'proposal ' || id || ' was submitted at ' || submitted_at || ', after now (' || ?1 || ')' FROM proposals WHERE submitted_at > ?1 \
         UNION ALL SELECT 'message ' || id || ' was sent at ' || sent_at || ', after now (' || ?1 || ')' FROM messages WHERE sent_at > ?1 \
         UNION ALL SELECT 'contract ' || id || ' started at ' || started_at || ', after now (' || ?1 || ')' FROM contracts WHERE started_at > ?1",
        "SELECT 'message ' || m.id || ' was sent at ' || m.sent_at || CASE WHEN q.room_opened_at IS NULL \
           THEN ', but proposal ' || q.id || ' has no open room' \
           ELSE ', before the room of proposal ' || q.id || ' opened at ' || q.room_opened_at END \
         FROM messages m JOIN proposals q ON q.id = m.proposal_id \
         WHERE q.room_opened_at IS NULL OR m.sent_at < q.room_opened_at",
        "SELECT 'invite ' || i.id || ' was received at ' || i.received_at || ', before its job ' || j.id || ' was posted at ' || j.posted_at \
         FROM invites i JOIN jobs j ON j.id = i.job_id WHERE i.received_at < j.posted_at",
        "SELECT 'proposal ' || q.id || ' was submitted at ' || q.submitted_at || ', before its job ' || j.id || ' was posted at ' || j.posted_at \
         FROM proposals q JOIN jobs j ON j.id = q.job_id WHERE q.submitted_at < j.posted_at",
        "SELECT 'offer ' || o.id || ' was received at ' || o.received_at || ', before the client viewed proposal ' || q.id || ' at ' || q.client_viewed_at \
         FROM offers o JOIN proposals q ON q.id = o.proposal_id WHERE o.received_at < q.client_viewed_at",
        "SELECT 'invite ' || id || ' was viewed at ' || viewed_at || ', before it was received at ' || received_at \
         FROM invites WHERE viewed_at < received_at",
        "SELECT 'invite ' || id || ' was responded to at ' || responded_at || ', before it was received at ' || received_at \
         FROM invites WHERE responded_at < received_at",
        "SELECT 'proposal ' || id || ' was viewed by the client at ' || client_viewed_at || ', before it was submitted at ' || submitted_at \
         FROM proposals WHERE client_viewed_at < submitted_at",
        "SELECT 'offer ' || o.id || ' was received at ' || o.received_at || ', before its proposal ' || q.id || ' was submitted at ' || q.submitted_at \
         FROM offers o JOIN proposals q ON q.id = o.proposal_id WHERE o.received_at < q.submitted_at \
         UNION ALL \
         SELECT 'offer ' || id || ' was received at ' || received_at || ', after now (' || ?1 || ')' \
         FROM offers WHERE received_at > ?1",
        "SELECT 'contract ' || c.id || ' started at ' || c.started_at || ', before its offer ' || o.id || ' was received at ' || o.received_at \
         FROM contracts c JOIN offers o ON o.id = c.offer_id WHERE c.started_at < o.received_at",
        "SELECT 'job ' || j.id || ' closed at ' || j.closed_at || ', before ' || what || ' at ' || at FROM jobs j JOIN (\
           SELECT job_id, 'it was posted' AS what, posted_at AS at FROM (SELECT id AS job_id, posted_at FROM jobs) AS posted \
           UNION ALL SELECT job_id, 'invite ' || id || ' was received', received_at FROM invites \
           UNION ALL SELECT job_id, 'proposal ' || id || ' was submitted', submitted_at FROM proposals \
           UNION ALL SELECT q.job_id, 'offer ' || o.id || ' was received', o.received_at FROM offers o JOIN proposals q ON q.id = o.proposal_id \
         ) t ON t.job_id = j.id WHERE j.closed_at < t.at",
        "SELECT 'offer ' || id || ' was answered at ' || responded_at || ', before it was received at ' || received_at \
         FROM offers WHERE responded_at < received_at \
         UNION ALL \
         SELECT 'contract ' || id || ' ended at ' || ended_at || ', before it started at ' || started_at \
         FROM contracts WHERE ended_at < started_at",
    ];
    for sql in queries {
        p.query(sql, |r| r.get(0))?;
    }
    p.finish(out);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_are_listed_up_to_the_cap_and_counted_beyond_it() {
        let conn = crate::store::memory();
        let now: Timestamp = "2026-03-10T12:00:00Z".parse().unwrap();
        conn.execute_batch(
            "INSERT INTO clients (id, name, created_at) VALUES (1, 'Acme', '2026-01-01T00:00:00Z');
             INSERT INTO jobs (id, client_id, title, pay_type, fixed_cents, connects_cost, posted_at, created_at)
               VALUES (1, 1, 'T', 'fixed', 30000, 4, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');",
        )
        .unwrap();
        assert_eq!(check(&conn, now).unwrap(), Vec::new());
        for _ in 0..25 {
            conn.execute(
                "INSERT INTO invites (job_id, kind, received_at, viewed_at, created_at) \
                 VALUES (1, 'client', '2026-02-02T00:00:00Z', '2026-02-01T00:00:00Z', '2026-02-02T00:00:00Z')",
                [],
            )
            .unwrap();
        }
        let found = check(&conn, now).unwrap();
        assert_eq!(found.len(), LISTED + 1);
        assert!(found.iter().all(|v| v.invariant == "I8"));
        assert_eq!(
            found[0].problem,
            "invite 1 was viewed at 2026-02-01T00:00:00Z, before it was received at 2026-02-02T00:00:00Z"
        );
        assert_eq!(found[LISTED].problem, "and 5 more");
        assert_eq!(count(&found), 25);
    }
}
