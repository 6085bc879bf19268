//! Rendering of records and lists: table, json, ndjson, csv, tsv; field selection; `-q`.

/// `eprintln!` for lancer's own messages, which leaves a closed or broken standard error
/// alone: there is nobody left to tell, and the command's exit code must stay its own
/// (`eprintln!` panics there, and the process would end with 101).
#[macro_export]
macro_rules! errln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr().lock(), $($arg)*);
    }};
}

use std::io::{BufWriter, IsTerminal, Stdout, Write};
use std::marker::PhantomData;

use comfy_table::{Attribute, Cell, ContentArrangement, Table, presets};
use jiff::Timestamp;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::clock;
use crate::error::{Error, Result};
use crate::rules::money::Cents;
use crate::slug_enum;

mod split;

slug_enum! {
    /// Output formats (`-o/--format`).
    pub enum Format { Table => "table", Json => "json", Ndjson => "ndjson", Csv => "csv", Tsv => "tsv" }
}

/// A record lancer prints: its JSON shape is its serde form.
pub trait Record: Serialize {
    /// Every top-level JSON field, in output order (a unit test per entity keeps this true).
    const FIELDS: &'static [&'static str];
    /// The columns a table shows when `--fields` is not given.
    const COLUMNS: &'static [&'static str];
    fn id(&self) -> i64;
    /// What `-q` prints for the record: its id, or nothing for a record that has none (a
    /// balance, a count, a report).
    fn quiet_key(&self) -> Option<String> {
        Some(self.id().to_string())
    }
}

/// How to print, from the global options.
pub struct Printer {
    pub format: Format,
    pub fields: Option<Vec<String>>,
    pub quiet: bool,
    pub color: bool,
    pub stdout_tty: bool,
    pub now: Timestamp,
    /// `--jq`: the expression the JSON output goes through.
    pub jq: Option<crate::jq::Jq>,
    /// `--offset`: rows of a list to skip before printing.
    pub offset: u64,
}

type Out = BufWriter<std::io::StdoutLock<'static>>;

fn stdout() -> Out {
    let s: Stdout = std::io::stdout();
    BufWriter::with_capacity(64 * 1024, s.lock())
}

impl Printer {
    /// `explicit`: the format was asked for (`-o table` keeps a rendered table even when
    /// piped; the default table becomes TSV there).
    pub fn new(
        format: Format,
        explicit: bool,
        fields: Option<Vec<String>>,
        quiet: bool,
        color: bool,
        now: Timestamp,
    ) -> Printer {
        let stdout_tty = std::io::stdout().is_terminal();
        Printer {
            // Piped, a table is exactly `-o tsv`: every field, raw values, TSV escaping.
            format: if format == Format::Table && !stdout_tty && !explicit {
                Format::Tsv
            } else {
                format
            },
            fields,
            quiet,
            color,
            stdout_tty,
            now,
            jq: None,
            offset: 0,
        }
    }

    /// The row limit a list's query needs so that `--offset` rows can be skipped first.
    pub fn sql_limit(&self, limit: Option<u64>) -> Option<u64> {
        limit.map(|n| n.saturating_add(self.offset))
    }

    /// Skips the first `offset` rows of every list.
    pub fn with_offset(mut self, offset: u64) -> Printer {
        self.offset = offset;
        self
    }

    /// Sends the JSON output through a jq expression: JSON unless `-o ndjson` was asked for.
    pub fn with_jq(mut self, jq: Option<crate::jq::Jq>) -> Printer {
        if jq.is_some() && self.format != Format::Ndjson {
            self.format = Format::Json;
        }
        self.jq = jq;
        self
    }

    pub fn is_json(&self) -> bool {
        matches!(self.format, Format::Json | Format::Ndjson)
    }

