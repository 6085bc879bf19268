//! A store on a PostgreSQL server: connecting (to whichever host of the URL takes writes),
//! the schema's migrations under a lock, and the write path.
//!
//! Writes keep SQLite's guarantee of one writer at a time, which lancer's rules rely on (they
//! read, then write: a balance, then a spend). Each change takes a session advisory lock,
//! then runs in a `SERIALIZABLE` transaction. The lock is taken before `BEGIN`: taken inside,
//! the transaction's snapshot would predate the wait and the change would fail with a
//! serialization error after every wait. Waiting for the lock is bounded by `lock_timeout`
//! (the busy timeout). A change that fails with a serialization failure or a deadlock, or
//! whose connection is lost before it commits, is run again on a new connection, until the
//! busy timeout has passed; then the command ends with exit 5.

use std::str::FromStr;
use std::time::{Duration, Instant};

use super::db::{Db, Pg, pg_error, pg_failure};
use super::{APPLICATION_ID, Create, schema_version};
use crate::error::{Error, Result, ServerFailure};

/// The advisory lock every change holds ("LNCR").
const WRITE_LOCK: i64 = APPLICATION_ID;
/// The advisory lock a migration holds.
const MIGRATE_LOCK: i64 = APPLICATION_ID + 1;

/// The schema on a server: the version each script brings the store to. A server store starts
/// at the schema SQLite's migrations 1 to 6 make; later versions follow SQLite's numbering.
const MIGRATIONS: &[(i64, &str)] = &[
    (6, include_str!("migrations/pg/006_schema.sql")),
    (7, include_str!("migrations/pg/007_letter_window_kept.sql")),
];

/// A server URL (or anything like one) without its password, for messages: the password of
/// `user:password@` and any `password=` parameter are left out.
pub fn redacted(url: &str) -> String {
    static USERINFO: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(://[^:/@?]*):[^@/?]*@").expect("a valid pattern")
    });
    static PARAM: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)(password\s*=\s*)('[^']*'|[^&\s]*)").expect("a valid pattern")
    });
    let url = USERINFO.replace_all(url, "$1@");
    PARAM.replace_all(&url, "${1}***").into_owned()
}

/// Connects, retrying until `deadline` while no host takes writes (a failover).
pub(super) fn connect(
    config: &postgres::Config,
    url: &str,
    deadline: Instant,
) -> Result<postgres::Client> {
    loop {
        match config.connect(postgres::NoTls) {
            Ok(client) => return Ok(client),
            Err(e) => {
                let failure = pg_error(e);
                let passes = pg_failure(&failure).is_some_and(|f| f.unavailable());
                if !passes || Instant::now() >= deadline {
                    let why = pg_failure(&failure)
                        .map(|f| f.message.clone())
                        .unwrap_or_else(|| failure.to_string());
                    return Err(Error::store(format!(
                        "cannot reach a PostgreSQL server that takes writes at {} ({why})",
                        redacted(url)
                    ))
                    .hint("check the URL and that the cluster has a leader; LANCER_BUSY_TIMEOUT_MS sets how long to wait"));
                }
                std::thread::sleep(Duration::from_millis(200));
            }
        }
    }
}

fn session(url: &str, busy_timeout_ms: u64) -> Result<Pg> {
    // The scheme in any case, as other tools take it.
    let url = &match url.split_once("://") {
        Some((scheme, rest)) => format!("{}://{rest}", scheme.to_ascii_lowercase()),
        None => url.to_string(),
    };
    let mut config = postgres::Config::from_str(url).map_err(|e| {
        Error::usage(format!("--db: not a PostgreSQL URL ({e})"))
            .hint("for example postgresql://user@host1:5432,host2:5432/lancer?target_session_attrs=read-write")
    })?;
    if config.get_connect_timeout().is_none() {
        config.connect_timeout(Duration::from_millis(busy_timeout_ms.clamp(1_000, 10_000)));
    }
    // Only a host that takes writes: after a failover, the old leader may come back a standby.
    config.target_session_attrs(postgres::config::TargetSessionAttrs::ReadWrite);
    config.application_name("lancer");
    let deadline = Instant::now() + Duration::from_millis(busy_timeout_ms);
    let client = connect(&config, url, deadline)?;
    let pg = Pg::new(client, config, url.to_string(), busy_timeout_ms);
    pg.batch(&pg.session_settings())?;
    Ok(pg)
}

