//! Command handlers, one file per noun: each declares its clap arguments, gathers input (files,
//! prompts), calls one operation of `crate::app` inside one transaction, and hands the result
//! to the printer. No SQL and no status changes here.

pub mod agencies;
pub mod catalog;
pub mod clients;
pub mod completions;
pub mod config;
pub mod connects;
pub mod contracts;
pub mod db;
pub mod invites;
pub mod jobs;
pub mod letter;
pub mod log;
pub mod messages;
pub mod offers;
pub mod policy;
pub mod profiles;
pub mod proposals;
pub mod schema;
pub mod seed;
pub mod stats;
pub mod transfer;

use crate::store::db::Db;
use std::io::IsTerminal;
use std::path::PathBuf;

use jiff::Timestamp;

use crate::cli::{Cli, Command};
use crate::clock;
use crate::error::{Error, Result};
use crate::output::Printer;
use crate::rules::money::Cents;
use crate::store::{self, Create, Store};

/// What every handler gets: the clock, the printer, the store (opened on first use) and the
/// global switches.
pub struct Ctx {
    pub db_path: PathBuf,
    /// Whether the store is the default one (no --db, no LANCER_DB): only there may a change
    /// create missing folders.
    pub db_is_default: bool,
    pub busy_timeout_ms: u64,
    pub now: Timestamp,
    pub out: Printer,
    /// May we prompt? Only on a terminal and without --no-input.
    pub interactive: bool,
    pub yes: bool,
    pub dry_run: bool,
    /// Colour for errors and hints on stderr.
    pub stderr_colour: bool,
    store: Option<Store>,
}

impl Ctx {
    pub fn from_cli(cli: &Cli) -> Result<Ctx> {
        let g = &cli.global;
        let now = clock::now(g.now.as_deref())?;
        let color = crate::cli::use_colour(g.color, std::io::stdout().is_terminal());
        let interactive =
            !g.no_input && std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
        let busy_timeout_ms = match std::env::var("LANCER_BUSY_TIMEOUT_MS") {
            Ok(v) => v.trim().parse().map_err(|_| {
                Error::usage(format!(
                    "LANCER_BUSY_TIMEOUT_MS='{v}' is not a whole number of milliseconds"
                ))
            })?,
            Err(_) => store::DEFAULT_BUSY_TIMEOUT_MS,
        };
        Ok(Ctx {
            db_is_default: g.db.is_none(),
            db_path: match &g.db {
                Some(p) => db_location(p)?,
                None => default_db_path()?,
            },
            busy_timeout_ms,
            now,
            out: Printer::new(
                g.format(),
                g.json || g.format.is_some(),
                g.fields.clone(),
                g.quiet,
                color,
                now,
            )
            .with_jq(g.jq.as_deref().map(crate::jq::Jq::compile).transpose()?)
            .with_offset(g.offset.unwrap_or(0)),
            interactive,
            yes: g.yes,
            dry_run: g.dry_run,
            stderr_colour: crate::cli::stderr_colour(g.color),
            store: None,
        })
    }

    /// The store, opened (and migrated) on first use; `create` says what may be created if
    /// there is none.
    pub fn open(&mut self, create: Create) -> Result<&mut Store> {
        if self.store.is_none() {
            self.store = Some(if self.dry_run {
                Store::open_dry(&self.db_path, self.busy_timeout_ms, create)?
            } else {
                Store::open(&self.db_path, self.busy_timeout_ms, create)?
            });
        }
        Ok(self.store.as_mut().expect("just opened"))
    }

    /// The store for a change: the file is created if missing, and its folders too at the
    /// default location only (a mistyped --db is an error, not a new world).
    pub fn store(&mut self) -> Result<&mut Store> {
        let create = if self.db_is_default {
            Create::FileAndFolders
        } else {
            Create::File
        };
        self.open(create)
    }

    /// The store's connection for reading, and the printer. A read never creates a store.
    pub fn reader(&mut self) -> Result<(&Db, &Printer)> {
        self.open(Create::Nothing)?;
        let conn = &self.store.as_ref().expect("opened above").conn;
        Ok((conn, &self.out))
    }