    /// The fields to print: `--fields` (checked against the record's fields), else the
    /// table's default columns, else `None` meaning "the whole record as it serialises".
    fn selection<T: Record>(&self) -> Result<Option<Vec<&'static str>>> {
        if let Some(wanted) = &self.fields {
            return chosen_fields::<T>(wanted).map(Some);
        }
        match self.format {
            Format::Table => Ok(Some(T::COLUMNS.to_vec())),
            Format::Csv | Format::Tsv => Ok(Some(T::FIELDS.to_vec())),
            Format::Json | Format::Ndjson => Ok(None),
        }
    }

    /// Prints one record (the result of `show`, `add`, `edit`, …).
    pub fn record<T: Record>(&self, record: &T) -> Result<()> {
        let fields = self.selection::<T>()?;
        let mut out = stdout();
        if self.quiet {
            if let Some(key) = record.quiet_key() {
                writeln!(out, "{key}")?;
            }
            return Ok(out.flush()?);
        }
        if let Some(jq) = &self.jq {
            let value = project(record, fields.as_deref())?;
            jq.run(&serde_json::to_vec(&value)?, &mut out)?;
            return Ok(out.flush()?);
        }
        match self.format {
            Format::Json => {
                serde_json::to_writer_pretty(&mut out, &project(record, fields.as_deref())?)?;
                writeln!(out)?;
            }
            Format::Ndjson => {
                serde_json::to_writer(&mut out, &project(record, fields.as_deref())?)?;
                writeln!(out)?;
            }
            Format::Table => {
                // One record reads best as a two-column card, with every field shown unless
                // --fields chose some.
                let names: Vec<&str> = match &self.fields {
                    Some(_) => fields.unwrap_or_default(),
                    None => T::FIELDS.to_vec(),
                };
                let value = serde_json::to_value(record)?;
                let mut table = self.new_table();
                for name in names {
                    let v = value.get(name).unwrap_or(&Value::Null);
                    table.add_row(vec![
                        self.header_cell(name),
                        self.status_cell(name, self.card_text(name, v)),
                    ]);
                }
                writeln!(out, "{table}")?;
            }
            _ => {
                let mut list = ListPrinter::<T>::start(self, out, fields)?;
                list.skip = 0; // one record is not a page
                list.push(record)?;
                return list.finish();
            }
        }
        Ok(out.flush()?)
    }

    /// Starts a list; rows are written as they are pushed (streamed), except for a table on a
    /// terminal, which needs every row to size its columns.
    pub fn list<T: Record>(&self) -> Result<ListPrinter<'_, T>> {
        let fields = self.selection::<T>()?;
        ListPrinter::start(self, stdout(), fields)
    }

    /// Prints a single value: bare in text formats, `{"key": value}` in JSON.
    pub fn scalar(&self, key: &str, value: &str) -> Result<()> {
        if self.quiet {
            return Ok(()); // -q prints ids or nothing
        }
        let mut out = stdout();
        if self.is_json() {
            let mut map = Map::new();
            map.insert(key.to_string(), Value::String(value.to_string()));
            match &self.jq {
                Some(jq) => jq.run(&serde_json::to_vec(&map)?, &mut out)?,
                None => {
                    serde_json::to_writer(&mut out, &map)?;
                    writeln!(out)?;
                }
            }
        } else {
            writeln!(out, "{value}")?;
        }
        Ok(out.flush()?)
    }

    /// The warnings of a change (R32's offers of extras, possible contact details), one line
    /// each on stderr.
    pub fn warn_findings(&self, warnings: &[crate::rules::contact::Finding]) {
        for w in warnings {
            self.note(&crate::rules::contact::warning_line(w));
        }
    }

    /// A line for a person on stderr (never on stdout, so scripts' output stays clean). Not
    /// under `-q`, and not in JSON mode, where stderr carries errors only.
    pub fn note(&self, text: &str) {
        if !self.quiet && !self.is_json() {
            crate::errln!("{}", visible(text));
        }
    }

    fn new_table(&self) -> Table {
        let mut table = Table::new();
        table
            .load_style(presets::UTF8_BORDERS_ONLY)
            .set_content_arrangement(ContentArrangement::Dynamic);
        // A terminal that reports no size (a CI log, `script`) would get one character a
        // line: use COLUMNS, else 100.
        let width = table.width().filter(|w| *w >= 20).unwrap_or_else(|| {
            std::env::var("COLUMNS")
                .ok()
                .and_then(|c| c.trim().parse::<u16>().ok())
                .filter(|c| *c >= 20)
                .unwrap_or(100)
        });
        table.set_width(width);
        if !self.color {
            table.force_no_tty();
        }
        table
    }

    /// A cell, coloured by what a status means when colour is on: waiting (yellow), going on
    /// or won (green), over (dim red).
    fn status_cell(&self, field: &str, text: String) -> Cell {
        let text = visible(&text).into_owned();
        let colour = if self.color && (field == "status" || field.ends_with("_status")) {
            status_colour(&text)
        } else {
            None
        };
        match colour {
            Some(c) => Cell::new(text).fg(c),
            None => Cell::new(text),
        }
    }

    fn header_cell(&self, name: &str) -> Cell {
        let cell = Cell::new(name);
        if self.color {
            cell.add_attribute(Attribute::Bold)
        } else {
            cell
        }
    }

    /// A value in a one-record card: nested objects as `key: value` lines, lists of objects
    /// one object a line.
    fn card_text(&self, field: &str, value: &Value) -> String {
        // An object in a list reads as "its name: key value · key value".
        let line = |v: &Value| -> String {
            match v {
                Value::Object(map) => {
                    let lead = map.get("name").and_then(Value::as_str);
                    let rest = map
                        .iter()
                        .filter(|(k, x)| !x.is_null() && k.as_str() != "name")
                        .map(|(k, x)| match x {
                            Value::Object(_) | Value::Array(_) => format!("{k} {x}"),
                            _ => format!("{} {}", k.replace('_', " "), self.cell_text(k, x)),
                        })
                        .collect::<Vec<_>>()
                        .join("  ·  ");
                    match lead {
                        Some(name) => format!("{name}: {rest}"),
                        None => rest,
                    }
                }
                other => self.cell_text(field, other),
            }
        };
        match value {
            Value::Object(map) => map
                .iter()
                .map(|(k, v)| match v {
                    Value::Array(items) if items.iter().any(Value::is_object) => {
                        format!(
                            "{k}:\n{}",
                            items
                                .iter()
                                .map(|i| format!("  {}", line(i)))
                                .collect::<Vec<_>>()
                                .join("\n")
                        )
                    }
                    Value::Object(_) => format!("{k}: {}", line(v)),
                    _ => format!("{k}: {}", self.cell_text(k, v)),
                })
                .collect::<Vec<_>>()
                .join("\n"),
            Value::Array(items) if items.iter().any(Value::is_object) => {
                items.iter().map(line).collect::<Vec<_>>().join("\n")
            }
            _ => self.cell_text(field, value),
        }
    }

    /// A value as a person reads it: money as `$1,250.00`, times relative on a terminal,
    /// booleans as yes/no, lists comma-separated.
    pub fn cell_text(&self, field: &str, value: &Value) -> String {
        match value {
            Value::Null => String::new(),
            Value::Bool(b) => if *b { "yes" } else { "no" }.to_string(),
            Value::Number(n) if field.ends_with("_cents") => match n.as_i64() {
                Some(c) => Cents(c).to_string(),
                None => n.to_string(),
            },
            // Durations read in hours (minutes under one hour), not seconds.
            Value::Number(n) if field.ends_with("_seconds") => match n.as_f64() {
                Some(s) if s < 3600.0 => format!("{:.0} min", s / 60.0),
                Some(s) => format!("{:.1} h", s / 3600.0),
                None => n.to_string(),
            },
            Value::Number(n) => n.to_string(),
            Value::String(s) if self.stdout_tty && field.ends_with("_at") => {
                match s.parse::<Timestamp>() {
                    Ok(t) => clock::relative(t, self.now),
                    Err(_) => s.clone(),
                }
            }
            Value::String(s) => flatten_line(s),
            Value::Array(items) => items
                .iter()
                .map(|v| match v {
                    Value::String(s) => flatten_line(s),
                    other => other.to_string(),
                })
                .collect::<Vec<_>>()
                .join(", "),
            Value::Object(_) => value.to_string(),
        }
    }
}

