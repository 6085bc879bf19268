//! The SQLite store: opening, migrations, transactions, and the queries of each entity.

pub mod agencies;
pub mod clients;
pub mod connects;
pub mod db;
pub mod events;
pub mod invariants;
pub mod invites;
pub mod jobs;
pub mod messages;
pub mod offers;
pub mod profiles;
pub mod proposals;
pub mod server;
pub mod settings;
pub mod stats;
pub mod transfer;

use self::db::{Db, Row};
use std::fs::OpenOptions;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;
use std::time::Duration as StdDuration;

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};
use rusqlite::{Connection, OptionalExtension, Transaction};
use rusqlite_migration::{M, Migrations};

use crate::error::{Error, Result};

/// How much of the store file is read through a memory map.
const MMAP_BYTES: i64 = 1 << 30;

/// Marks a SQLite file as a lancer store (`PRAGMA application_id`, "LNCR").
pub const APPLICATION_ID: i64 = 0x4C4E_4352;

/// Default busy timeout (SPEC §4), overridable with `LANCER_BUSY_TIMEOUT_MS`.
pub const DEFAULT_BUSY_TIMEOUT_MS: u64 = 10_000;

static MIGRATIONS: LazyLock<Migrations<'static>> = LazyLock::new(|| {
    Migrations::new(vec![
        M::up(include_str!("migrations/001_foundation.sql")),
        M::up(include_str!("migrations/002_invites_connects.sql")),
        M::up(include_str!("migrations/003_offers_contracts.sql")),
        M::up(include_str!("migrations/004_child_key_indexes.sql")),
        M::up(include_str!("migrations/005_pipeline_integrity.sql")),
        M::up_with_hook("", unfold_check_lists),
        M::up(include_str!("migrations/007_letter_window_kept.sql")),
    ])
});

/// Migration 6: every CHECK of the form `col IN (a, b, c, …)` with three or more values is
/// rewritten as `(col = a OR col = b OR …)`, which means the same (NULL passes both). SQLite
/// builds a temporary table for an IN list of three or more values each time it checks a
/// written row; the OR chain is a few comparisons. Seeding 100,000 invites writes several
/// hundred thousand rows and spent about a quarter of its time there.
///
/// The table texts are edited in place the way SQLite documents for changing CHECK
/// constraints (writable schema, then a new schema version), inside the migration's
/// transaction; the rows already satisfy the constraints, since these are equivalent.
fn unfold_check_lists(tx: &Transaction<'_>) -> rusqlite_migration::HookResult {
    let version: i64 = tx.query_row("PRAGMA schema_version", [], |r| r.get(0))?;
    let tables: Vec<(String, String)> = tx
        .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql IS NOT NULL")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    tx.pragma_update(None, "writable_schema", true)?;
    for (name, sql) in tables {
        let unfolded = unfold_in_lists(&sql);
        if unfolded != sql {
            tx.execute(
                "UPDATE sqlite_schema SET sql = ?1 WHERE type = 'table' AND name = ?2",
                [&unfolded, &name],
            )?;
        }
    }
    tx.pragma_update(None, "schema_version", version + 1)?;
    tx.pragma_update(None, "writable_schema", false)?;
    Ok(())
}

/// `col IN (a, b, c)` → `(col = a OR col = b OR col = c)` for lists of three or more plain
/// values (numbers and quoted words, as lancer's schema writes them); shorter lists, which
/// SQLite already compares one by one, are left as they are.
fn unfold_in_lists(sql: &str) -> String {
    static IN_LIST: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r"(\w+) IN \(((?:\s*(?:'[^',]*'|-?\d+)\s*,)+\s*(?:'[^',]*'|-?\d+)\s*)\)")
            .expect("a valid pattern")
    });
    IN_LIST
        .replace_all(sql, |c: &regex::Captures<'_>| {
            let values: Vec<&str> = c[2].split(',').map(str::trim).collect();
            if values.len() < 3 {
                return c[0].to_string();
            }
            let column = &c[1];
            let tests: Vec<String> = values.iter().map(|v| format!("{column} = {v}")).collect();
            format!("({})", tests.join(" OR "))
        })
        .into_owned()
}

/// An up-to-date store in memory, for tests.
#[cfg(test)]
pub fn memory() -> Db {
    let mut conn = Connection::open_in_memory().expect("an in-memory store");
    MIGRATIONS.to_latest(&mut conn).expect("the migrations run");
    Db::Sqlite(conn)
}

/// The migrations, for tests that build a store in memory.
pub fn migrations() -> &'static Migrations<'static> {
    &MIGRATIONS
}

/// How many migrations this lancer knows: the `user_version` of an up-to-date store.
pub fn schema_version() -> i64 {
    MIGRATIONS_LEN as i64
}
const MIGRATIONS_LEN: usize = 7;

pub struct Store {
    pub conn: Db,
    /// The file, or the server's URL (which may hold a password: see [`shown`]).
    pub path: PathBuf,
    /// Whether opening it created it.
    pub created: bool,
}

/// The store's location as lancer prints it: the path, or the server's URL without its
/// password.
pub fn shown(path: &Path) -> String {
    // Anything that looks like a connection string (a mistyped scheme too) is shown without
    // a password.
    let text = path.display().to_string();
    if text.contains("://") || text.contains("password") {
        server::redacted(&text)
    } else {
        text
    }
}

