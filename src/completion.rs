//! Dynamic completion of record ids (clap_complete's engine): `lancer invite accept <TAB>`
//! offers the answerable invites with their job titles. Completion reads the store named by
//! `LANCER_DB` (or the default store), read-only, and offers nothing when there is none.

use clap_complete::engine::CompletionCandidate;
use rusqlite::{Connection, OpenFlags};

fn candidates(sql: &str) -> Vec<CompletionCandidate> {
    let path = match std::env::var_os("LANCER_DB") {
        Some(p) => std::path::PathBuf::from(p),
        None => match crate::commands::default_db_path() {
            Ok(p) => p,
            Err(_) => return Vec::new(),
        },
    };
    let Ok(conn) = Connection::open_with_flags(&path, OpenFlags::SQLITE_OPEN_READ_ONLY) else {
        return Vec::new();
    };
    let Ok(mut stmt) = conn.prepare(sql) else {
        return Vec::new();
    };
    let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)));
    match rows {
        Ok(rows) => rows
            .flatten()
            .map(|(id, label)| CompletionCandidate::new(id.to_string()).help(Some(label.into())))
            .collect(),
        Err(_) => Vec::new(),
    }
}

/// Invites that can still be answered (pending or ignored), newest first.
pub fn open_invites() -> Vec<CompletionCandidate> {
    candidates(
        "SELECT i.id, j.title || ' (' || i.status || ')' FROM invites i JOIN jobs j ON j.id = i.job_id \
         WHERE i.status IN ('pending', 'archived') ORDER BY i.received_at DESC LIMIT 200",
    )
}

/// Every invite, newest first.
pub fn all_invites() -> Vec<CompletionCandidate> {
    candidates(
        "SELECT i.id, j.title || ' (' || i.status || ')' FROM invites i JOIN jobs j ON j.id = i.job_id \
         ORDER BY i.received_at DESC LIMIT 200",
    )
}

/// Proposals, newest first.
pub fn proposals() -> Vec<CompletionCandidate> {
    candidates(
        "SELECT p.id, j.title || ' (' || p.status || ')' FROM proposals p JOIN jobs j ON j.id = p.job_id \
         ORDER BY p.submitted_at DESC LIMIT 200",
    )
}

/// Offers not yet answered.
pub fn open_offers() -> Vec<CompletionCandidate> {
    candidates(
        "SELECT o.id, j.title FROM offers o JOIN proposals p ON p.id = o.proposal_id JOIN jobs j ON j.id = p.job_id \
         WHERE o.status = 'open' ORDER BY o.received_at DESC LIMIT 200",
    )
}

/// Jobs, newest first.
pub fn jobs() -> Vec<CompletionCandidate> {
    candidates("SELECT id, title FROM jobs ORDER BY posted_at DESC LIMIT 200")
}