/// The `--fields` asked for, checked against the record's fields (exit 2 naming an unknown
/// one and listing the valid ones).
pub fn chosen_fields<T: Record>(wanted: &[String]) -> Result<Vec<&'static str>> {
    let mut chosen = Vec::with_capacity(wanted.len());
    for name in wanted {
        match T::FIELDS.iter().find(|f| **f == name.as_str()) {
            Some(f) => chosen.push(*f),
            None => {
                return Err(Error::usage(format!(
                    "unknown field '{name}' in --fields; the fields are: {}",
                    T::FIELDS.join(", ")
                ))
                .detail("fields", T::FIELDS.to_vec()));
            }
        }
    }
    Ok(chosen)
}

/// Keeps a cell on one line, and no character that came from data can drive the terminal.
fn flatten_line(s: &str) -> String {
    let s = if s.contains(['\t', '\n', '\r']) {
        s.replace(['\t', '\n', '\r'], " ")
    } else {
        s.to_string()
    };
    visible(&s).into_owned()
}

/// Whether a character would act on a terminal instead of showing: C0 and C1 controls, DEL,
/// and the bidirectional overrides and isolates that reorder what follows.
pub fn is_control(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Text for a terminal: control characters (but newlines) shown as `\u{1b}`, so an escape
/// sequence in a stored name prints as text and does nothing.
pub fn visible(s: &str) -> std::borrow::Cow<'_, str> {
    visible_keeping(s, &['\n'])
}