/// A file of no bytes, with no write-ahead log beside it holding pages not yet copied in.
fn is_empty_file(path: &Path) -> bool {
    let len = |p: &Path| {
        std::fs::metadata(p)
            .ok()
            .filter(|m| m.is_file())
            .map(|m| m.len())
    };
    let mut log = path.as_os_str().to_owned();
    log.push("-wal");
    len(path) == Some(0) && len(Path::new(&log)).unwrap_or(0) == 0
}

/// Takes back a store file this run made and left empty (a `db copy` that failed): the file
/// is removed, or emptied again when it was an empty file before, and so are SQLite's files
/// beside it. Best effort: what cannot be removed stays, an empty store.
pub fn unmake_file(path: &Path, existed: bool) {
    for suffix in ["-wal", "-shm", "-journal"] {
        let mut side = path.as_os_str().to_owned();
        side.push(suffix);
        let _ = std::fs::remove_file(Path::new(&side));
    }
    if existed {
        let _ = std::fs::OpenOptions::new()
            .write(true)
            .truncate(true)
            .open(path);
    } else {
        let _ = std::fs::remove_file(path);
    }
}

/// What opening a store may create when there is none at the path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Create {
    /// Nothing: a read of a missing store is an error (exit 5), not a silent empty world.
    Nothing,
    /// The file, in a folder that must exist.
    File,
    /// The file and any missing folders (the default location, `db init`).
    FileAndFolders,
}

impl Store {
    /// Opens and migrates the store at `path`, creating it (mode 0600) if missing and `create`
    /// allows. A file that is not a lancer store, or one from a newer lancer, is refused
    /// untouched.
    pub fn open(path: &Path, busy_timeout_ms: u64, create: Create) -> Result<Store> {
        Self::open_as(path, busy_timeout_ms, create, false)
    }

    /// [`Store::open`] for `--dry-run`: where there is no store yet, one is made in memory
    /// (migrated, empty) instead of on disk, after the same checks of the path, so that a
    /// dry run of a first change shows what it would do and leaves no file behind.
    pub fn open_dry(path: &Path, busy_timeout_ms: u64, create: Create) -> Result<Store> {
        Self::open_as(path, busy_timeout_ms, create, true)
    }

