//! Export and import of every table, lossless: each row becomes one JSON record whose fields
//! are the table's columns (lists stay JSON, attachment bytes are base64).

use crate::store::db::Db;
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

use base64::Engine;
use rusqlite::OptionalExtension;
use rusqlite::types::Value as SqlValue;
use serde_json::{Map, Value};

use crate::error::{Error, Result};

/// How a table's rows are keyed on import.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// `id INTEGER PRIMARY KEY`, with a `uid` column when `uid` is true.
    Id { uid: bool },
    /// A text primary key (settings' `key`, blobs' `sha256`).
    Text(&'static str),
}

/// One exported table.
pub struct TableSpec {
    pub table: &'static str,
    /// The record's `type` in the export.
    pub kind: &'static str,
    pub key: Key,
    /// Columns that hold ids of other tables' rows: (column, table).
    pub refs: &'static [(&'static str, &'static str)],
    /// Columns holding JSON text, shown as JSON in the export.
    pub json: &'static [&'static str],
    /// Columns holding bytes, shown as base64.
    pub blobs: &'static [&'static str],
    /// 0/1 columns, shown as `false`/`true` as everywhere else.
    pub bools: &'static [&'static str],
    /// Columns stored in hundredths and shown as a number with two decimals under another
    /// name, as `show` prints them: (column, field).
    pub hundredths: &'static [(&'static str, &'static str)],
}

const fn id(uid: bool) -> Key {
    Key::Id { uid }
}

/// Every table, parents before children.
pub const TABLES: &[TableSpec] = &[
    TableSpec {
        table: "settings",
        kind: "setting",
        key: Key::Text("key"),
        refs: &[],
        json: &[],
        blobs: &[],
        bools: &[],
        hundredths: &[],
    },
    TableSpec {
        table: "clients",
        kind: "client",
        key: id(true),
        refs: &[],
        json: &["recent_feedback"],
        blobs: &[],
        bools: &["payment_verified"],
        hundredths: &[("rating_hundredths", "rating")],
    },
    TableSpec {
        table: "agencies",
        kind: "agency",
        key: id(true),
        refs: &[],
        json: &[],
        blobs: &[],
        bools: &[],
        hundredths: &[],
    },
    TableSpec {
        table: "agency_members",
        kind: "agency_member",
        key: id(false),
        refs: &[("agency_id", "agencies")],
        json: &[],
        blobs: &[],
        bools: &[],
        hundredths: &[],
    },
    TableSpec {
        table: "profiles",
        kind: "profile",
        key: id(true),
        refs: &[("agency_id", "agencies")],
        json: &["skills"],
        blobs: &[],
        bools: &[],
        hundredths: &[],
    },
    TableSpec {
        table: "jobs",
        kind: "job",
        key: id(true),
        refs: &[("client_id", "clients")],
        json: &["skills", "questions"],
        blobs: &[],
        bools: &["featured", "private", "connects_explicit"],
        hundredths: &[],
    },
    TableSpec {
        table: "invites",
        kind: "invite",
        key: id(true),
        refs: &[("job_id", "jobs"), ("proposal_id", "proposals")],
        json: &[],
        blobs: &[],
        bools: &["interview_required"],
        hundredths: &[],
    },
    TableSpec {
        table: "proposals",
        kind: "proposal",
        key: id(true),
        refs: &[
            ("job_id", "jobs"),
            ("invite_id", "invites"),
            ("profile_id", "profiles"),
            ("agency_id", "agencies"),
        ],
        json: &["milestones", "answers"],
        blobs: &[],
        bools: &["boost_refunded"],
        hundredths: &[],
    },
    TableSpec {
        table: "blobs",
        kind: "blob",
        key: Key::Text("sha256"),
        refs: &[],
        json: &[],
        blobs: &["bytes"],
        bools: &[],
        hundredths: &[],
    },
    TableSpec {
        table: "attachments",
        kind: "attachment",
        key: id(false),
        refs: &[("proposal_id", "proposals")],
        json: &[],
        blobs: &[],
        bools: &[],
        hundredths: &[],
    },
    TableSpec {
        table: "messages",
        kind: "message",
        key: id(true),
        refs: &[("proposal_id", "proposals")],
        json: &[],
        blobs: &[],
        bools: &["from_client"],
        hundredths: &[],
    },
    TableSpec {
        table: "offers",
        kind: "offer",
        key: id(true),
        refs: &[("proposal_id", "proposals")],
        json: &["milestones"],
        blobs: &[],
        bools: &[],
        hundredths: &[],
    },
    TableSpec {
        table: "catalog_projects",
        kind: "catalog_project",
        key: id(true),
        refs: &[("profile_id", "profiles")],
        json: &[],
        blobs: &[],
        bools: &[],
        hundredths: &[],
    },
    TableSpec {
        table: "contracts",
        kind: "contract",
        key: id(true),
        refs: &[
            ("offer_id", "offers"),
            ("proposal_id", "proposals"),
            ("catalog_id", "catalog_projects"),
            ("client_id", "clients"),
            ("job_id", "jobs"),
        ],
        json: &["milestones"],
        blobs: &[],
        bools: &[],
        hundredths: &[],
    },
    TableSpec {
        table: "connects_ledger",
        kind: "connects_entry",
        key: id(false),
        refs: &[("agency_id", "agencies")],
        json: &[],
        blobs: &[],
        bools: &[],
        hundredths: &[],
    },
    TableSpec {
        table: "connects_lots",
        kind: "connects_lot",
        key: id(false),
        refs: &[("agency_id", "agencies"), ("ledger_id", "connects_ledger")],
        json: &[],
        blobs: &[],
        bools: &[],
        hundredths: &[],
    },
    TableSpec {
        table: "connects_draws",
        kind: "connects_draw",
        key: id(false),
        refs: &[
            ("ledger_id", "connects_ledger"),
            ("lot_id", "connects_lots"),
        ],
        json: &[],
        blobs: &[],
        bools: &[],
        hundredths: &[],
    },
    TableSpec {
        table: "events",
        kind: "event",
        key: id(false),
        refs: &[],
        json: &["details"],
        blobs: &[],
        bools: &[],
        hundredths: &[],
    },
];