    /// Runs a change in one immediate transaction (rolled back under --dry-run), after
    /// recording what time alone changed by now.
    /// Runs `each` for every key, each in its own transaction (all or nothing for that key),
    /// printing what succeeded as a list and each failure on stderr as it happens. The exit
    /// code is the worst failure's; one key behaves exactly as a single-key command.
    pub fn for_each_key<R: crate::output::Record>(
        &mut self,
        keys: &[String],
        what: &str,
        mut each: impl FnMut(&mut Ctx, &str) -> Result<R>,
    ) -> Result<()> {
        if let [key] = keys {
            let record = each(self, key)?;
            return self.out.record(&record);
        }
        let mut done = Vec::new();
        let mut failed = Vec::new();
        for key in keys {
            match each(self, key) {
                Ok(r) => done.push(r),
                Err(e) => {
                    // Named once: a rule's refusal may already begin with the same words.
                    let named = format!("{what} {key}: ");
                    let message = if e.message.starts_with(&named) {
                        e.message
                    } else {
                        format!("{named}{}", e.message)
                    };
                    let e = Error::new(e.kind, message);
                    e.print(self.out.is_json(), self.stderr_colour);
                    failed.push(e);
                }
            }
        }
        let mut list = self.out.list::<R>()?;
        for r in &done {
            list.push(r)?;
        }
        list.finish()?;
        match Error::worst(&failed) {
            None => Ok(()),
            Some(kind) => Err(Error::new(
                kind,
                format!(
                    "{} of {} {what}s failed; the others were done",
                    failed.len(),
                    keys.len()
                ),
            )),
        }
    }

    pub fn write<T>(&mut self, mut f: impl FnMut(&Db) -> Result<T>) -> Result<T> {
        let now = self.now;
        self.write_unsettled(|tx| {
            crate::app::settle(tx, now)?;
            f(tx)
        })
    }

    /// [`Ctx::write`] for a bulk load into an empty store: see [`Store::write_bulk`].
    pub fn write_bulk<T>(&mut self, mut f: impl FnMut(&Db) -> Result<T>) -> Result<T> {
        let (now, dry_run) = (self.now, self.dry_run);
        let value = self.store()?.write_bulk(dry_run, |tx| {
            crate::app::settle(tx, now)?;
            f(tx)
        })?;
        if dry_run {
            self.out.note("dry run: nothing was written");
        }
        Ok(value)
    }

    /// [`Ctx::write`] without bringing the store up to now first (offers expiring, Connects
    /// granted and expiring): an import writes the file's records exactly as they are, so
    /// importing the same file twice changes nothing, whatever `--now` says.
    pub fn write_unsettled<T>(&mut self, f: impl FnMut(&Db) -> Result<T>) -> Result<T> {
        let dry_run = self.dry_run;
        let value = self.store()?.write(dry_run, f)?;
        if dry_run {
            self.out.note("dry run: nothing was written");
        }
        Ok(value)
    }
}

/// The store that `--db` / `LANCER_DB` names: a path, `sqlite:PATH` for the same, or a
/// PostgreSQL URL (`postgres://…`, `postgresql://…`, several hosts allowed), which is kept as
/// it is and opened as a server store.
pub fn db_location(given: &std::path::Path) -> Result<PathBuf> {
    let Some(text) = given.to_str() else {
        return Ok(given.to_path_buf());
    };
    if let Some(path) = text.strip_prefix("sqlite:") {
        // `sqlite://x` reads differently in different tools (a host? a relative path? the
        // root?), so it is refused rather than guessed; so is a URL after the colon.
        if path.is_empty() || path.starts_with("//") || url_scheme(path).is_some() {
            return Err(
                Error::usage("--db sqlite: takes a plain path after the colon").hint(
                    "for example --db sqlite:pipeline.db or --db sqlite:/srv/lancer/pipeline.db",
                ),
            );
        }
        return Ok(PathBuf::from(path));
    }
    // Anything shaped like a URL is one: a scheme lancer does not speak, or a PostgreSQL URL
    // missing its `//`, is refused here rather than made into a file named after it (and
    // the password in it never echoed back).
    if let Some(scheme) = url_scheme(text) {
        let lower = scheme.to_ascii_lowercase();
        let server = matches!(lower.as_str(), "postgres" | "postgresql");
        if !(server && text[scheme.len()..].starts_with("://")) {
            // The text itself is not repeated: it may hold a password in a form that
            // cannot be told apart to mask it.
            let why = if server {
                format!("a {scheme}: URL needs // after the colon")
            } else {
                format!("lancer does not know the scheme {scheme}:")
            };
            return Err(Error::usage(format!("not a store location: {why}")).hint(
                "give a file path (or sqlite:PATH), or a postgres:// or postgresql:// URL; \
                 for a file whose name looks like a URL, start it with ./",
            ));
        }
    }
    Ok(given.to_path_buf())
}