/// [`visible`], keeping the characters of `keep` as they are (CSV and TSV escape their own).
pub fn visible_keeping<'a>(s: &'a str, keep: &[char]) -> std::borrow::Cow<'a, str> {
    // Printable ASCII, the usual case, has nothing to show differently.
    // (No early exit: the check runs over many bytes at a time.)
    if s.bytes()
        .fold(true, |ascii, b| ascii & (b' '..=b'~').contains(&b))
    {
        return std::borrow::Cow::Borrowed(s);
    }
    if !s.chars().any(|c| !keep.contains(&c) && is_control(c)) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if !keep.contains(&c) && is_control(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A record as JSON: itself, written as it serializes with no tree built in between, or,
/// with fields chosen, reduced to those fields in the chosen order.
enum Projected<'r, T> {
    Whole(&'r T),
    Chosen(Value),
}

impl<T: Serialize> Serialize for Projected<'_, T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        match self {
            Projected::Whole(record) => record.serialize(s),
            Projected::Chosen(value) => value.serialize(s),
        }
    }
}

fn project<'r, T: Serialize>(record: &'r T, fields: Option<&[&str]>) -> Result<Projected<'r, T>> {
    let Some(fields) = fields else {
        return Ok(Projected::Whole(record));
    };
    let value = serde_json::to_value(record)?;
    let Value::Object(mut map) = value else {
        return Ok(Projected::Chosen(value));
    };
    let mut chosen = Map::with_capacity(fields.len());
    for f in fields {
        chosen.insert((*f).to_string(), map.remove(*f).unwrap_or(Value::Null));
    }
    Ok(Projected::Chosen(Value::Object(chosen)))
}

/// A list being printed.
pub struct ListPrinter<'p, T> {
    printer: &'p Printer,
    out: Out,
    fields: Option<Vec<&'static str>>,
    csv: Option<u8>,
    table: Option<Table>,
    count: usize,
    /// With `--jq` and a JSON array: the array, run through the expression at the end.
    buffer: Option<Vec<u8>>,
    /// Rows still to skip (`--offset`).
    skip: u64,
    _record: PhantomData<T>,
}