pub fn spec_for(kind: &str) -> Option<&'static TableSpec> {
    TABLES.iter().find(|t| t.kind == kind)
}

fn spec_of_table(table: &str) -> &'static TableSpec {
    TABLES
        .iter()
        .find(|t| t.table == table)
        .expect("known table")
}

/// Each table's columns, read once per import (the schema does not change meanwhile).
#[derive(Default)]
pub struct ColumnCache(HashMap<&'static str, Rc<Vec<(String, String)>>>);

impl ColumnCache {
    pub fn of(&mut self, conn: &Db, table: &'static str) -> Result<Rc<Vec<(String, String)>>> {
        if let Some(cols) = self.0.get(table) {
            return Ok(Rc::clone(cols));
        }
        let cols = Rc::new(columns(conn, table)?);
        self.0.insert(table, Rc::clone(&cols));
        Ok(cols)
    }
}

/// A table's columns and their declared types, in order.
pub fn columns(conn: &Db, table: &str) -> Result<Vec<(String, String)>> {
    if conn.is_pg() {
        // The server's types under SQLite's names, in the tables' column order.
        let cols = conn
            .prepare(
                "SELECT column_name::text, CASE data_type WHEN 'bigint' THEN 'INTEGER' \
                 WHEN 'bytea' THEN 'BLOB' WHEN 'double precision' THEN 'REAL' ELSE 'TEXT' END \
                 FROM information_schema.columns \
                 WHERE table_schema = current_schema() AND table_name = ?1 ORDER BY ordinal_position",
            )?
            .query_map([table], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        return Ok(cols);
    }
    let mut stmt = conn.prepare(&format!("PRAGMA table_info({table})"))?;
    let cols = stmt
        .query_map([], |r| Ok((r.get::<_, String>(1)?, r.get::<_, String>(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(cols)
}

/// The field a column is shown as (`rating_hundredths` is `rating`).
fn field_name<'a>(spec: &TableSpec, column: &'a str) -> &'a str {
    spec.hundredths
        .iter()
        .find(|(c, _)| *c == column)
        .map_or(column, |(_, f)| f)
}

/// The column a field is stored in (`rating` is `rating_hundredths`).
fn column_name<'a>(spec: &TableSpec, field: &'a str) -> &'a str {
    spec.hundredths
        .iter()
        .find(|(_, f)| *f == field)
        .map_or(field, |(c, _)| c)
}

fn to_json(spec: &TableSpec, column: &str, value: SqlValue) -> Value {
    match value {
        SqlValue::Null => Value::Null,
        SqlValue::Integer(i) if spec.bools.contains(&column) => Value::Bool(i != 0),
        SqlValue::Integer(i) if spec.hundredths.iter().any(|(c, _)| *c == column) => {
            // Two decimals, exactly: 455 is 4.55.
            serde_json::from_str(&format!("{}.{:02}", i / 100, (i % 100).abs()))
                .unwrap_or(Value::from(i))
        }
        SqlValue::Integer(i) => Value::from(i),
        SqlValue::Real(f) => Value::from(f),
        SqlValue::Text(t) if spec.json.contains(&column) => {
            serde_json::from_str(&t).unwrap_or(Value::String(t))
        }
        SqlValue::Text(t) => Value::String(t),
        SqlValue::Blob(b) => Value::String(base64::engine::general_purpose::STANDARD.encode(b)),
    }
}

/// Calls `each` with every row of every table as an export record, in a fixed order.
pub fn export(conn: &Db, mut each: impl FnMut(&Map<String, Value>) -> Result<()>) -> Result<()> {
    for spec in TABLES {
        let cols = columns(conn, spec.table)?;
        let order = match spec.key {
            Key::Id { .. } => "id".to_string(),
            Key::Text(k) => k.to_string(),
        };
        let mut stmt = conn.prepare(&format!("SELECT * FROM {} ORDER BY {order}", spec.table))?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let mut record = Map::with_capacity(cols.len() + 1);
            record.insert("type".into(), Value::String(spec.kind.into()));
            for (i, (name, _)) in cols.iter().enumerate() {
                record.insert(
                    field_name(spec, name).to_string(),
                    to_json(spec, name, row.get::<_, SqlValue>(i)?),
                );
            }
            each(&record)?;
        }
    }
    Ok(())
}

pub fn count_rows(conn: &Db) -> Result<u64> {
    let mut total = 0u64;
    for spec in TABLES {
        let n: i64 = conn.query_row(&format!("SELECT count(*) FROM {}", spec.table), [], |r| {
            r.get(0)
        })?;
        total += n as u64;
    }
    Ok(total)
}

/// One record read from an import file, with where it was.
pub struct Incoming {
    pub position: String,
    pub spec: &'static TableSpec,
    pub fields: Map<String, Value>,
}

/// Checks a record's shape against its table and returns it ready for import.
pub fn check_record(
    conn: &Db,
    position: String,
    mut fields: Map<String, Value>,
    cache: &mut ColumnCache,
) -> Result<Incoming> {
    let bad = |why: String| Error::usage(format!("{position}: {why}"));
    let kind = match fields.remove("type") {
        Some(Value::String(k)) => k,
        _ => return Err(bad("the record has no \"type\"".into())),
    };
    let spec = spec_for(&kind).ok_or_else(|| {
        bad(format!(
            "unknown type '{kind}'; the types are: {}",
            TABLES.iter().map(|t| t.kind).collect::<Vec<_>>().join(", ")
        ))
    })?;
    let cols = cache.of(conn, spec.table)?;
    // One spelling per field: the stored name of a scaled column (an older export's
    // `rating_hundredths`) becomes the shown one, and 0/1 in a yes/no field becomes false/true.
    for (column, field) in spec.hundredths {
        if let Some(v) = fields.remove(*column) {
            if fields.contains_key(*field) {
                return Err(bad(format!(
                    "both '{field}' and '{column}' given for type {kind}; give '{field}'"
                )));
            }
            let shown = match v.as_i64() {
                Some(i) => to_json(spec, column, SqlValue::Integer(i)),
                None => v,
            };
            fields.insert((*field).to_string(), shown);
        }
    }
    for b in spec.bools {
        if let Some(Value::Number(n)) = fields.get(*b)
            && let Some(i @ (0 | 1)) = n.as_i64()
        {
            fields.insert((*b).to_string(), Value::Bool(i == 1));
        }
    }
    for (name, value) in &fields {
        let column = column_name(spec, name);
        let Some((_, decl)) = cols.iter().find(|(c, _)| c == column) else {
            return Err(bad(format!(
                "unknown field '{name}' for type {kind}; its fields are: {}",
                cols.iter()
                    .map(|(c, _)| field_name(spec, c))
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        };
        let hundredths = column != name.as_str();
        let ok = match (decl.as_str(), value) {
            (_, Value::Null) => true,
            ("INTEGER", Value::Number(n)) if hundredths => n
                .as_f64()
                .is_some_and(|f| f.is_finite() && ((f * 100.0).round() - f * 100.0).abs() < 1e-6),
            ("INTEGER", Value::Number(_)) if spec.bools.contains(&column) => false,
            ("INTEGER", Value::Number(n)) => n.is_i64(),
            ("REAL", Value::Number(_)) => true,
            ("TEXT", Value::String(_)) => !spec.json.contains(&name.as_str()),
            ("TEXT", Value::Array(_) | Value::Object(_)) => spec.json.contains(&name.as_str()),
            ("INTEGER", Value::Bool(_)) => true,
            ("BLOB", Value::String(s)) => {
                base64::engine::general_purpose::STANDARD.decode(s).is_ok()
            }
            _ => false,
        };
        if !ok {
            let what = if hundredths {
                "a number with at most two decimals"
            } else if spec.bools.contains(&column) {
                "true or false"
            } else {
                describe(decl, spec.json.contains(&name.as_str()))
            };
            return Err(bad(format!(
                "field '{name}' of type {kind} must be {what}, not {value}"
            )));
        }
        // Hostile input: the same text rules as the command line (one line, no control
        // characters, a maximum length), for the field and for each item of a list.
        let shown = format!("{position}: field '{name}' of type {kind}");
        fn strings<'v>(value: &'v Value, out: &mut Vec<&'v str>) {
            match value {
                Value::String(text) => out.push(text),
                Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
                Value::Object(map) => map.iter().for_each(|(k, v)| {
                    out.push(k);
                    strings(v, out);
                }),
                _ => {}
            }
        }
        let mut texts = Vec::new();
        strings(value, &mut texts);
        for text in texts {
            crate::rules::text::check(&shown, column, text)?;
        }
        if let Value::String(text) = value {
            check_field_format(name, text).map_err(|why| {
                bad(format!(
                    "field '{name}' of type {kind} must be {why}, not {value}"
                ))
            })?;
        }
    }
    // The limits the commands hold these fields to (R10, R11, R13, R18, R20, R60).
    if matches!(spec.kind, "proposal" | "offer")
        && let Some(list @ Value::Array(_)) = fields.get("milestones")
    {
        let milestones: Vec<crate::rules::proposals::Milestone> =
            serde_json::from_value(list.clone())
                .map_err(|e| bad(format!("field 'milestones' of type {kind}: {e}")))?;
        let bid = fields.get("bid_cents").and_then(Value::as_i64);
        crate::rules::proposals::check_milestones(&milestones, bid)
            .map_err(|e| bad(format!("field 'milestones' of type {kind}: {e}")))?;
    }
    if spec.kind == "offer"
        && let (Some(Value::String(received)), Some(Value::String(expires))) =
            (fields.get("received_at"), fields.get("expires_at"))
        && let (Ok(received), Ok(expires)) = (
            received.parse::<jiff::Timestamp>(),
            expires.parse::<jiff::Timestamp>(),
        )
    {
        let days = crate::rules::settings::SettingKey::OfferExpiryDays;
        let span = expires.as_second() - received.as_second();
        if span <= 0 || span % 86_400 != 0 || days.validate(&(span / 86_400).to_string()).is_err() {
            return Err(bad(format!(
                "field 'expires_at' of type offer must be a whole number of days from 1 to 90 after 'received_at' (offer-expiry-days), not {expires}"
            )));
        }
    }
    match (
        spec.kind,
        fields.get("cover_letter"),
        fields.get("boost_connects"),
    ) {
        ("proposal", letter, boost) => {
            if let Some(Value::String(text)) = letter {
                let n = text.chars().count();
                if n > crate::rules::proposals::COVER_LETTER_MAX {
                    return Err(bad(format!(
                        "field 'cover_letter' of type proposal has {n} characters; at most {} are allowed",
                        crate::rules::proposals::COVER_LETTER_MAX
                    )));
                }
            }
            if let Some(n) = boost.and_then(Value::as_i64)
                && n != 0
            {
                crate::rules::proposals::check_boost_amount(n)
                    .map_err(|e| bad(format!("field 'boost_connects' of type proposal: {e}")))?;
            }
        }
        ("setting", _, _) => {
            let key = fields
                .get("key")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let value = fields
                .get("value")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let key: crate::rules::settings::SettingKey = key
                .parse()
                .map_err(|e| bad(format!("field 'key' of type setting: {e}")))?;
            key.validate(value).map_err(bad)?;
        }
        _ => {}
    }
    // A blob is named by its content: the name must be the SHA-256 of the bytes it holds.
    if spec.kind == "blob"
        && let (Some(Value::String(hash)), Some(Value::String(data))) =
            (fields.get("sha256"), fields.get("bytes"))
    {
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(data)
            .unwrap_or_default();
        let want = crate::store::proposals::sha256_hex(&bytes);
        if *hash != want {
            return Err(bad(format!(
                "field 'sha256' of type blob is not the SHA-256 of its bytes (they hash to {want})"
            )));
        }
        if let Some(size) = fields.get("size").and_then(Value::as_i64)
            && size != bytes.len() as i64
        {
            return Err(bad(format!(
                "field 'size' of type blob is {size}, but its bytes are {} long",
                bytes.len()
            )));
        }
    }
    Ok(Incoming {
        position,
        spec,
        fields,
    })
}

/// Fields with a fixed form: times are stored as canonical RFC 3339 UTC text with whole
/// seconds (so that comparing the text orders them), dates as `YYYY-MM-DD`, months as
/// `YYYY-MM`, content hashes as 64 lowercase hex digits; anything else would break later reads.
fn check_field_format(name: &str, text: &str) -> std::result::Result<(), &'static str> {
    const TIME: &str = "an RFC 3339 UTC time with whole seconds, like 2026-03-01T09:00:00Z";
    if name == "at" || name.ends_with("_at") {
        let ts: jiff::Timestamp = text.parse().map_err(|_| TIME)?;
        if crate::clock::whole_seconds(ts).to_string() != text {
            return Err(TIME);
        }
    } else if name == "uid" {
        // As on the command line: a uid of digits alone would read as an id.
        if text.trim().is_empty() || text.bytes().all(|b| b.is_ascii_digit()) {
            return Err("a uid with at least one character that is not a digit");
        }
    } else if name == "sha256" {
        if text.len() != 64 || !text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
            return Err("64 lowercase hexadecimal digits");
        }
    } else if name == "month" {
        let ok = text.len() == 7 && format!("{text}-01").parse::<jiff::civil::Date>().is_ok();
        if !ok {
            return Err("a month like 2026-03");
        }
    } else if name == "member_since" {
        text.parse::<jiff::civil::Date>()
            .map_err(|_| "a date like 2021-06-01")?;
    }
    Ok(())
}

fn describe(decl: &str, json: bool) -> &'static str {
    match (decl, json) {
        ("INTEGER", _) => "a whole number",
        ("REAL", _) => "a number",
        ("TEXT", true) => "a JSON list or object",
        ("TEXT", false) => "a string",
        ("BLOB", _) => "base64 text",
        _ => "a value of the column's type",
    }
}