    fn open_as(path: &Path, busy_timeout_ms: u64, create: Create, dry: bool) -> Result<Store> {
        if let Some(url) = server_url(path) {
            let (conn, created) = server::open(url, busy_timeout_ms, create, dry)?;
            return Ok(Store {
                conn,
                path: path.to_path_buf(),
                created,
            });
        }
        // An empty file (made by `mktemp`, say) holds no store yet: reading it is reading no
        // store, and only a change makes one in it.
        let empty = is_empty_file(path);
        let fresh = empty || !path.exists();
        if fresh {
            if create == Create::Nothing {
                let what = if empty { "an empty file" } else { "no store" };
                return Err(Error::store(format!("there is {what} at {}", shown(path)))
                    .hint("create a store with `lancer db init`, or check --db / LANCER_DB"));
            }
            if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                if !parent.is_dir() && create == Create::File {
                    return Err(Error::store(format!(
                        "the folder {} does not exist",
                        shown(parent)
                    ))
                    .hint(format!(
                        "check the path, or create the store with `lancer --db {} db init`",
                        shown(path)
                    )));
                }
                if !dry {
                    std::fs::create_dir_all(parent).map_err(|e| {
                        Error::store(format!("cannot create the folder {}: {e}", shown(parent)))
                    })?;
                }
            }
            if dry {
                let conn = Connection::open_in_memory()?;
                conn.pragma_update(None, "foreign_keys", "ON")?;
                let mut store = Store {
                    conn: Db::Sqlite(conn),
                    path: path.to_path_buf(),
                    created: true,
                };
                store.migrate()?;
                return Ok(store);
            }
            // Create the file ourselves so it is private from the first byte.
            match create_private(path) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    // A symbolic link to nothing yet: the file it names is made private too.
                    if std::fs::metadata(path).is_err()
                        && let Ok(dest) = std::fs::read_link(path)
                    {
                        let dest = path.parent().map_or(dest.clone(), |p| p.join(&dest));
                        let _ = create_private(&dest);
                    }
                }
                Err(e) => {
                    return Err(Error::store(format!(
                        "cannot create the store {}: {e}",
                        shown(path)
                    ))
                    .hint("check the permissions of the folder, or pass --db PATH"));
                }
            }
        } else if path.is_dir() {
            return Err(Error::store(format!(
                "{} is a folder, not a lancer store",
                shown(path)
            )));
        }
        let conn = Connection::open(path)
            .map_err(|e| Error::from(e).hint(format!("the store is {}", shown(path))))?;
        conn.busy_timeout(StdDuration::from_millis(busy_timeout_ms))?;
        check_identity(&conn, path)?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(Error::store(format!(
                "cannot switch the store {} to WAL mode (it stays '{mode}')",
                shown(path)
            )));
        }
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        // Read pages through a memory map rather than a copy per page (`pread`). Mapped pages
        // are the kernel's page cache, shared and reclaimable, not memory lancer allocates.
        conn.pragma_update(None, "mmap_size", MMAP_BYTES)?;
        // Handlers, seed and import reuse a few dozen statements; keep them all prepared.
        conn.set_prepared_statement_cache_capacity(256);
        let mut store = Store {
            conn: Db::Sqlite(conn),
            path: path.to_path_buf(),
            created: fresh,
        };
        store.migrate()?;
        Ok(store)
    }

    /// Brings a SQLite store up to this lancer's schema (a server's is migrated on opening).
    fn migrate(&mut self) -> Result<()> {
        let Db::Sqlite(conn) = &mut self.conn else {
            return Ok(());
        };
        let current = |conn: &Connection| -> Result<i64> {
            Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
        };
        if current(conn)? == schema_version() {
            return Ok(());
        }
        match MIGRATIONS.to_latest(conn) {
            Ok(()) => Ok(()),
            // Another process opening the same new store may have migrated it first.
            Err(_) if current(conn)? == schema_version() => Ok(()),
            Err(e) => Err(e.into()),
        }
    }

    /// A larger page cache for one big transaction (seed, import), so it does not spill to
    /// disk; left small otherwise so that reading memory stays flat as the store grows.
    /// It also gives the connection more lookaside slots (SQLite's fast allocator for its
    /// small objects) than the handful a short command starts with.
    pub fn use_large_cache(&self) -> Result<()> {
        let Some(conn) = self.conn.sqlite() else {
            return Ok(());
        };
        conn.pragma_update(None, "cache_size", -65_536)?;
        conn.flush_prepared_statement_cache();
        // SAFETY: the handle is this open connection's, no statement of it is running (the
        // cache was just emptied), and SQLite allocates the slots itself (a null buffer).
        let rc = unsafe {
            rusqlite::ffi::sqlite3_db_config(
                conn.handle(),
                rusqlite::ffi::SQLITE_DBCONFIG_LOOKASIDE,
                std::ptr::null_mut::<std::ffi::c_void>(),
                1200 as std::ffi::c_int,
                500 as std::ffi::c_int,
            )
        };
        // Busy (lookaside memory still in use) only leaves the allocator as it was.
        debug_assert!(rc == rusqlite::ffi::SQLITE_OK || rc == rusqlite::ffi::SQLITE_BUSY);
        Ok(())
    }

    /// Runs `f` in one `BEGIN IMMEDIATE` transaction. With `dry_run` everything `f` did is
    /// rolled back, so the returned value shows what would have happened.
    ///
    /// On a server the change runs under [`server::write`]: one writer at a time, run again
    /// after a serialization failure or a lost connection (so `f` may be called more than once).
    pub fn write<T>(&mut self, dry_run: bool, mut f: impl FnMut(&Db) -> Result<T>) -> Result<T> {
        match &self.conn {
            Db::Sqlite(conn) => {
                conn.execute_batch("BEGIN IMMEDIATE")?;
                // The transaction is the connection's state: `f` reads and writes through it.
                let done = f(&self.conn).and_then(|value| {
                    let end = if dry_run { "ROLLBACK" } else { "COMMIT" };
                    self.conn.execute_batch(end)?;
                    Ok(value)
                });
                if done.is_err() && !self.conn.sqlite().is_some_and(|c| c.is_autocommit()) {
                    let _ = self.conn.execute_batch("ROLLBACK");
                }
                done
            }
            Db::Pg(_) => server::write(&self.conn, dry_run, f),
        }
    }

    /// [`Store::write`] for a bulk load into a store that no other connection has open: the
    /// transaction runs under SQLite's rollback journal instead of the write-ahead log, and
    /// the log is back when it ends, committed or not. Pages a store did not have before are
    /// written once, straight into the file: the log would take each page, and again each
    /// time the cache spilled it, then copy them all into the file at the checkpoint (seeding
    /// 100,000 invites: about 98,000 page writes and 54,000 reads back, against 23,000
    /// writes). All or nothing still holds: a load cut short leaves a journal that the next
    /// open rolls back. While it runs, other processes wait for the store or give up (exit
    /// 5) instead of reading the state before it. With another connection open, the switch
    /// is not possible and the load runs under the log, as [`Store::write`] does.
    pub fn write_bulk<T>(&mut self, dry_run: bool, f: impl FnMut(&Db) -> Result<T>) -> Result<T> {
        let journaled = !dry_run && self.switch_journal("DELETE")?;
        let value = self.write(dry_run, f);
        if journaled {
            // Every open puts the log back in any case, so a failure here only delays it
            // to the next command; the load's own outcome is what is reported.
            let _ = self.switch_journal("WAL");
        }
        value
    }

    /// Sets the journal mode without waiting on other connections (switching away from the
    /// log needs the store to itself); true when the store is now in `mode`.
    fn switch_journal(&self, mode: &str) -> Result<bool> {
        let Some(conn) = self.conn.sqlite() else {
            return Ok(false);
        };
        let wait: i64 = conn.query_row("PRAGMA busy_timeout", [], |r| r.get(0))?;
        conn.busy_timeout(StdDuration::ZERO)?;
        let now = conn.query_row(&format!("PRAGMA journal_mode = {mode}"), [], |r| {
            r.get::<_, String>(0)
        });
        conn.busy_timeout(StdDuration::from_millis(wait.max(0) as u64))?;
        Ok(now.is_ok_and(|m| m.eq_ignore_ascii_case(mode)))
    }
}

/// The URL in `--db` when it names a PostgreSQL server.
pub fn server_url(path: &Path) -> Option<&str> {
    let text = path.to_str()?;
    let scheme = text.split_once("://")?.0.to_ascii_lowercase();
    matches!(scheme.as_str(), "postgres" | "postgresql").then_some(text)
}