/// Opens the store at `url`, creating its tables when the database has none and `create`
/// allows, and migrating it; a database holding other tables, or a store of a newer lancer,
/// is refused untouched.
/// Also says whether the store was created now.
pub fn open(url: &str, busy_timeout_ms: u64, create: Create, dry: bool) -> Result<(Db, bool)> {
    let db = Db::Pg(Box::new(session(url, busy_timeout_ms)?));
    let created = migrate(&db, url, create, dry)?;
    Ok((db, created))
}

fn migrate(db: &Db, url: &str, create: Create, dry: bool) -> Result<bool> {
    let Db::Pg(pg) = db else {
        unreachable!("a server store")
    };
    let version = |db: &Db| -> Result<Option<i64>> {
        let has_meta: bool =
            db.query_row("SELECT to_regclass('lancer_meta') IS NOT NULL", [], |r| {
                r.get(0)
            })?;
        if !has_meta {
            return Ok(None);
        }
        let found: Vec<(i64, i64)> = db
            .prepare("SELECT application_id, schema_version FROM lancer_meta")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let [(app, version)] = found[..] else {
            return Err(Error::store(format!(
                "the store at {} is damaged: its lancer_meta table holds {} rows, not one",
                redacted(url),
                found.len()
            ))
            .hint("restore it from a backup; it was left untouched"));
        };
        if app != APPLICATION_ID {
            return Err(not_ours(url));
        }
        Ok(Some(version))
    };
    if version(db)? == Some(schema_version()) {
        return Ok(false);
    }
    let mut created = false;
    pg.batch(&format!(
        "BEGIN; SELECT pg_advisory_xact_lock({MIGRATE_LOCK})"
    ))?;
    let done = (|| -> Result<()> {
        let current = version(db)?;
        if current.is_some_and(|v| v > schema_version()) {
            return Err(Error::store(format!(
                "the store at {} was made by a newer lancer (schema {}, this lancer knows {})",
                redacted(url),
                current.unwrap_or(0),
                schema_version()
            ))
            .hint("upgrade lancer; the store was left untouched"));
        }
        let from = match current {
            Some(v) => v,
            None => {
                // Tables, views, sequences… of anything else in lancer's schema.
                let tables: i64 = db.query_row(
                    "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
                     WHERE n.nspname = current_schema()",
                    [],
                    |r| r.get(0),
                )?;
                if tables > 0 {
                    return Err(not_ours(url));
                }
                if create == Create::Nothing {
                    return Err(Error::store(format!(
                        "there is no store in the database {}",
                        redacted(url)
                    ))
                    .hint("create a store with `lancer db init`, or check --db / LANCER_DB"));
                }
                db.execute_batch(
                    "CREATE TABLE lancer_meta (application_id BIGINT NOT NULL, schema_version BIGINT NOT NULL)",
                )?;
                db.execute("INSERT INTO lancer_meta VALUES (?1, 0)", [APPLICATION_ID])?;
                created = true;
                0
            }
        };
        for (version, sql) in MIGRATIONS {
            if *version > from {
                pg.batch(sql)?;
                db.execute("UPDATE lancer_meta SET schema_version = ?1", [version])?;
            }
        }
        Ok(())
    })();
    match done {
        // A dry run where there is no store yet works on one made in this transaction, which
        // is never committed (as SQLite's dry run works on a store in memory).
        Ok(()) if dry && created => {
            pg.set_uncommitted();
            Ok(created)
        }
        Ok(()) => {
            pg.batch("COMMIT")?;
            Ok(created)
        }
        Err(e) => {
            let _ = pg.batch("ROLLBACK");
            Err(e)
        }
    }
}

fn not_ours(url: &str) -> Error {
    Error::store(format!(
        "the database {} is not a lancer store: it holds other tables or objects",
        redacted(url)
    ))
    .hint("give lancer a database of its own (createdb lancer); this one was left untouched")
}