fn to_sql(spec: &TableSpec, field: &str, value: &Value) -> SqlValue {
    let column = column_name(spec, field);
    match value {
        Value::Null => SqlValue::Null,
        Value::Number(n) if column != field => {
            SqlValue::Integer((n.as_f64().unwrap_or(0.0) * 100.0).round() as i64)
        }
        Value::Bool(b) => SqlValue::Integer(i64::from(*b)),
        Value::Number(n) => n
            .as_i64()
            .map(SqlValue::Integer)
            .unwrap_or_else(|| SqlValue::Real(n.as_f64().unwrap_or(0.0))),
        Value::String(s) if spec.blobs.contains(&column) => SqlValue::Blob(
            base64::engine::general_purpose::STANDARD
                .decode(s)
                .unwrap_or_default(),
        ),
        Value::String(s) => SqlValue::Text(s.clone()),
        other => SqlValue::Text(other.to_string()),
    }
}

/// What an import did.
#[derive(Debug, Default, serde::Serialize)]
pub struct ImportReport {
    pub records: u64,
    pub inserted: u64,
    pub updated: u64,
    pub unchanged: u64,
}

impl crate::output::Record for ImportReport {
    const FIELDS: &'static [&'static str] = &["records", "inserted", "updated", "unchanged"];
    const COLUMNS: &'static [&'static str] = Self::FIELDS;
    fn id(&self) -> i64 {
        0
    }
    fn quiet_key(&self) -> Option<String> {
        None
    }
}

