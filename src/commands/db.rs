//! `lancer db path|check|backup`.

use crate::store::db::Db;
use std::path::PathBuf;

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
  lancer db backup ~/lancer-$(date +%F).db")]
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
                    super::transfer::write_export(conn, &mut counted, false, || {})?;
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
                    super::transfer::write_export(conn, file, false, || {})?;
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
