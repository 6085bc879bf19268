//! `lancer db path|init|check|backup|copy`.

use crate::store::db::Db;
use crate::store::{self, Create, Store};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use serde::Serialize;

use crate::commands::Ctx;
use crate::error::{Error, Result};
use crate::output::Record;

#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  lancer db init
  lancer db path
  lancer db check || echo \"store damaged\"
  lancer db backup ~/lancer-$(date +%F).db
  lancer db copy --from pipeline.db --to postgres://lancer@db1,db2,db3/agency")]
pub struct DbArgs {
    #[command(subcommand)]
    pub command: crate::cli::Lazy<DbCommand>,
}

#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// Print where the store is (without opening it)
    Path,
    /// Create the store (and its folders) if there is none; an existing store is only migrated
    Init,
    /// Check integrity, references, ledger and invariants I1-I8; exit 5 on any problem
    Check,
    /// Write a consistent copy of the store, even while it is in use
    Backup {
        /// Where to write the copy (must not exist yet)
        path: PathBuf,
    },
    /// Copy every record into a new or empty store, SQLite or PostgreSQL, either way
    Copy(CopyArgs),
}

#[derive(Debug, Args)]
#[command(after_help = "\
Either side is a file path, sqlite:PATH, or a postgres:// URL. The source is read on one
snapshot, so it may stay in use. The target must hold no records: a missing file is created
(its folder must exist); a server's database must exist, empty or holding an empty store.
The copy is written in one transaction, and before it commits the target's export is
compared with the source's: they must be identical, or nothing is written. The source is
left as it was, and a copy that fails removes a file it made.

Exit codes: 0 copied; 2 --from and --to name one store, the target holds records, or a
source record is refused; 5 the source is missing or damaged, or a store or server cannot be
used; 1 the copy would not export as the source does. Only 0 writes anything.

Examples:
  lancer db copy --from pipeline.db --to postgres://lancer@db1,db2,db3/agency
  lancer db copy --from postgres://lancer@db1/agency --to back-home.db
  lancer --db pipeline.db db copy --to postgresql://lancer@localhost/agency --dry-run")]
pub struct CopyArgs {
    /// The store to copy [default: the one --db / LANCER_DB names]
    #[arg(long, value_name = "DB")]
    pub from: Option<PathBuf>,
    /// The store to fill: a new file, or an empty store or database
    #[arg(long, value_name = "DB")]
    pub to: PathBuf,
}

/// What `db copy` did.
#[derive(Debug, Serialize)]
pub struct Copy {
    pub from: String,
    pub to: String,
    pub records: u64,
    /// The size of the export both stores give.
    pub bytes: u64,
    /// The SHA-256 of that export.
    pub sha256: String,
}

impl Record for Copy {
    const FIELDS: &'static [&'static str] = &["from", "to", "records", "bytes", "sha256"];
    const COLUMNS: &'static [&'static str] = &["from", "to", "records", "bytes", "sha256"];
    fn id(&self) -> i64 {
        0
    }
    fn quiet_key(&self) -> Option<String> {
        None
    }
}

#[derive(Debug, Serialize)]
pub struct Check {
    pub name: &'static str,
    pub ok: bool,
    pub problems: Vec<String>,
}

impl Record for Check {
    const FIELDS: &'static [&'static str] = &["name", "ok", "problems"];
    const COLUMNS: &'static [&'static str] = &["name", "ok", "problems"];
    fn id(&self) -> i64 {
        0
    }
    fn quiet_key(&self) -> Option<String> {
        None
    }
}

/// What `db init` did.
#[derive(Debug, Serialize)]
pub struct Init {
    pub path: String,
    pub created: bool,
}

impl Record for Init {
    const FIELDS: &'static [&'static str] = &["path", "created"];
    const COLUMNS: &'static [&'static str] = &["path", "created"];
    fn id(&self) -> i64 {
        0
    }
    fn quiet_key(&self) -> Option<String> {
        None
    }
}

#[derive(Debug, Serialize)]
pub struct Backup {
    pub path: String,
    pub bytes: u64,
}

impl Record for Backup {
    const FIELDS: &'static [&'static str] = &["path", "bytes"];
    const COLUMNS: &'static [&'static str] = &["path", "bytes"];
    fn id(&self) -> i64 {
        0
    }
    fn quiet_key(&self) -> Option<String> {
        None
    }
}