/// The row with this key, as an export record without its `type`.
fn existing(
    conn: &Db,
    spec: &TableSpec,
    cols: &[(String, String)],
    key_col: &str,
    key: &SqlValue,
) -> Result<Option<Map<String, Value>>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT * FROM {} WHERE {key_col} = ?1",
        spec.table
    ))?;
    let row = stmt
        .query_row([key], |row| {
            let mut m = Map::new();
            for (i, (name, _)) in cols.iter().enumerate() {
                m.insert(
                    field_name(spec, name).to_string(),
                    to_json(spec, name, row.get::<_, SqlValue>(i)?),
                );
            }
            Ok(m)
        })
        .optional()?;
    Ok(row)
}

/// Writes the records in the caller's transaction: rows whose uid (or text key) exists are
/// updated in place, identical rows are left alone, new rows keep their ids when free.
pub fn import(
    conn: &Db,
    records: Vec<Incoming>,
    now: jiff::Timestamp,
    cache: &mut ColumnCache,
    mut tick: impl FnMut(),
) -> Result<ImportReport> {
    conn.defer_foreign_keys()?;
    let now_text = now.to_string();
    // Pass 1: the local id of every record, so references can be rewritten before writing.
    let mut ids: HashMap<(&'static str, i64), i64> = HashMap::new();
    let mut next: BTreeMap<&'static str, i64> = BTreeMap::new();
    let mut claimed: HashMap<&'static str, std::collections::HashSet<i64>> = HashMap::new();
    let mut plan: Vec<Option<i64>> = Vec::with_capacity(records.len());
    let mut uids: HashMap<(&'static str, &str), &str> = HashMap::new();
    for r in &records {
        let Key::Id { uid } = r.spec.key else {
            plan.push(None);
            continue;
        };
        // A uid names one record: two in the file would merge into one row, or collide.
        if let Some(u) = r.fields.get("uid").and_then(Value::as_str)
            && let Some(first) = uids.insert((r.spec.table, u), &r.position)
        {
            return Err(Error::usage(format!(
                "{}: the uid '{u}' of this {} is also given to {first}",
                r.position, r.spec.kind
            )));
        }
        let file_id = r.fields.get("id").and_then(Value::as_i64);
        let by_uid = match (uid, r.fields.get("uid").and_then(Value::as_str)) {
            (true, Some(u)) => conn
                .prepare_cached(&format!("SELECT id FROM {} WHERE uid = ?1", r.spec.table))?
                .query_row([u], |row| row.get::<_, i64>(0))
                .optional()?,
            _ => None,
        };
        let taken = |id: i64| -> Result<bool> {
            Ok(conn
                .prepare_cached(&format!("SELECT 1 FROM {} WHERE id = ?1", r.spec.table))?
                .query_row([id], |_| Ok(()))
                .optional()?
                .is_some())
        };
        let claims = claimed.entry(r.spec.table).or_default();
        let local = match (by_uid, file_id) {
            (Some(existing), _) => existing,
            (None, Some(fid))
                if !claims.contains(&fid)
                    && (!taken(fid)?
                        || same_row(conn, r, fid, &cache.of(conn, r.spec.table)?)?) =>
            {
                fid
            }
            _ => {
                let n = match next.get(r.spec.table) {
                    Some(n) => *n,
                    None => {
                        let max_db: i64 = conn.query_row(
                            &format!("SELECT coalesce(max(id), 0) FROM {}", r.spec.table),
                            [],
                            |row| row.get(0),
                        )?;
                        let max_file = records
                            .iter()
                            .filter(|x| x.spec.table == r.spec.table)
                            .filter_map(|x| x.fields.get("id").and_then(Value::as_i64))
                            .max()
                            .unwrap_or(0);
                        max_db.max(max_file) + 1
                    }
                };
                next.insert(r.spec.table, n + 1);
                n
            }
        };
        claims.insert(local);
        if let Some(fid) = file_id {
            ids.insert((r.spec.table, fid), local);
        }
        plan.push(Some(local));
    }
    // Pass 2: write.
    let mut report = ImportReport {
        records: records.len() as u64,
        ..ImportReport::default()
    };
    for (r, local) in records.iter().zip(plan) {
        let mut fields = r.fields.clone();
        for (col, table) in r.spec.refs {
            if let Some(fid) = fields.get(*col).and_then(Value::as_i64)
                && let Some(mapped) = ids.get(&(spec_of_table(table).table, fid))
            {
                fields.insert((*col).to_string(), Value::from(*mapped));
            }
        }
        let (key_col, key_val) = match (r.spec.key, local) {
            (Key::Id { .. }, Some(id)) => {
                fields.insert("id".into(), Value::from(id));
                ("id", SqlValue::Integer(id))
            }
            (Key::Text(k), _) => {
                let v = fields.get(k).cloned().unwrap_or(Value::Null);
                if !v.is_string() {
                    return Err(Error::usage(format!(
                        "{}: a {} needs its \"{k}\"",
                        r.position, r.spec.kind
                    )));
                }
                (k, to_sql(r.spec, k, &v))
            }
            _ => unreachable!("id tables have a planned id"),
        };
        let cols = cache.of(conn, r.spec.table)?;
        if cols.iter().any(|(c, _)| c == "created_at") && !fields.contains_key("created_at") {
            fields.insert("created_at".into(), Value::String(now_text.clone()));
        }
        let current = existing(conn, r.spec, &cols, key_col, &key_val)?;
        let fail = |e: rusqlite::Error| {
            Error::usage(format!(
                "{}: the {} was refused: {}",
                r.position,
                r.spec.kind,
                explain(&e)
            ))
        };
        match current {
            Some(row) => {
                let differs = fields.iter().any(|(k, v)| row.get(k) != Some(v));
                if !differs {
                    report.unchanged += 1;
                } else {
                    let sets: Vec<String> = fields
                        .keys()
                        .map(|k| format!("{} = ?", column_name(r.spec, k)))
                        .collect();
                    let mut params: Vec<SqlValue> =
                        fields.iter().map(|(k, v)| to_sql(r.spec, k, v)).collect();
                    params.push(key_val.clone());
                    conn.execute(
                        &format!(
                            "UPDATE {} SET {} WHERE {key_col} = ?",
                            r.spec.table,
                            sets.join(", ")
                        ),
                        crate::store::db::Values(&params),
                    )
                    .map_err(fail)?;
                    report.updated += 1;
                }
            }
            None => {
                let names: Vec<&str> = fields.keys().map(|k| column_name(r.spec, k)).collect();
                let marks = vec!["?"; names.len()].join(", ");
                let params: Vec<SqlValue> =
                    fields.iter().map(|(k, v)| to_sql(r.spec, k, v)).collect();
                conn.prepare_cached(&format!(
                    "INSERT INTO {} ({}) VALUES ({marks})",
                    r.spec.table,
                    names.join(", ")
                ))
                .map_err(fail)?
                .execute(crate::store::db::Values(&params))
                .map_err(fail)?;
                report.inserted += 1;
            }
        }
        tick();
    }
    // Every invariant holds as of now: I1-I8, among them the ledger adding up (I6, R50) and
    // no contact information in texts written before a contract (I7, R30).
    let violations = crate::store::invariants::check(conn, now)?;
    if let Some(first) = violations.first() {
        let position = violating_record(&records, &ids, &first.problem);
        let others = match crate::store::invariants::count(&violations) - 1 {
            0 => String::new(),
            1 => " (and 1 other problem)".to_string(),
            n => format!(" (and {n} other problems)"),
        };
        return Err(Error::usage(format!(
            "{position}the import would break invariant {}: {}{others}",
            first.invariant, first.problem
        )));
    }
    // A server hands out ids from sequences, which rows written with their own ids leave
    // behind: move each past the largest id (SQLite takes the next id from the table).
    crate::store::server::sequences_past_ids(conn)?;
    // References to rows that exist nowhere.
    let broken = crate::store::foreign_key_check(conn)?;
    if let Some((table, rowid, parent)) = broken.first() {
        let position = records
            .iter()
            .find(|r| {
                r.spec.table == table
                    && ids.get(&(
                        r.spec.table,
                        r.fields.get("id").and_then(Value::as_i64).unwrap_or(-1),
                    )) == Some(rowid)
            })
            .map(|r| r.position.clone())
            .unwrap_or_else(|| format!("{table} row {rowid}"));
        return Err(Error::usage(format!(
            "{position}: it refers to a {parent} row that is neither in the file nor in the store"
        )));
    }
    Ok(report)
}

/// "record N: " for the record whose row an invariant's problem names first ("proposal 7 …"),
/// or nothing when the row is not one of the file's records.
fn violating_record(
    records: &[Incoming],
    ids: &HashMap<(&'static str, i64), i64>,
    problem: &str,
) -> String {
    let mut words = problem.split_whitespace();
    let (Some(kind), Some(id)) = (words.next(), words.next()) else {
        return String::new();
    };
    let id = id.trim_end_matches(|c: char| !c.is_ascii_digit());
    let (Some(spec), Ok(local)) = (spec_for(kind), id.parse::<i64>()) else {
        return String::new();
    };
    records
        .iter()
        .find(|r| {
            r.spec.table == spec.table
                && r.fields
                    .get("id")
                    .and_then(Value::as_i64)
                    .and_then(|fid| ids.get(&(r.spec.table, fid)))
                    == Some(&local)
        })
        .map(|r| format!("{}: ", r.position))
        .unwrap_or_default()
}

fn same_row(conn: &Db, r: &Incoming, id: i64, cols: &[(String, String)]) -> Result<bool> {
    let Some(row) = existing(conn, r.spec, cols, "id", &SqlValue::Integer(id))? else {
        return Ok(false);
    };
    Ok(r.fields.iter().all(|(k, v)| row.get(k) == Some(v)))
}

fn explain(e: &rusqlite::Error) -> String {
    match e {
        rusqlite::Error::SqliteFailure(_, Some(msg)) => msg.clone(),
        other => other.to_string(),
    }
}