/// Refuses files that are not lancer stores or come from a newer lancer, before any write.
fn check_identity(conn: &Connection, path: &Path) -> Result<()> {
    let not_ours = |why: &str| {
        Error::store(format!("{} is not a lancer store: {why}", shown(path)))
            .hint("pass --db PATH to use another file; this one was left untouched")
    };
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|e| match &e {
            rusqlite::Error::SqliteFailure(f, _)
                if matches!(f.code, rusqlite::ErrorCode::NotADatabase) =>
            {
                not_ours("it is not a SQLite database")
            }
            _ => Error::from(e),
        })?;
    let app: i64 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    let tables: i64 = conn.query_row(
        "SELECT count(*) FROM sqlite_schema WHERE type = 'table'",
        [],
        |r| r.get(0),
    )?;
    if app != APPLICATION_ID && (version != 0 || tables != 0) {
        return Err(not_ours("it is a SQLite database made by another program"));
    }
    if version > schema_version() {
        return Err(Error::store(format!(
            "the store {} was made by a newer lancer (schema {version}, this lancer knows {})",
            shown(path),
            schema_version()
        ))
        .hint("upgrade lancer; the store was left untouched"));
    }
    Ok(())
}

/// Looks a record up by `id` (a whole number) or `uid`; exit 3 when neither matches.
pub fn resolve(conn: &Db, table: &str, what: &str, key: &str) -> Result<i64> {
    let by_id = match key.parse::<i64>() {
        Ok(id) => conn
            .prepare_cached(&format!("SELECT id FROM {table} WHERE id = ?1"))?
            .query_row([id], |r| r.get::<_, i64>(0))
            .optional()?,
        Err(_) => None,
    };
    if let Some(id) = by_id {
        return Ok(id);
    }
    conn.prepare_cached(&format!("SELECT id FROM {table} WHERE uid = ?1"))?
        .query_row([key], |r| r.get::<_, i64>(0))
        .optional()?
        .ok_or_else(|| {
            Error::not_found(format!("no {what} with id or uid '{key}'"))
                .hint(format!("list them with: lancer {} list", noun_of(table)))
        })
}

/// What `PRAGMA integrity_check` finds wrong with the file (nothing when it is sound).
pub fn integrity_problems(conn: &Db) -> Result<Vec<String>> {
    // A server checks its own pages.
    let Some(conn) = conn.sqlite() else {
        return Ok(Vec::new());
    };
    let found: Vec<String> = conn
        .prepare("PRAGMA integrity_check")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(found.into_iter().filter(|s| s != "ok").collect())
}

/// Rows that point at rows that do not exist (`PRAGMA foreign_key_check`).
pub fn foreign_key_problems(conn: &Db) -> Result<Vec<String>> {
    if conn.is_pg() {
        return Ok(foreign_key_check(conn)?
            .into_iter()
            .map(|(table, id, parent)| format!("{table} row {id} points at a missing {parent}"))
            .collect());
    }
    let Some(conn) = conn.sqlite() else {
        return Ok(Vec::new());
    };
    Ok(conn
        .prepare("PRAGMA foreign_key_check")?
        .query_map([], |r| {
            Ok(format!(
                "{} row {} points at a missing {}",
                r.get::<_, String>(0)?,
                r.get::<_, Option<i64>>(1)?.unwrap_or(0),
                r.get::<_, String>(2)?
            ))
        })?
        .collect::<rusqlite::Result<_>>()?)
}

/// Rows whose reference points at no row, as (table, id, referenced table), in the order
/// `PRAGMA foreign_key_check` gives them on SQLite. On a server the keys are enforced (the
/// deferred ones at commit), so this finds what a transaction has not committed yet.
pub fn foreign_key_check(conn: &Db) -> Result<Vec<(String, i64, String)>> {
    if let Some(sqlite) = conn.sqlite() {
        return Ok(sqlite
            .prepare("PRAGMA foreign_key_check")?
            .query_map([], |r| {
                Ok((
                    r.get(0)?,
                    r.get::<_, Option<i64>>(1)?.unwrap_or(0),
                    r.get(2)?,
                ))
            })?
            .collect::<rusqlite::Result<_>>()?);
    }
    let keys: Vec<(String, String, String, String)> = conn
        .prepare(
            "SELECT c.conrelid::regclass::text, c.confrelid::regclass::text, a.attname::text, f.attname::text \
             FROM pg_constraint c \
             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] \
             JOIN pg_attribute f ON f.attrelid = c.confrelid AND f.attnum = c.confkey[1] \
             WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace \
             ORDER BY 1, 3",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut found = Vec::new();
    for (table, parent, column, key) in keys {
        let ids: Vec<i64> = conn
            .prepare(&format!(
                "SELECT t.id FROM {table} t WHERE t.{column} IS NOT NULL \
                 AND NOT EXISTS (SELECT 1 FROM {parent} p WHERE p.{key} = t.{column}) ORDER BY t.id"
            ))?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        found.extend(
            ids.into_iter()
                .map(|id| (table.clone(), id, parent.clone())),
        );
    }
    Ok(found)
}

/// Writes a consistent copy of the live store to `target` (`VACUUM INTO`).
/// Creates an empty file that only its owner can read or write (0600); fails if one exists.
pub fn create_private(path: &Path) -> std::io::Result<()> {
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map(|_| ())
}

pub fn backup_into(conn: &Db, target: &str) -> Result<()> {
    let Some(conn) = conn.sqlite() else {
        return Err(Error::store(
            "db backup copies a SQLite store; back a PostgreSQL store up with `lancer export` or pg_dump",
        ));
    };
    conn.execute("VACUUM INTO ?1", [target])?;
    Ok(())
}

/// How many rows a table holds.
pub fn count(conn: &Db, table: &str) -> Result<i64> {
    Ok(conn
        .prepare_cached(&format!("SELECT count(*) FROM {table}"))?
        .query_row([], |r| r.get(0))?)
}

/// The command-line noun that lists a table's records.
fn noun_of(table: &str) -> &str {
    match table {
        "catalog_projects" => "catalog",
        other => other,
    }
}

/// Refuses a uid another record of the table already carries.
pub fn check_uid_free(
    conn: &Db,
    table: &str,
    what: &str,
    uid: Option<&str>,
    except: Option<i64>,
) -> Result<()> {
    let Some(uid) = uid else { return Ok(()) };
    if uid.trim().is_empty() {
        return Err(Error::usage("a uid cannot be empty"));
    }
    // An argument that names a record is tried as an id first, so a uid of digits alone
    // could never be reached.
    if uid.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Error::usage(format!(
            "the uid '{uid}' is all digits, which reads as an id; add a letter (e.g. 'x{uid}')"
        )));
    }
    let taken: Option<i64> = conn
        .prepare_cached(&format!("SELECT id FROM {table} WHERE uid = ?1"))?
        .query_row([uid], |r| r.get(0))
        .optional()?;
    match taken {
        Some(id) if Some(id) != except => Err(Error::refused(format!(
            "{what} {id} already has the uid '{uid}'"
        ))
        .detail("existing_id", id)),
        _ => Ok(()),
    }
}