/// Every check `db check` runs, in order: the file, its references, the ledger, then each of
/// the invariants I1–I8 as of `now`. Only reads.
pub fn run_checks(conn: &Db, now: jiff::Timestamp) -> Result<Vec<Check>> {
    let mut checks = Vec::new();
    let problems = crate::store::integrity_problems(conn)?;
    checks.push(Check {
        name: "integrity",
        ok: problems.is_empty(),
        problems,
    });
    let fk = crate::store::foreign_key_problems(conn)?;
    checks.push(Check {
        name: "foreign_keys",
        ok: fk.is_empty(),
        problems: fk,
    });
    let ledger = crate::store::connects::check(conn)?;
    checks.push(Check {
        name: "connects_ledger",
        ok: ledger.is_empty(),
        problems: ledger,
    });
    let violations = crate::store::invariants::check(conn, now)?;
    for (invariant, name) in crate::store::invariants::INVARIANTS {
        let problems: Vec<String> = violations
            .iter()
            .filter(|v| v.invariant == *invariant)
            .map(|v| v.problem.clone())
            .collect();
        checks.push(Check {
            name,
            ok: problems.is_empty(),
            problems,
        });
    }
    Ok(checks)
}

pub fn run(ctx: &mut Ctx, args: DbArgs) -> Result<()> {
    match args.command.0 {
        DbCommand::Path => ctx.out.scalar("path", &crate::store::shown(&ctx.db_path)),
        DbCommand::Init => {
            let created = ctx.open(crate::store::Create::FileAndFolders)?.created;
            if ctx.dry_run {
                ctx.out.note("dry run: nothing was written");
            }
            ctx.out.record(&Init {
                path: crate::store::shown(&ctx.db_path),
                created,
            })
        }
        DbCommand::Check => {
            let now = ctx.now;
            let (conn, out) = ctx.reader()?;
            let checks = run_checks(conn, now)?;
            let failed: Vec<&str> = checks.iter().filter(|c| !c.ok).map(|c| c.name).collect();
            let mut list = out.list::<Check>()?;
            for c in &checks {
                list.push(c)?;
            }
            list.finish()?;
            if failed.is_empty() {
                Ok(())
            } else {
                Err(Error::store(format!(
                    "the store failed these checks: {}",
                    failed.join(", ")
                )))
            }
        }
        DbCommand::Backup { path } => {
            if path.exists() {
                return Err(Error::usage(format!(
                    "{} already exists; choose a new file",
                    path.display()
                )));
            }
            let dry_run = ctx.dry_run;
            let (conn, out) = ctx.reader()?;
            let target = path
                .to_str()
                .ok_or_else(|| Error::usage("the backup path must be valid UTF-8"))?;
            let bytes = if dry_run {
                // At most the size the copy would have: every page of the store (the copy
                // leaves out free pages).
                out.note("dry run: nothing was written");
                if conn.is_pg() {
                    // The export that would be written, counted rather than kept.
                    let mut counted = Counted(0);
                    conn.snapshot(|conn| {
                        super::transfer::write_export(conn, &mut counted, false, || {})
                    })?;
                    counted.0
                } else {
                    conn.query_row(
                        "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()",
                        [],
                        |r| r.get::<_, i64>(0),
                    )?
                    .unsigned_abs()
                }
            } else {
                // The copy is as private as the store (0600) from its first byte.
                crate::store::create_private(&path)
                    .map_err(|e| Error::usage(format!("cannot write {}: {e}", path.display())))?;
                if conn.is_pg() {
                    // A server store is backed up as its export, which `import` restores
                    // into an empty store of either kind.
                    let file = std::fs::OpenOptions::new()
                        .write(true)
                        .open(&path)
                        .map_err(|e| {
                            Error::usage(format!("cannot write {}: {e}", path.display()))
                        })?;
                    conn.snapshot(|conn| super::transfer::write_export(conn, file, false, || {}))?;
                } else {
                    crate::store::backup_into(conn, target)?;
                }
                std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0)
            };
            out.record(&Backup {
                path: path.display().to_string(),
                bytes,
            })
        }
        DbCommand::Copy(args) => copy(ctx, args),
    }
}

