//! `lancer export` and `lancer import`: every record of the store, as one versioned JSON
//! document or as NDJSON, and back again, all or nothing.

use std::io::{BufWriter, IsTerminal, Write};
use std::path::PathBuf;

use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::{Map, Value, json};

use crate::commands::Ctx;
use crate::error::{Error, Result};
use crate::store::{self, transfer};

/// The export format's version (the `lancer_export` field).
pub const EXPORT_VERSION: i64 = 1;

#[derive(Debug, Args)]
#[command(after_help = "\
The JSON document is {\"lancer_export\": 1, \"schema_version\": N, \"records\": [...]} with one
record a line; with --ndjson the first line is {\"type\":\"header\",...} and each further line a
record. A record is {\"type\": \"client\", ...the table's columns}. See the README for the types.

Examples:
  lancer export > backup.json
  lancer export --ndjson | gzip > backup.ndjson.gz
  lancer --db copy.db import backup.json")]
pub struct ExportArgs {
    /// One record a line (streams), instead of one JSON document
    #[arg(long)]
    pub ndjson: bool,
    /// Write to this file instead of standard output
    #[arg(short = 'O', long, value_name = "PATH")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
#[command(after_help = "\
Reads a file written by `lancer export` (either form) or written by hand. Every record is
checked first; one bad record writes nothing and exits 2 naming its position and the reason.
A record whose uid exists updates that row instead of adding one; importing the same file
twice changes nothing. Fields left out take their defaults (created_at: now).

Examples:
  lancer import fixtures.json
  lancer export --ndjson | lancer --db copy.db import -")]
pub struct ImportArgs {
    /// The file, or `-` for standard input
    pub file: PathBuf,
}

/// A progress bar on stderr, only when stderr is a terminal.
pub fn progress(len: u64, what: &str) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len);
    bar.set_style(
        ProgressStyle::with_template("{msg} {bar:30} {pos}/{len} ({eta})")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar.set_message(what.to_string());
    bar
}

pub fn run_export(ctx: &mut Ctx, args: ExportArgs) -> Result<()> {
    let dry_run = ctx.dry_run && args.output.is_some();
    let (conn, _) = ctx.reader()?;
    let bar = progress(transfer::count_rows(conn)?, "exporting");
    let sink: Box<dyn Write> = match &args.output {
        // --dry-run: the file is not written; the export is still made, so that it fails as
        // a real one would.
        Some(_) if dry_run => Box::new(std::io::sink()),
        Some(path) => Box::new(
            std::fs::File::create(path)
                .map_err(|e| Error::usage(format!("cannot write {}: {e}", path.display())))?,
        ),
        None => Box::new(std::io::stdout().lock()),
    };
    // One snapshot: a change committed while the export runs is in all of it or none.
    conn.snapshot(|conn| write_export(conn, sink, args.ndjson, || bar.inc(1)))?;
    bar.finish_and_clear();
    if dry_run {
        ctx.out.note("dry run: nothing was written");
    }
    Ok(())
}

/// Writes the whole store as an export document (or NDJSON) into `sink`.
pub fn write_export(
    conn: &crate::store::db::Db,
    sink: impl Write,
    ndjson: bool,
    mut tick: impl FnMut(),
) -> Result<()> {
    let mut out = BufWriter::with_capacity(256 * 1024, sink);
    let schema = store::schema_version();
    if ndjson {
        serde_json::to_writer(
            &mut out,
            &json!({ "type": "header", "lancer_export": EXPORT_VERSION, "schema_version": schema }),
        )?;
        out.write_all(b"\n")?;
    } else {
        write!(
            out,
            "{{\"lancer_export\":{EXPORT_VERSION},\"schema_version\":{schema},\"records\":["
        )?;
    }
    let mut first = true;
    transfer::export(conn, |record| {
        if !ndjson {
            out.write_all(if first { b"\n" } else { b",\n" })?;
        }
        first = false;
        serde_json::to_writer(&mut out, record)?;
        if ndjson {
            out.write_all(b"\n")?;
        }
        tick();
        Ok(())
    })?;
    if !ndjson {
        out.write_all(if first { b"]}\n" } else { b"\n]}\n" })?;
    }
    out.flush()?;
    Ok(())
}

/// Reads either form into (position, record) pairs, checking the header.
pub fn parse(text: &str) -> Result<Vec<(String, Map<String, Value>)>> {
    let check_header = |h: &Map<String, Value>, where_: &str| -> Result<()> {
        match h.get("lancer_export").and_then(Value::as_i64) {
            Some(EXPORT_VERSION) => {}
            Some(v) => {
                return Err(Error::usage(format!(
                    "{where_}: export format {v} is not one this lancer reads ({EXPORT_VERSION})"
                )));
            }
            None => {
                return Err(Error::usage(format!(
                    "{where_}: not a lancer export (no \"lancer_export\" field)"
                )));
            }
        }
        if let Some(v) = h.get("schema_version").and_then(Value::as_i64)
            && v > store::schema_version()
        {
            return Err(Error::usage(format!(
                "{where_}: the file comes from a newer lancer (schema {v})"
            )));
        }
        Ok(())
    };
    let trimmed = text.trim_start();
    // A whole JSON document?
    if trimmed.starts_with('{')
        && let Ok(Value::Object(mut doc)) = serde_json::from_str::<Value>(text)
        && doc.contains_key("records")
    {
        check_header(&doc, "the document")?;
        let Some(Value::Array(records)) = doc.remove("records") else {
            return Err(Error::usage("the document's \"records\" must be a list"));
        };
        return records
            .into_iter()
            .enumerate()
            .map(|(i, r)| match r {
                Value::Object(m) => Ok((format!("record {}", i + 1), m)),
                _ => Err(Error::usage(format!(
                    "record {}: a record must be a JSON object",
                    i + 1
                ))),
            })
            .collect();
    }
    // Otherwise NDJSON, a record a line.
    let mut out = Vec::new();
    let mut header_seen = false;
    for (i, line) in text.lines().enumerate() {
        let position = format!("line {}", i + 1);
        if line.trim().is_empty() {
            continue;
        }
        let value: Value = serde_json::from_str(line)
            .map_err(|e| Error::usage(format!("{position}: not valid JSON ({e})")))?;
        let Value::Object(m) = value else {
            return Err(Error::usage(format!(
                "{position}: a record must be a JSON object"
            )));
        };
        if m.get("type").and_then(Value::as_str) == Some("header") {
            check_header(&m, &position)?;
            header_seen = true;
            continue;
        }
        if !header_seen {
            return Err(Error::usage(format!(
                "{position}: an NDJSON export starts with its header line"
            )));
        }
        out.push((position, m));
    }
    if !header_seen {
        return Err(Error::usage("the file is empty or not a lancer export"));
    }
    Ok(out)
}

pub fn run_import(ctx: &mut Ctx, args: ImportArgs) -> Result<()> {
    let text = crate::input::read_text(
        &args.file,
        crate::input::IMPORT_BYTES_MAX,
        "the import file",
    )?;
    let parsed = parse(&text)?;
    let now = ctx.now;
    let bar = progress(parsed.len() as u64, "importing");
    let store = ctx.store()?;
    store.use_large_cache()?;
    // The records are moved into the load. A server may run it again (a conflict, a
    // failover), and then reads the file's text again; SQLite never does, so it lets go of
    // the text now.
    let text = store.conn.is_pg().then_some(text);
    // Rows are matched by id and uid, never through these indexes: they are built once after.
    let mut parsed = Some(parsed);
    let report = ctx.write_unsettled(|tx| {
        let records = match (parsed.take(), &text) {
            (Some(p), _) => p,
            (None, Some(text)) => parse(text)?,
            (None, None) => return Err(Error::internal("an import was run twice on SQLite")),
        };
        crate::store::with_indexes_deferred(tx, crate::store::BULK_DEFERRED_INDEXES, || {
            crate::app::transfer::import(tx, records, now, || bar.inc(1))
        })
    })?;
    bar.finish_and_clear();
    ctx.out.record(&report)
}