/// A JSON text column holding a list of strings.
/// Whether `text` is a timestamp exactly as the store writes one and as output prints it:
/// `YYYY-MM-DDTHH:MM:SSZ`, whole seconds in UTC, a real date and time. Such text reads back as
/// itself (parsing it and printing the result gives the same bytes), so a reader may pass it
/// through; anything else goes through the parser.
pub fn canonical_timestamp(text: &str) -> bool {
    canonical_timestamp_bytes(text.as_bytes())
}

/// [`canonical_timestamp`] on bytes: what it accepts is ASCII, so valid UTF-8.
fn canonical_timestamp_bytes(b: &[u8]) -> bool {
    let Ok(b) = <&[u8; 20]>::try_from(b) else {
        return false;
    };
    let digits = |at: usize| b[at].is_ascii_digit() && b[at + 1].is_ascii_digit();
    if !(digits(0)
        && digits(2)
        && b[4] == b'-'
        && digits(5)
        && b[7] == b'-'
        && digits(8)
        && b[10] == b'T'
        && digits(11)
        && b[13] == b':'
        && digits(14)
        && b[16] == b':'
        && digits(17)
        && b[19] == b'Z')
    {
        return false;
    }
    let two = |i: usize| u32::from(b[i] - b'0') * 10 + u32::from(b[i + 1] - b'0');
    let (year, month, day) = (two(0) * 100 + two(2), two(5), two(8));
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    };
    // The years inside the range of a timestamp on every side of UTC; a real day of the
    // month, and an hour, minute and second without a leap second.
    (1000..=9998).contains(&year)
        && (1..=days).contains(&day)
        && two(11) < 24
        && two(14) < 60
        && two(17) < 60
}

/// Indexes that `seed` and `import` never read through (events by entity, invites by date),
/// so that they build them once after writing their rows.
pub const BULK_DEFERRED_INDEXES: &[&str] = &["events_entity", "invites_received"];

/// What `seed` defers besides [`BULK_DEFERRED_INDEXES`]: invites by proposal and jobs by
/// client. The world's rules never look an invite up by its proposal or a job by its client,
/// and no proposal or client is deleted while it is built (the foreign keys' child lookups).
/// One index insert fewer for each invite and job, and one index update fewer for each accepted
/// invite: about 4 % of a seed's instructions at 20,000 invites.
pub const SEED_DEFERRED_INDEXES: &[&str] = &[
    "events_entity",
    "invites_received",
    "invites_proposal",
    "jobs_client",
];

/// Runs `f` with the named indexes dropped and creates them again after it, all in the
/// caller's transaction (so a failure restores them with everything else). For a bulk load
/// that never reads through those indexes: each is then built in one sorted pass at the end,
/// instead of taking one B-tree insert per row.
pub fn with_indexes_deferred<T>(
    tx: &Db,
    names: &[&str],
    f: impl FnOnce() -> Result<T>,
) -> Result<T> {
    // A SQLite trick: a server maintains its indexes as it goes.
    if tx.is_pg() {
        return f();
    }
    let mut creates = Vec::with_capacity(names.len());
    for name in names {
        let create: String = tx.query_row(
            "SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?1",
            [name],
            |r| r.get(0),
        )?;
        tx.execute_batch(&format!("DROP INDEX \"{name}\""))?;
        creates.push(create);
    }
    let out = f()?;
    for create in creates {
        tx.execute_batch(&create)?;
    }
    Ok(out)
}

/// A timestamp to show, read from the store: its stored text when that is canonical (see
/// [`canonical_timestamp`]), else parsed and printed. It prints as a `jiff::Timestamp` does,
/// without the round trip; for records that are shown, never computed with.
///
/// A canonical one is held in place (20 bytes, no allocation): a list of lots or invites reads
/// thousands of them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stamp(StampText);

#[derive(Clone, Debug, PartialEq, Eq)]
enum StampText {
    Canonical([u8; 20]),
    Printed(String),
}

