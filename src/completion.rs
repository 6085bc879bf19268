//! Dynamic completion of record ids (clap_complete's engine): `lancer invite accept <TAB>`
//! offers the answerable invites with their job titles, and every id argument offers only the
//! records its verb accepts. Completion reads the store named by `--db` on the line being
//! completed, else `LANCER_DB`, else the default store, read-only, and offers nothing when
//! there is none.

use clap_complete::engine::CompletionCandidate;
use rusqlite::{Connection, OpenFlags};

/// The `--db` of the command line being completed (the shell passes it to the completer as
/// this process's arguments).
fn db_on_line() -> Option<std::path::PathBuf> {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let mut found = None;
    for (i, a) in args.iter().enumerate() {
        let a = a.to_string_lossy();
        if a == "--db" {
            found = args.get(i + 1).map(std::path::PathBuf::from);
        } else if let Some(v) = a.strip_prefix("--db=") {
            found = Some(std::path::PathBuf::from(v));
        }
    }
    found.filter(|p| !p.as_os_str().is_empty())
}

fn candidates(sql: &str) -> Vec<CompletionCandidate> {
    let path = match db_on_line().or_else(|| std::env::var_os("LANCER_DB").map(Into::into)) {
        Some(p) => match crate::commands::db_location(&p) {
            Ok(p) => p,
            Err(_) => return Vec::new(),
        },
        None => match crate::commands::default_db_path() {
            Ok(p) => p,
            Err(_) => return Vec::new(),
        },
    };
    let conn = if crate::store::server_url(&path).is_some() {
        // A short wait: a completion that hangs is worse than none.
        match crate::store::Store::open(&path, 2_000, crate::store::Create::Nothing) {
            Ok(store) => store.conn,
            Err(_) => return Vec::new(),
        }
    } else {
        match Connection::open_with_flags(&path, OpenFlags::SQLITE_OPEN_READ_ONLY) {
            Ok(conn) => crate::store::db::Db::Sqlite(conn),
            Err(_) => return Vec::new(),
        }
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

/// Proposals still in play (submitted, active, offered): what withdraw, boost, edit and the
/// client's marks accept.
pub fn live_proposals() -> Vec<CompletionCandidate> {
    candidates(
        "SELECT p.id, j.title || ' (' || p.status || ')' FROM proposals p JOIN jobs j ON j.id = p.job_id \
         WHERE p.status IN ('submitted', 'active', 'offered') ORDER BY p.submitted_at DESC LIMIT 200",
    )
}

/// Proposals the client has not opened yet (submitted).
pub fn unviewed_proposals() -> Vec<CompletionCandidate> {
    candidates(
        "SELECT p.id, j.title FROM proposals p JOIN jobs j ON j.id = p.job_id \
         WHERE p.status = 'submitted' AND p.client_viewed_at IS NULL \
         ORDER BY p.submitted_at DESC LIMIT 200",
    )
}

/// Proposals with a message room.
pub fn rooms() -> Vec<CompletionCandidate> {
    candidates(
        "SELECT p.id, j.title || ' (' || p.status || ')' FROM proposals p JOIN jobs j ON j.id = p.job_id \
         WHERE p.room_opened_at IS NOT NULL OR p.status IN ('submitted', 'active', 'offered') \
         ORDER BY p.submitted_at DESC LIMIT 200",
    )
}

/// Every offer, newest first.
pub fn all_offers() -> Vec<CompletionCandidate> {
    candidates(
        "SELECT o.id, j.title || ' (' || o.status || ')' FROM offers o \
         JOIN proposals p ON p.id = o.proposal_id JOIN jobs j ON j.id = p.job_id \
         ORDER BY o.received_at DESC LIMIT 200",
    )
}

/// Jobs, newest first.
pub fn jobs() -> Vec<CompletionCandidate> {
    candidates(
        "SELECT id, title || ' (' || status || ')' FROM jobs ORDER BY posted_at DESC LIMIT 200",
    )
}

/// Open jobs, newest first: what proposals, invites, edits and closing accept.
pub fn open_jobs() -> Vec<CompletionCandidate> {
    candidates("SELECT id, title FROM jobs WHERE status = 'open' ORDER BY posted_at DESC LIMIT 200")
}

/// Clients, by name.
pub fn clients() -> Vec<CompletionCandidate> {
    candidates("SELECT id, name FROM clients ORDER BY name LIMIT 200")
}

/// Your profiles, the general one first.
pub fn profiles() -> Vec<CompletionCandidate> {
    candidates(
        "SELECT id, name || ' (' || kind || ')' FROM profiles ORDER BY kind = 'specialized', id LIMIT 200",
    )
}

/// Agencies, by name.
pub fn agencies() -> Vec<CompletionCandidate> {
    candidates("SELECT id, name FROM agencies ORDER BY name LIMIT 200")
}

/// Every contract, newest first.
pub fn contracts() -> Vec<CompletionCandidate> {
    candidates(
        "SELECT id, title || ' (' || status || ')' FROM contracts ORDER BY id DESC LIMIT 200",
    )
}

/// Contracts that have not ended: what `contract end` accepts.
pub fn running_contracts() -> Vec<CompletionCandidate> {
    candidates(
        "SELECT id, title || ' (' || status || ')' FROM contracts WHERE status <> 'ended' \
         ORDER BY id DESC LIMIT 200",
    )
}

/// Catalog projects, by title.
pub fn catalog() -> Vec<CompletionCandidate> {
    candidates("SELECT id, title FROM catalog_projects ORDER BY title LIMIT 200")
}