/// `db copy`: the source's export, imported into an empty target in one transaction that
/// commits only if the target then exports the same bytes.
fn copy(ctx: &mut Ctx, args: CopyArgs) -> Result<()> {
    let from = match &args.from {
        Some(p) => super::db_location(p)?,
        None => ctx.db_path.clone(),
    };
    let to = super::db_location(&args.to)?;
    if same_store(&from, &to) {
        return Err(
            Error::usage(format!("--from and --to both name {}", store::shown(&from))).hint(
                "a store is copied into another one: give --to a new file or an empty database",
            ),
        );
    }
    let busy = ctx.busy_timeout_ms;
    let source = Store::open(&from, busy, Create::Nothing)?;
    let mut text = Vec::new();
    source.conn.snapshot(|conn| {
        let bar = super::transfer::progress(store::transfer::count_rows(conn)?, "reading");
        super::transfer::write_export(conn, &mut text, false, || bar.inc(1))?;
        bar.finish_and_clear();
        Ok(())
    })?;
    drop(source);
    let digest = Sha256::digest(&text);
    let bytes = text.len() as u64;
    let text = String::from_utf8(text).map_err(|_| Error::internal("the export was not UTF-8"))?;
    let parsed = super::transfer::parse(&text)?;
    let records = parsed.len() as u64;

    let dry_run = ctx.dry_run;
    // What was at the target before, so that a failed load can leave it so.
    let file_before = store::server_url(&to)
        .is_none()
        .then(|| std::fs::metadata(&to).is_ok());
    let mut target = if dry_run {
        Store::open_dry(&to, busy, Create::File)?
    } else {
        Store::open(&to, busy, Create::File)?
    };
    let not_empty = |held: u64| {
        Error::usage(format!(
            "{} already holds {held} records; db copy fills only a new or empty store",
            store::shown(&to)
        ))
        .hint("to merge records into a store, use `lancer export` and `lancer import`")
    };
    // Looked at before the load begins, and again inside its transaction, in case another
    // process wrote in between. The load runs as an ordinary change (under the write-ahead
    // log on SQLite), so a reader of the target meanwhile waits or sees the empty store.
    let held = store::transfer::count_rows(&target.conn)?;
    if held > 0 {
        return Err(not_empty(held));
    }
    let now = ctx.now;
    let mut parsed = Some(parsed);
    let loaded = target.use_large_cache().and_then(|()| {
        target.write(dry_run, |tx| {
            let held = store::transfer::count_rows(tx)?;
            if held > 0 {
                return Err(not_empty(held));
            }
            // A server may run this again (a conflict, a failover): the records are read again.
            let records = match parsed.take() {
                Some(p) => p,
                None => super::transfer::parse(&text)?,
            };
            let bar = super::transfer::progress(records.len() as u64, "writing");
            store::with_indexes_deferred(tx, store::BULK_DEFERRED_INDEXES, || {
                crate::app::transfer::import(tx, records, now, || bar.inc(1))
            })?;
            bar.finish_and_clear();
            let mut written = Hashed::default();
            super::transfer::write_export(tx, &mut written, false, || {})?;
            if written.bytes != bytes || written.hash.finalize_reset() != digest {
                return Err(Error::internal(format!(
                    "the copy in {} would not export as the source does, so it was not written",
                    store::shown(&to)
                )));
            }
            Ok(())
        })
    });
    if let (Err(_), Some(existed), true) = (&loaded, file_before, target.created) {
        // The file this run made (or the empty file it found) holds an empty store now:
        // it is taken back, unless another process has written to it meanwhile.
        let untouched = store::transfer::count_rows(&target.conn).is_ok_and(|n| n == 0);
        drop(target);
        if untouched && !dry_run {
            store::unmake_file(&to, existed);
        }
    }
    loaded?;
    if dry_run {
        ctx.out.note("dry run: nothing was written");
    }
    ctx.out.record(&Copy {
        from: store::shown(&from),
        to: store::shown(&to),
        records,
        bytes,
        sha256: digest.iter().map(|b| format!("{b:02x}")).collect(),
    })
}

/// Whether two locations are one store: the same URL, or the same existing file.
fn same_store(a: &Path, b: &Path) -> bool {
    if a == b {
        return true;
    }
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

/// A writer that hashes and counts what it is given.
#[derive(Default)]
struct Hashed {
    hash: Sha256,
    bytes: u64,
}

impl std::io::Write for Hashed {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.hash.update(buf);
        self.bytes += buf.len() as u64;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A writer that only counts the bytes it is given.
struct Counted(u64);

impl std::io::Write for Counted {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len() as u64;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