impl Stamp {
    pub fn as_str(&self) -> &str {
        match &self.0 {
            // SAFETY: only bytes `canonical_timestamp_bytes` accepted, all ASCII, are held.
            StampText::Canonical(b) => unsafe { std::str::from_utf8_unchecked(b) },
            StampText::Printed(s) => s,
        }
    }
}

impl rusqlite::types::FromSql for Stamp {
    fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        if let rusqlite::types::ValueRef::Text(b) = value
            && canonical_timestamp_bytes(b)
            && let Ok(bytes) = <[u8; 20]>::try_from(b)
        {
            return Ok(Stamp(StampText::Canonical(bytes)));
        }
        jiff::Timestamp::column_result(value).map(|t| Stamp(StampText::Printed(t.to_string())))
    }
}

impl serde::Serialize for Stamp {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl schemars::JsonSchema for Stamp {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        jiff::Timestamp::schema_name()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        jiff::Timestamp::schema_id()
    }
    fn inline_schema() -> bool {
        jiff::Timestamp::inline_schema()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        jiff::Timestamp::json_schema(generator)
    }
}

pub fn json_list(text: &str) -> Vec<String> {
    serde_json::from_str(text).unwrap_or_default()
}

pub fn to_json_list(items: &[String]) -> String {
    serde_json::to_string(items).expect("a list of strings serialises")
}

/// R19: the SQL condition that the proposal status column `$col` is live (submitted, active or
/// offered): the one spelling of that list in SQL. Written as `=` comparisons on `+$col` (which
/// is no reason to use the status index) because SQLite builds a temporary table for an `IN`
/// list of three values each time the condition runs.
#[macro_export]
macro_rules! live_proposal {
    ($col:literal) => {
        concat!(
            "(+",
            $col,
            " = 'submitted' OR +",
            $col,
            " = 'active' OR +",
            $col,
            " = 'offered')"
        )
    };
}

/// Stores each slug enum as its slug.
macro_rules! sql_slug {
    ($($ty:ty),+ $(,)?) => {$(
        impl ToSql for $ty {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.as_str()))
            }
        }
        impl FromSql for $ty {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                value
                    .as_str()?
                    .parse()
                    .map_err(|e: String| FromSqlError::Other(e.into()))
            }
        }
    )+};
}

use crate::rules::connects::LedgerKind;
use crate::rules::invites::{DeclineReason, InviteKind, InviteStatus};
use crate::rules::jobs::{CloseReason, Duration, ExperienceLevel, JobStatus, PayType};
use crate::rules::offers::{ContractStatus, OfferDeclineReason, OfferStatus};
use crate::rules::profiles::{AgencyRole, ProfileKind};
use crate::rules::proposals::{ProposalStatus, WithdrawReason};
sql_slug!(
    PayType,
    Duration,
    ExperienceLevel,
    JobStatus,
    CloseReason,
    AgencyRole,
    ProfileKind,
    InviteStatus,
    InviteKind,
    DeclineReason,
    ProposalStatus,
    LedgerKind,
    OfferStatus,
    OfferDeclineReason,
    ContractStatus,
    WithdrawReason
);

impl ToSql for crate::rules::money::Cents {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.0))
    }
}

/// A SELECT assembled from optional filters, run row by row.
pub struct Select {
    base: String,
    clauses: Vec<String>,
    params: Vec<rusqlite::types::Value>,
    order: String,
    limit: Option<u64>,
}

impl Select {
    pub fn new(base: &str, order: &str) -> Select {
        Select {
            base: base.to_string(),
            clauses: Vec::new(),
            params: Vec::new(),
            order: order.to_string(),
            limit: None,
        }
    }

    /// Adds `clause` (with one `?` per value) joined by AND.
    pub fn filter(
        &mut self,
        clause: &str,
        values: impl IntoIterator<Item = rusqlite::types::Value>,
    ) -> &mut Self {
        self.clauses.push(clause.to_string());
        self.params.extend(values);
        self
    }

    pub fn order(&mut self, order: &str) -> &mut Self {
        self.order = order.to_string();
        self
    }

    pub fn limit(&mut self, limit: Option<u64>) -> &mut Self {
        self.limit = limit;
        self
    }

    pub fn sql(&self) -> String {
        let mut sql = self.base.clone();
        if !self.clauses.is_empty() {
            sql.push_str(" WHERE ");
            sql.push_str(&self.clauses.join(" AND "));
        }
        if !self.order.is_empty() {
            sql.push_str(" ORDER BY ");
            sql.push_str(&self.order);
        }
        if let Some(n) = self.limit {
            sql.push_str(&format!(" LIMIT {n}"));
        }
        sql
    }