impl<'p, T: Record> ListPrinter<'p, T> {
    fn start(printer: &'p Printer, out: Out, fields: Option<Vec<&'static str>>) -> Result<Self> {
        let mut list = ListPrinter {
            printer,
            out,
            fields,
            csv: None,
            table: None,
            count: 0,
            buffer: None,
            skip: printer.offset,
            _record: PhantomData,
        };
        if printer.jq.is_some() && !printer.quiet {
            if printer.format == Format::Json {
                list.buffer = Some(b"[".to_vec());
            }
            return Ok(list);
        }
        let header: Vec<&str> = list.fields.clone().unwrap_or_default();
        if !printer.quiet {
            match printer.format {
                Format::Json => list.out.write_all(b"[")?,
                Format::Csv | Format::Tsv => {
                    let delimiter = if printer.format == Format::Csv {
                        b','
                    } else {
                        b'\t'
                    };
                    list.csv = Some(delimiter);
                    list.write_csv(&header)?;
                }
                Format::Table => {
                    let mut table = printer.new_table();
                    table.set_header(header.iter().map(|h| printer.header_cell(h)));
                    list.table = Some(table);
                }
                Format::Ndjson => {}
            }
        }
        Ok(list)
    }

    fn write_csv<S: AsRef<[u8]>>(&mut self, row: &[S]) -> Result<()> {
        let Some(delimiter) = self.csv else {
            return Ok(());
        };
        if delimiter == b'\t' {
            // TSV: no quoting; a backslash, tab, newline or carriage return in a cell is
            // escaped as `\\`, `\t`, `\n`, `\r`.
            for (i, cell) in row.iter().enumerate() {
                if i > 0 {
                    self.out.write_all(b"\t")?;
                }
                write_tsv_cell(&mut self.out, cell.as_ref())?;
            }
            self.out.write_all(b"\n")?;
            return Ok(());
        }
        let mut w = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .from_writer(&mut self.out);
        w.write_record(row)?;
        w.flush()?;
        Ok(())
    }

    /// Whether records may be handed over as finished JSON text ([`ListPrinter::push_json`]):
    /// JSON or NDJSON of whole records, without `--jq`, `--fields` or `-q`.
    pub fn takes_json(&self) -> bool {
        let p = self.printer;
        !p.quiet
            && p.jq.is_none()
            && self.fields.is_none()
            && matches!(p.format, Format::Json | Format::Ndjson)
    }

    /// Prints a record given as its JSON text, which must be byte for byte what serializing it
    /// gives (only when [`ListPrinter::takes_json`]).
    pub fn push_json(&mut self, json: &[u8]) -> Result<()> {
        debug_assert!(self.takes_json());
        if self.skip > 0 {
            self.skip -= 1;
            return Ok(());
        }
        self.count += 1;
        self.write_json(|out| Ok(out.write_all(json)?))
    }

    /// A JSON record in its place: after the separator of a JSON array, or on its own line.
    fn write_json(&mut self, write: impl FnOnce(&mut Out) -> Result<()>) -> Result<()> {
        let json = self.printer.format == Format::Json;
        if json {
            self.out
                .write_all(if self.count == 1 { b"\n" } else { b",\n" })?;
        }
        write(&mut self.out)?;
        if !json {
            self.out.write_all(b"\n")?;
        }
        Ok(())
    }