/// The scheme of `text` when it reads as a URL: letters, digits, `+`, `-` or `.` (a letter
/// first), then `:` and `/`; or `postgres:` / `postgresql:` followed by anything.
fn url_scheme(text: &str) -> Option<&str> {
    let (scheme, rest) = text.split_once(':')?;
    let mut chars = scheme.chars();
    let well_formed = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        // A drive letter (C:/…) is a path.
        && scheme.len() > 1;
    let lower = scheme.to_ascii_lowercase();
    let server = matches!(lower.as_str(), "postgres" | "postgresql");
    (well_formed && (rest.starts_with('/') || server)).then_some(scheme)
}

/// `$XDG_DATA_HOME/lancer/lancer.db`, else `~/.local/share/lancer/lancer.db`.
pub fn default_db_path() -> Result<PathBuf> {
    use etcetera::BaseStrategy;
    let base = etcetera::choose_base_strategy().map_err(|e| {
        Error::store(format!(
            "cannot find a home folder for the default store: {e}"
        ))
        .hint("pass --db PATH or set LANCER_DB")
    })?;
    Ok(base.data_dir().join("lancer").join("lancer.db"))
}

pub fn run(cli: Cli) -> Result<()> {
    let mut ctx = Ctx::from_cli(&cli)?;
    match cli.command {
        Command::Clients(a) => clients::run(&mut ctx, a.0),
        Command::Jobs(a) => jobs::run(&mut ctx, a.0),
        Command::Profiles(a) => profiles::run(&mut ctx, a.0),
        Command::Agencies(a) => agencies::run(&mut ctx, a.0),
        Command::Invites(a) => invites::run(&mut ctx, a.0),
        Command::Proposals(a) => proposals::run(&mut ctx, a.0),
        Command::Messages(a) => messages::run(&mut ctx, a.0),
        Command::Offers(a) => offers::run(&mut ctx, a.0),
        Command::Contracts(a) => contracts::run(&mut ctx, a.0),
        Command::Catalog(a) => catalog::run(&mut ctx, a.0),
        Command::Connects(a) => connects::run(&mut ctx, a.0),
        Command::Policy(a) => policy::run(&mut ctx, a.0),
        Command::Letter(a) => letter::run(&mut ctx, a.0),
        Command::Stats(a) => stats::run(&mut ctx, a.0),
        Command::Seed(a) => seed::run(&mut ctx, a.0),
        Command::Schema(a) => schema::run(&mut ctx, a.0),
        Command::Export(a) => transfer::run_export(&mut ctx, a.0),
        Command::Import(a) => transfer::run_import(&mut ctx, a.0),
        Command::Log(a) => log::run(&mut ctx, a.0),
        Command::Db(a) => db::run(&mut ctx, a.0),
        Command::Config(a) => config::run(&mut ctx, a.0),
        Command::Completions(a) => completions::run(&mut ctx, a.0),
    }
}

// Value parsers shared by the nouns' flags; each error names the accepted forms (exit 2).

pub fn parse_money(text: &str) -> std::result::Result<Cents, String> {
    Cents::parse(text)
}

pub fn parse_rate(text: &str) -> std::result::Result<Cents, String> {
    use crate::rules::money::{RATE_MAX, RATE_MIN};
    Cents::parse_in(text, "hourly rate", RATE_MIN, RATE_MAX)
}

pub fn parse_time(text: &str) -> std::result::Result<Timestamp, String> {
    clock::parse_time(text).map_err(|e| e.message)
}

pub fn parse_date(text: &str) -> std::result::Result<jiff::civil::Date, String> {
    text.trim()
        .parse()
        .map_err(|_| format!("invalid date '{text}': use YYYY-MM-DD, e.g. 2024-05-01"))
}

pub fn parse_nonempty(text: &str) -> std::result::Result<String, String> {
    let t = text.trim();
    if t.is_empty() {
        Err("it cannot be empty".into())
    } else {
        Ok(t.to_string())
    }
}