/// Runs `f` as one change: see the module's notes.
pub fn write<T>(db: &Db, dry_run: bool, mut f: impl FnMut(&Db) -> Result<T>) -> Result<T> {
    let Db::Pg(pg) = db else {
        unreachable!("a server write on a server store")
    };
    if pg.uncommitted() {
        // Inside the never-committed transaction of a dry run on a new store: each change
        // is undone to a savepoint.
        pg.batch("SAVEPOINT change")?;
        let value = f(db);
        pg.batch("ROLLBACK TO SAVEPOINT change")?;
        return value;
    }
    let deadline = Instant::now() + Duration::from_millis(pg.busy_timeout_ms());
    let mut conflicts = 0;
    loop {
        let mut committing = false;
        let attempt = (|| -> Result<T> {
            // Two messages: in one, the lock's SELECT would start the transaction.
            pg.batch(&format!("SELECT pg_advisory_lock({WRITE_LOCK})"))?;
            pg.batch("BEGIN ISOLATION LEVEL SERIALIZABLE")?;
            let value = f(db)?;
            committing = true;
            pg.batch(if dry_run { "ROLLBACK" } else { "COMMIT" })?;
            Ok(value)
        })();
        let again = match &attempt {
            Ok(_) => false,
            Err(e) => match e.server {
                Some(ServerFailure::Conflict) => {
                    conflicts += 1;
                    conflicts <= 20
                }
                // A commit whose answer was lost may have taken effect: not run twice.
                Some(ServerFailure::Unavailable) => !committing && Instant::now() < deadline,
                _ => false,
            },
        };
        if pg.is_closed() {
            if attempt.is_ok() {
                return attempt;
            }
            if again {
                pg.reconnect(deadline)?;
                continue;
            }
            return attempt.map_err(|e| lost(e, committing));
        }
        if attempt.is_err() {
            let _ = pg.batch("ROLLBACK");
        }
        // Ids a rolled-back change drew stay drawn on a server; SQLite takes the next id from
        // the table. Put the sequences back (no other change runs while the lock is held), so
        // that a dry run or a refusal leaves the next ids as they were.
        if dry_run || attempt.is_err() {
            let _ = sequences_past_ids(db);
        }
        let _ = pg.batch(&format!("SELECT pg_advisory_unlock({WRITE_LOCK})"));
        if !again {
            return attempt;
        }
    }
}

/// The error for a change whose connection was lost.
fn lost(e: Error, committing: bool) -> Error {
    if committing {
        Error::store(format!(
            "the connection to the server was lost while the change was committing, so it may or may not have been saved ({})",
            e.message
        ))
        .hint("look before running it again (e.g. `lancer connects history`)")
    } else {
        e
    }
}

/// Moves every table's id sequence past the largest id the table holds (after rows were
/// written with ids of their own); nothing on SQLite.
pub fn sequences_past_ids(db: &Db) -> Result<()> {
    if !db.is_pg() {
        return Ok(());
    }
    let tables: Vec<String> = db
        .prepare(
            "SELECT table_name::text FROM information_schema.columns \
             WHERE table_schema = current_schema() AND column_name = 'id' AND is_identity = 'YES' \
             ORDER BY 1",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for t in tables {
        db.query_row(
            &format!(
                "SELECT setval(pg_get_serial_sequence('{t}', 'id'), coalesce(max(id), 0) + 1, false) FROM {t}"
            ),
            [],
            |_| Ok(()),
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_left_out_of_shown_urls() {
        for (url, shown) in [
            (
                "postgresql://lancer:s3cret@db1:5432,db2/pipeline?sslmode=disable",
                "postgresql://lancer@db1:5432,db2/pipeline?sslmode=disable",
            ),
            (
                "postgres://lancer@h/p?password=s3cret&target_session_attrs=read-write",
                "postgres://lancer@h/p?password=***&target_session_attrs=read-write",
            ),
            ("postgress://u:s3cret@h/p", "postgress://u@h/p"),
            (
                "host=h password='s3 cret' dbname=p",
                "host=h password=*** dbname=p",
            ),
            ("postgresql://h/p", "postgresql://h/p"),
        ] {
            assert_eq!(redacted(url), shown, "{url}");
        }
    }
}