    pub fn push(&mut self, record: &T) -> Result<()> {
        if self.skip > 0 {
            self.skip -= 1;
            return Ok(());
        }
        let p = self.printer;
        self.count += 1;
        if p.quiet {
            if let Some(key) = record.quiet_key() {
                writeln!(self.out, "{key}")?;
            }
            return Ok(());
        }
        if let Some(jq) = &p.jq {
            let value = project(record, self.fields.as_deref())?;
            match self.buffer.as_mut() {
                Some(buffer) => {
                    if self.count > 1 {
                        buffer.push(b',');
                    }
                    serde_json::to_writer(buffer, &value)?;
                }
                // -o ndjson: one record at a time, as a one-element array.
                None => jq.run(&serde_json::to_vec(&[value])?, &mut self.out)?,
            }
            return Ok(());
        }
        match p.format {
            Format::Json | Format::Ndjson => {
                let value = project(record, self.fields.as_deref())?;
                self.write_json(|out| Ok(serde_json::to_writer(out, &value)?))?;
            }
            Format::Csv | Format::Tsv => {
                // Each top-level field's JSON text, taken as the record is written (a list or
                // an object is a cell's text as it stands), not built into a tree and printed.
                let value = split::Fields::of(record)?;
                let fields = self.fields.as_deref().unwrap_or_default();
                let mut row: Vec<std::borrow::Cow<'_, str>> = Vec::with_capacity(fields.len());
                for f in fields {
                    row.push(match value.get(f) {
                        Some(v) => match raw_text(v)? {
                            std::borrow::Cow::Borrowed(raw) => {
                                visible_keeping(raw, &['\n', '\t', '\r'])
                            }
                            std::borrow::Cow::Owned(raw) => std::borrow::Cow::Owned(
                                visible_keeping(&raw, &['\n', '\t', '\r']).into_owned(),
                            ),
                        },
                        None => std::borrow::Cow::Borrowed(""),
                    });
                }
                let cells: Vec<&[u8]> = row.iter().map(|c| c.as_bytes()).collect();
                self.write_csv(&cells)?;
            }
            Format::Table => {
                let value = serde_json::to_value(record)?;
                let fields = self.fields.as_deref().unwrap_or_default();
                let cells: Vec<String> = fields
                    .iter()
                    .map(|f| p.cell_text(f, value.get(*f).unwrap_or(&Value::Null)))
                    .collect();
                match self.table.as_mut() {
                    Some(table) => {
                        table.add_row(
                            fields
                                .iter()
                                .zip(cells)
                                .map(|(f, text)| p.status_cell(f, text)),
                        );
                    }
                    None => writeln!(self.out, "{}", cells.join("\t"))?,
                }
            }
        }
        Ok(())
    }

    pub fn count(&self) -> usize {
        self.count
    }

    pub fn finish(mut self) -> Result<()> {
        let p = self.printer;
        if let (Some(jq), Some(mut buffer)) = (&p.jq, self.buffer.take()) {
            buffer.push(b']');
            jq.run(&buffer, &mut self.out)?;
            return Ok(self.out.flush()?);
        }
        if !p.quiet {
            match p.format {
                Format::Json => {
                    self.out
                        .write_all(if self.count == 0 { b"]\n" } else { b"\n]\n" })?
                }
                Format::Table => {
                    if let Some(table) = self.table.take() {
                        if self.count == 0 {
                            p.note("(nothing to list)");
                        } else {
                            writeln!(self.out, "{table}")?;
                        }
                    }
                }
                _ => {}
            }
        }
        Ok(self.out.flush()?)
    }
}

fn status_colour(status: &str) -> Option<comfy_table::Color> {
    use comfy_table::Color;
    Some(match status {
        "pending" | "submitted" | "offered" | "open" | "required" | "started" | "paused" => {
            Color::Yellow
        }
        "accepted" | "active" | "hired" => Color::Green,
        "declined" | "withdrawn" | "archived" | "closed" | "expired" | "ended" => Color::DarkRed,
        _ => return None,
    })
}

fn write_tsv_cell(out: &mut impl Write, cell: &[u8]) -> std::io::Result<()> {
    // Most cells have nothing to escape.
    if memchr::memchr3(b'\\', b'\t', b'\n', cell).is_none() && memchr::memchr(b'\r', cell).is_none()
    {
        return out.write_all(cell);
    }
    let mut last = 0;
    for (i, b) in cell.iter().enumerate() {
        let escaped: &[u8] = match b {
            b'\\' => b"\\\\",
            b'\t' => b"\\t",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            _ => continue,
        };
        out.write_all(&cell[last..i])?;
        out.write_all(escaped)?;
        last = i + 1;
    }
    out.write_all(&cell[last..])
}

/// A value, given as its JSON text, as text for csv/tsv: scalars as themselves, lists and
/// objects as JSON.
fn raw_text(json: &str) -> Result<std::borrow::Cow<'_, str>> {
    Ok(match json.as_bytes()[0] {
        b'n' => std::borrow::Cow::Borrowed(""),
        // A JSON string without an escape holds its text as written.
        b'"' if !json.contains('\\') => std::borrow::Cow::Borrowed(&json[1..json.len() - 1]),
        b'"' => std::borrow::Cow::Owned(serde_json::from_str(json)?),
        _ => std::borrow::Cow::Borrowed(json),
    })
}