    /// Calls `each` for every row, in order, without collecting them.
    pub fn each<T>(
        &self,
        conn: &Db,
        map: impl Fn(&Row<'_>) -> rusqlite::Result<T>,
        mut each: impl FnMut(T) -> Result<()>,
    ) -> Result<()> {
        self.rows(conn, |row| each(map(row)?))
    }

    /// Calls `each` with every row itself, in order.
    pub fn rows(&self, conn: &Db, mut each: impl FnMut(&Row<'_>) -> Result<()>) -> Result<()> {
        let mut stmt = conn.prepare_cached(&self.sql())?;
        let mut rows = stmt.query(crate::store::db::Values(&self.params))?;
        while let Some(row) = rows.next()? {
            each(&row)?;
        }
        Ok(())
    }
}

/// `Some(x)` as a SQL value, for filters.
pub fn v(x: impl Into<rusqlite::types::Value>) -> rusqlite::types::Value {
    x.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Text taken as canonical prints back as itself after a parse; text that does so
        /// (in the years covered) is taken as canonical.
        #[test]
        fn a_canonical_timestamp_reads_back_as_itself(
            y in 0u32..10_000, mo in 0u32..14, d in 0u32..33, h in 0u32..26, mi in 0u32..62, s in 0u32..62,
            sep in proptest::sample::select(vec!["T", " ", "t"]),
        ) {
            let text = format!("{y:04}-{mo:02}-{d:02}{sep}{h:02}:{mi:02}:{s:02}Z");
            let back = text.parse::<jiff::Timestamp>().ok().map(|t| t.to_string());
            if canonical_timestamp(&text) {
                proptest::prop_assert_eq!(back.as_deref(), Some(text.as_str()));
            } else if (1000..=9998).contains(&y) {
                proptest::prop_assert_ne!(back.as_deref(), Some(text.as_str()));
            }
        }
    }

    /// Deferred indexes come back as they were, whether the load succeeds or fails.
    #[test]
    fn deferred_indexes_are_rebuilt_or_restored() {
        let conn = memory();
        let indexes = |conn: &Db| -> Vec<(String, String)> {
            conn.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
                .unwrap()
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
                .unwrap()
                .collect::<rusqlite::Result<_>>()
                .unwrap()
        };
        let before = indexes(&conn);
        for names in [BULK_DEFERRED_INDEXES, SEED_DEFERRED_INDEXES] {
            assert!(
                names
                    .iter()
                    .all(|n| before.iter().any(|(name, _)| name == n))
            );
            conn.execute_batch("BEGIN").unwrap();
            let dropped = with_indexes_deferred(&conn, names, || Ok(indexes(&conn).len())).unwrap();
            assert_eq!(dropped, before.len() - names.len());
            conn.execute_batch("COMMIT").unwrap();
            assert_eq!(indexes(&conn), before);
            conn.execute_batch("BEGIN").unwrap();
            let failed: Result<()> =
                with_indexes_deferred(&conn, names, || Err(Error::refused("no")));
            assert!(failed.is_err());
            conn.execute_batch("ROLLBACK").unwrap();
            assert_eq!(indexes(&conn), before);
        }
    }

    /// A stamp prints as the timestamp it stands for, whatever form the store holds it in.
    #[test]
    fn a_stamp_prints_as_its_timestamp() {
        let conn = Connection::open_in_memory().unwrap();
        for text in [
            "2026-02-28T23:59:59Z",
            "2026-02-28T23:59:59.250Z",
            "2026-02-28 23:59:59Z",
            "2026-03-01T01:59:59+02:00",
        ] {
            let (stamp, time): (Stamp, jiff::Timestamp) = conn
                .query_row("SELECT ?1, ?1", [text], |r| Ok((r.get(0)?, r.get(1)?)))
                .unwrap();
            assert_eq!(
                serde_json::to_string(&stamp).unwrap(),
                serde_json::to_string(&time).unwrap(),
                "{text}"
            );
        }
        let odd: rusqlite::Result<Stamp> = conn.query_row("SELECT 'soon'", [], |r| r.get(0));
        assert!(odd.is_err());
    }

    #[test]
    fn only_the_stored_form_of_a_timestamp_is_canonical() {
        assert!(canonical_timestamp("2026-02-28T23:59:59Z"));
        assert!(canonical_timestamp("2024-02-29T00:00:00Z"));
        for odd in [
            "2026-02-29T00:00:00Z",
            "2026-02-28T23:59:60Z",
            "2026-02-28T24:00:00Z",
            "2026-02-28T23:59:59.5Z",
            "2026-02-28 23:59:59Z",
            "2026-02-28T23:59:59+00:00",
            "2026-2-28T23:59:59Z",
            "+2026-02-28T23:59:59Z",
            "2026-02-28T23:59:59z",
        ] {
            assert!(!canonical_timestamp(odd), "{odd}");
        }
    }

    /// A migration, once shipped, never changes: a change to the schema is a new migration.
    #[test]
    fn shipped_migrations_are_pinned() {
        use sha2::{Digest, Sha256};
        let pinned = [
            (
                include_str!("migrations/001_foundation.sql"),
                "f604cc20a9856e4b4ab1cfada029d833a7829a1cbc4b0989af823b79fd295085",
            ),
            (
                include_str!("migrations/002_invites_connects.sql"),
                "f8b150de2c72f859940910d0181a81724e4c83714993d054cbbc859cd946f78e",
            ),
            (
                include_str!("migrations/003_offers_contracts.sql"),
                "28b61a700753e246a710d7ebeb6e2d63057ab2c8e03690926a7e44865028ad40",
            ),
            (
                include_str!("migrations/004_child_key_indexes.sql"),
                "2fe2f7a41cd793993dbc4a250a99cf864f1e1ffec257b3515ec8dfdb333ec4ce",
            ),
            (
                include_str!("migrations/005_pipeline_integrity.sql"),
                "0030e2582961794077cdcbfac8a7f8c1eefc215ebb86ab3aa66df29dcf89aff5",
            ),
        ];
        let sha = |text: &str| -> String {
            Sha256::digest(text.as_bytes())
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect()
        };
        for (k, (sql, hash)) in pinned.iter().enumerate() {
            assert_eq!(
                sha(sql),
                *hash,
                "migration {} changed after it shipped",
                k + 1
            );
        }
        // Migration 6 is code (`unfold_check_lists`): pin the schema it leaves behind.
        let mut at6 = Connection::open_in_memory().unwrap();
        MIGRATIONS.to_version(&mut at6, 6).unwrap();
        let schema = schema_text(&Db::Sqlite(at6));
        assert_eq!(
            sha(&schema),
            "afcc34a7f24eb7afb4dc009c6de37866e692e813e51e66cb9fe0bc83c410235d",
            "migration 6 changed after it shipped"
        );
        assert_eq!(
            sha(include_str!("migrations/007_letter_window_kept.sql")),
            "f324bd46ee09484a7ad48e0e21cb3b5f7cc177d51e08473de6027d8e934544cd",
            "migration 7 changed after it shipped"
        );
        assert_eq!(
            pinned.len() + 2,
            MIGRATIONS_LEN,
            "pin the new migration's hash here"
        );
    }

    #[test]
    fn migrations_are_valid_and_counted() {
        MIGRATIONS.validate().unwrap();
        let conn = latest();
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(version, schema_version());
        let app: i64 = conn
            .query_row("PRAGMA application_id", [], |r| r.get(0))
            .unwrap();
        assert_eq!(app, APPLICATION_ID);
    }

    /// Column `at` of every row `sql` returns, as text.
    fn texts(conn: &Db, sql: &str, at: usize) -> Vec<String> {
        conn.prepare(sql)
            .unwrap()
            .query_map([], |r| r.get(at))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    }

    fn latest() -> Connection {
        let mut conn = Connection::open_in_memory().unwrap();
        MIGRATIONS.to_latest(&mut conn).unwrap();
        conn
    }

    fn schema_text(conn: &Db) -> String {
        conn.query_row(
            "SELECT group_concat(sql, char(10)) FROM \
             (SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY type, name)",
            [],
            |r| r.get(0),
        )
        .unwrap()
    }

    #[test]
    fn in_lists_of_three_or_more_values_unfold_into_comparisons() {
        assert_eq!(
            unfold_in_lists("x TEXT CHECK (x IN ('a', 'b',\n  'c')), y INT CHECK (y IN (0, 1))"),
            "x TEXT CHECK ((x = 'a' OR x = 'b' OR x = 'c')), y INT CHECK (y IN (0, 1))"
        );
        assert_eq!(
            unfold_in_lists(
                "CHECK ((kind IN ('g', 'p', 'r') AND n > 0) OR (kind IN ('s', 'e') AND n < 0))"
            ),
            "CHECK (((kind = 'g' OR kind = 'p' OR kind = 'r') AND n > 0) OR (kind IN ('s', 'e') AND n < 0))"
        );
        // Not a list of plain values: left alone.
        let sub = "CHECK (x IN (SELECT y FROM t))";
        assert_eq!(unfold_in_lists(sub), sub);
    }

    /// After migration 6 no written row makes SQLite build a temporary table for a CHECK, the
    /// schema is what unfolding migration 5's gives, and the CHECKs still refuse what they did.
    #[test]
    fn migration_6_unfolds_every_check_list_and_keeps_its_meaning() {
        let mut five = Connection::open_in_memory().unwrap();
        MIGRATIONS.to_version(&mut five, 5).unwrap();
        let five = Db::Sqlite(five);
        let mut conn = Connection::open_in_memory().unwrap();
        MIGRATIONS.to_version(&mut conn, 6).unwrap();
        let conn = Db::Sqlite(conn);
        assert_eq!(schema_text(&conn), unfold_in_lists(&schema_text(&five)));
        assert_ne!(schema_text(&conn), schema_text(&five));
        for table in texts(
            &conn,
            "SELECT name FROM sqlite_schema WHERE type = 'table'",
            0,
        ) {
            let columns: Vec<String> = crate::store::transfer::columns(&conn, &table)
                .unwrap()
                .into_iter()
                .map(|(name, _)| name)
                .collect();
            let insert = format!(
                "EXPLAIN INSERT INTO {table} ({}) VALUES ({})",
                columns.join(", "),
                vec!["NULL"; columns.len()].join(", ")
            );
            let ops = texts(&conn, &insert, 1);
            assert!(
                !ops.iter().any(|op| op == "OpenEphemeral"),
                "writing a row of {table} builds a temporary table"
            );
        }
        conn.execute_batch(
            "INSERT INTO clients (id, name, created_at) VALUES (1, 'c', '2026-01-01T00:00:00Z');
             INSERT INTO jobs (id, client_id, title, pay_type, fixed_cents, connects_cost, posted_at, created_at)
               VALUES (1, 1, 't', 'fixed', 50000, 8, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');",
        )
        .unwrap();
        for (reason, ok) in [
            ("filled", true),
            ("cancelled", true),
            ("expired", true),
            ("gone", false),
        ] {
            let done = conn.execute(
                "UPDATE jobs SET status = 'closed', close_reason = ?1 WHERE id = 1",
                [reason],
            );
            assert_eq!(done.is_ok(), ok, "close reason {reason}");
        }
        for (kind, amount, ok) in [
            ("grant", 5, true),
            ("purchase", 5, true),
            ("refund", 5, true),
            ("spend", -5, true),
            ("expire", -5, true),
            ("grant", -5, false),
            ("expire", 5, false),
            ("bonus", 5, false),
        ] {
            let done = conn.execute(
                "INSERT INTO connects_ledger (kind, amount, reason, at) VALUES (?1, ?2, 'r', '2026-01-01T00:00:00Z')",
                rusqlite::params![kind, amount],
            );
            assert_eq!(done.is_ok(), ok, "{kind} {amount}");
        }
    }
}
