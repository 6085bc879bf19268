//! One connection type for the store's two engines: an embedded SQLite file, or a PostgreSQL
//! server (a replicated cluster, for a pipeline several people share).
//!
//! The store's queries are written once, in SQL both engines read, with `?N` placeholders.
//! [`Db`] runs them on either: on SQLite through rusqlite as they are; on PostgreSQL with the
//! placeholders renumbered (`$N`) and each value converted to the type the server expects for
//! it. Values cross the seam in rusqlite's vocabulary ([`ToSql`] in, [`FromSql`] out), so the
//! types the store reads and writes (stamps, slugs, cents) need one conversion, not two. A
//! failure is a `rusqlite::Error` on both; a server's wraps a [`PgFailure`], which
//! `crate::error` reads (connection lost, lock wait, serialization).
//!
//! What only one engine has (PRAGMAs, `VACUUM INTO`, statement tricks for bulk loads) is reached
//! through [`Db::sqlite`], and has a server counterpart where the store needs one.

use std::cell::RefCell;
use std::collections::HashMap;
use std::error::Error as StdError;
use std::fmt;

use bytes::BytesMut;
use postgres::types::{IsNull, Type, to_sql_checked};
use rusqlite::types::{FromSql, ToSql, ToSqlOutput, Value, ValueRef};

type BoxError = Box<dyn StdError + Sync + Send>;

/// An open store connection.
pub enum Db {
    Sqlite(rusqlite::Connection),
    Pg(Box<Pg>),
}

/// A PostgreSQL connection and the statements it has prepared.
pub struct Pg {
    client: RefCell<postgres::Client>,
    statements: RefCell<HashMap<String, postgres::Statement>>,
    config: postgres::Config,
    url: String,
    busy_timeout_ms: u64,
    /// The session is inside a transaction that is never committed (a dry run's new store).
    uncommitted: std::cell::Cell<bool>,
}

/// A failure reported by a PostgreSQL server or its connection.
#[derive(Debug)]
pub struct PgFailure {
    /// The SQLSTATE, when the server sent one.
    pub code: Option<String>,
    pub message: String,
    /// The connection is gone (server down, failover, network).
    pub closed: bool,
}

impl fmt::Display for PgFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl StdError for PgFailure {}

impl PgFailure {
    /// A serialization failure or a deadlock: the transaction may simply be run again.
    pub fn retryable(&self) -> bool {
        matches!(self.code.as_deref(), Some("40001" | "40P01"))
    }

    /// The server cannot take the write now: connection lost, shutting down, a standby
    /// (read-only after a failover), or not accepting connections.
    pub fn unavailable(&self) -> bool {
        self.closed
            || self
                .code
                .as_deref()
                .is_some_and(|c| c.starts_with("08") || c.starts_with("57P") || c == "25006")
    }
}

impl PgFailure {
    /// The server's setting or state refused the work, not lancer's SQL: a statement or
    /// lock timeout the server imposes (query canceled), resources (disk full, out of
    /// memory, too many connections), a system error, or a role without the privilege.
    pub fn environmental(&self) -> bool {
        self.code.as_deref().is_some_and(|c| {
            c == "57014" || c == "42501" || c.starts_with("53") || c.starts_with("58")
        })
    }
}

/// Wraps a server's error as the store's error type.
pub fn pg_error(e: postgres::Error) -> rusqlite::Error {
    let code = e.code().map(|c| c.code().to_string());
    let message = match e.as_db_error() {
        Some(db) => in_sqlite_words(db).unwrap_or_else(|| db.message().to_string()),
        None => {
            // The driver's own text, with its cause (e.g. "connection refused").
            let mut text = e.to_string();
            let mut source = e.source();
            while let Some(s) = source {
                text.push_str(": ");
                text.push_str(&s.to_string());
                source = s.source();
            }
            text
        }
    };
    rusqlite::Error::UserFunctionError(Box::new(PgFailure {
        code,
        message,
        closed: e.is_closed() || e.as_db_error().is_none(),
    }))
}

/// A constraint's refusal in the words SQLite uses for it, so that the message (an import's
/// refusal quotes it) is the same on both engines: `NOT NULL constraint failed: jobs.title`,
/// `UNIQUE constraint failed: clients.uid`, `FOREIGN KEY constraint failed`, and for a CHECK the
/// constraint's name (the server's CHECKs are named after the column they guard).
fn in_sqlite_words(db: &postgres::error::DbError) -> Option<String> {
    match db.code().code() {
        "23502" => Some(format!(
            "NOT NULL constraint failed: {}.{}",
            db.table()?,
            db.column()?
        )),
        "23505" => {
            // "Key (a, b)=(1, 2) already exists."
            let columns = db.detail()?.strip_prefix("Key (")?.split(")=(").next()?;
            let table = db.table()?;
            let named: Vec<String> = columns
                .split(", ")
                .map(|c| format!("{table}.{c}"))
                .collect();
            Some(format!("UNIQUE constraint failed: {}", named.join(", ")))
        }
        "23503" => Some("FOREIGN KEY constraint failed".to_string()),
        "23514" => Some(format!("CHECK constraint failed: {}", db.constraint()?)),
        _ => None,
    }
}

/// The server failure inside a store error, if it is one.
pub fn pg_failure(e: &rusqlite::Error) -> Option<&PgFailure> {
    match e {
        rusqlite::Error::UserFunctionError(b) => b.downcast_ref::<PgFailure>(),
        _ => None,
    }
}

impl Pg {
    pub fn new(
        client: postgres::Client,
        config: postgres::Config,
        url: String,
        busy_timeout_ms: u64,
    ) -> Pg {
        Pg {
            client: RefCell::new(client),
            statements: RefCell::new(HashMap::new()),
            config,
            url,
            busy_timeout_ms,
            uncommitted: std::cell::Cell::new(false),
        }
    }

    /// Marks the session as inside a transaction that is never committed.
    pub fn set_uncommitted(&self) {
        self.uncommitted.set(true);
    }

    pub fn uncommitted(&self) -> bool {
        self.uncommitted.get()
    }

    pub fn busy_timeout_ms(&self) -> u64 {
        self.busy_timeout_ms
    }

    /// What every session of lancer sets first.
    pub fn session_settings(&self) -> String {
        format!(
            "SET lock_timeout = {}; SET TIME ZONE 'UTC'",
            self.busy_timeout_ms
        )
    }

    /// A new connection in place of a lost one (to whichever host takes writes now).
    pub fn reconnect(&self, deadline: std::time::Instant) -> crate::error::Result<()> {
        let client = super::server::connect(&self.config, &self.url, deadline)?;
        *self.client.borrow_mut() = client;
        self.statements.borrow_mut().clear();
        Ok(self.batch(&self.session_settings())?)
    }

    fn statement(&self, sql: &str) -> rusqlite::Result<postgres::Statement> {
        if let Some(s) = self.statements.borrow().get(sql) {
            return Ok(s.clone());
        }
        let text = translate(sql);
        let stmt = self.client.borrow_mut().prepare(&text).map_err(|e| {
            if std::env::var_os("LANCER_DEBUG_SQL").is_some() {
                eprintln!("lancer: PostgreSQL refused: {text}");
            }
            pg_error(e)
        })?;
        self.statements
            .borrow_mut()
            .insert(sql.to_string(), stmt.clone());
        Ok(stmt)
    }

    fn query(&self, sql: &str, args: &[&dyn ToSql]) -> rusqlite::Result<Vec<postgres::Row>> {
        let stmt = self.statement(sql)?;
        let values = pg_values(args)?;
        let refs: Vec<&(dyn postgres::types::ToSql + Sync)> = values
            .iter()
            .map(|v| v as &(dyn postgres::types::ToSql + Sync))
            .collect();
        self.client
            .borrow_mut()
            .query(&stmt, &refs)
            .map_err(pg_error)
    }

    fn execute(&self, sql: &str, args: &[&dyn ToSql]) -> rusqlite::Result<usize> {
        let stmt = self.statement(sql)?;
        let values = pg_values(args)?;
        let refs: Vec<&(dyn postgres::types::ToSql + Sync)> = values
            .iter()
            .map(|v| v as &(dyn postgres::types::ToSql + Sync))
            .collect();
        let n = self
            .client
            .borrow_mut()
            .execute(&stmt, &refs)
            .map_err(pg_error)?;
        Ok(n as usize)
    }

    /// Runs statements as they are, without parameters (`;`-separated).
    pub fn batch(&self, sql: &str) -> rusqlite::Result<()> {
        self.client
            .borrow_mut()
            .batch_execute(sql)
            .map_err(pg_error)
    }

    /// Whether the connection has been lost.
    pub fn is_closed(&self) -> bool {
        self.client.borrow().is_closed()
    }
}

/// `?N` → `$N` and a bare `?` → the next number, outside quoted text; SQLite's `a IS b`
/// (equal, NULLs alike) → `a IS NOT DISTINCT FROM b` when `b` is a value or column. A unary `+` before a
/// column name (a SQLite hint not to use an index; PostgreSQL has no unary plus for text) is
/// dropped.
pub fn translate(sql: &str) -> String {
    let sql = &greatest_least(sql);
    // SQLite's INSERT OR IGNORE: skip a row that breaks a uniqueness constraint.
    let ignore = sql
        .trim_start()
        .get(..21)
        .is_some_and(|h| h.eq_ignore_ascii_case("INSERT OR IGNORE INTO"));
    let sql = &if ignore {
        format!(
            "INSERT INTO{} ON CONFLICT DO NOTHING",
            &sql.trim_start()[21..]
        )
    } else {
        sql.to_string()
    };
    let mut out = String::with_capacity(sql.len() + 8);
    let mut next = 0u32;
    let mut chars = sql.char_indices().peekable();
    let mut quote: Option<char> = None;
    let mut prev_sig = ' ';
    while let Some((_, c)) = chars.next() {
        if let Some(q) = quote {
            out.push(c);
            if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '\'' | '"' => {
                quote = Some(c);
                out.push(c);
            }
            '?' => {
                let mut digits = String::new();
                while let Some(&(_, d)) = chars.peek() {
                    if d.is_ascii_digit() {
                        digits.push(d);
                        chars.next();
                    } else {
                        break;
                    }
                }
                if digits.is_empty() {
                    next += 1;
                    out.push_str(&format!("${next}"));
                } else {
                    next = next.max(digits.parse().unwrap_or(0));
                    out.push('$');
                    out.push_str(&digits);
                }
            }
            '+' if matches!(prev_sig, '(' | ' ' | '\n')
                && chars
                    .peek()
                    .is_some_and(|&(_, d)| d.is_ascii_alphabetic() || d == '_') =>
            {
                // `+col` → `col`
            }
            _ => out.push(c),
        }
        if c == ' ' && out.ends_with(" IS ") {
            let word = next_word(chars.clone().map(|(_, c)| c));
            if !matches!(
                word.as_str(),
                "NULL" | "NOT" | "TRUE" | "FALSE" | "DISTINCT"
            ) {
                out.push_str("NOT DISTINCT FROM ");
            }
        }
        if c == ' ' && out.ends_with(" IS NOT ") {
            let word = next_word(chars.clone().map(|(_, c)| c));
            if !matches!(word.as_str(), "NULL" | "TRUE" | "FALSE" | "DISTINCT") {
                out.truncate(out.len() - "NOT ".len());
                out.push_str("DISTINCT FROM ");
            }
        }
        if !c.is_whitespace() || c == '\n' {
            prev_sig = c;
        } else {
            prev_sig = ' ';
        }
    }
    out
}

/// SQLite's `max(a, b, …)` and `min(a, b, …)` of several values → `greatest` / `least`
/// (the aggregate forms, with one argument, stay).
fn greatest_least(sql: &str) -> String {
    let b = sql.as_bytes();
    let mut out = String::with_capacity(sql.len());
    let mut i = 0;
    let mut last = 0;
    while i < b.len() {
        if b[i] == b'\'' {
            i += 1;
            while i < b.len() && b[i] != b'\'' {
                i += 1;
            }
            i += 1;
            continue;
        }
        let word_start = i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_');
        if word_start {
            let rest = &sql[i..];
            let starts = |w: &str| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w);
            if starts("instr(") {
                out.push_str(&sql[last..i]);
                out.push_str("strpos(");
                i += "instr(".len();
                last = i;
                continue;
            }
            if starts("json_array(") {
                out.push_str(&sql[last..i]);
                out.push_str("json_build_array(");
                i += "json_array(".len();
                last = i;
                continue;
            }
            if starts("json_group_array(") {
                // An empty group is `[]` in SQLite, NULL for json_agg.
                let (close, _) = call_extent(b, i + "json_group_array".len());
                out.push_str(&sql[last..i]);
                out.push_str("coalesce(json_agg");
                out.push_str(&greatest_least(&sql[i + "json_group_array".len()..=close]));
                out.push_str("::text, '[]')");
                i = close + 1;
                last = i;
                continue;
            }
        }
        let name = if word_start && sql[i..].len() >= 4 {
            let head = sql[i..i + 4].to_ascii_lowercase();
            match head.as_str() {
                "max(" => Some("greatest("),
                "min(" => Some("least("),
                _ => None,
            }
        } else {
            None
        };
        if let Some(name) = name {
            let (_, commas) = call_extent(b, i + 3);
            if commas > 0 {
                out.push_str(&sql[last..i]);
                out.push_str(name);
                i += 4;
                last = i;
                continue;
            }
        }
        i += 1;
    }
    out.push_str(&sql[last..]);
    out
}

/// For the `(` at `open`: the index of the `)` that closes it, and how many commas separate
/// its arguments (quoted text skipped).
fn call_extent(b: &[u8], open: usize) -> (usize, usize) {
    let (mut depth, mut commas, mut j) = (0i32, 0, open);
    while j < b.len() {
        match b[j] {
            b'(' => depth += 1,
            b')' => {
                depth -= 1;
                if depth == 0 {
                    return (j, commas);
                }
            }
            b',' if depth == 1 => commas += 1,
            b'\'' => {
                j += 1;
                while j < b.len() && b[j] != b'\'' {
                    j += 1;
                }
            }
            _ => {}
        }
        j += 1;
    }
    (b.len() - 1, commas)
}

/// The word (letters, digits, `_`) the text starts with, upper-cased.
fn next_word(text: impl Iterator<Item = char>) -> String {
    text.take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .take(9)
        .collect::<String>()
        .to_ascii_uppercase()
}

/// The values of `args`, owned, as the server takes them.
fn pg_values(args: &[&dyn ToSql]) -> rusqlite::Result<Vec<PgArg>> {
    args.iter()
        .map(|a| {
            Ok(PgArg(match a.to_sql()? {
                ToSqlOutput::Borrowed(v) => match v {
                    ValueRef::Null => Value::Null,
                    ValueRef::Integer(i) => Value::Integer(i),
                    ValueRef::Real(f) => Value::Real(f),
                    ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
                    ValueRef::Blob(b) => Value::Blob(b.to_vec()),
                },
                ToSqlOutput::Owned(v) => v,
                _ => {
                    return Err(rusqlite::Error::ToSqlConversionFailure(
                        "this kind of value has no PostgreSQL form".into(),
                    ));
                }
            }))
        })
        .collect()
}

/// A value bound to a server statement, converted to the parameter's type.
#[derive(Debug)]
struct PgArg(Value);

impl postgres::types::ToSql for PgArg {
    fn to_sql(&self, ty: &Type, out: &mut BytesMut) -> Result<IsNull, BoxError> {
        let text_like = matches!(
            *ty,
            Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME | Type::UNKNOWN
        );
        match &self.0 {
            Value::Null => Ok(IsNull::Yes),
            Value::Integer(i) => match *ty {
                Type::INT8 => put(i, ty, out),
                Type::INT4 => put(i32::try_from(*i)?, ty, out),
                Type::INT2 => put(i16::try_from(*i)?, ty, out),
                Type::FLOAT8 => put(*i as f64, ty, out),
                Type::FLOAT4 => put(*i as f32, ty, out),
                Type::BOOL => put(*i != 0, ty, out),
                Type::NUMERIC => {
                    numeric_from_i64(*i, out);
                    Ok(IsNull::No)
                }
                _ if text_like => put(i.to_string(), &Type::TEXT, out),
                _ => Err(format!("cannot pass a whole number as {ty}").into()),
            },
            Value::Real(f) => match *ty {
                Type::FLOAT8 => put(f, ty, out),
                Type::FLOAT4 => put(*f as f32, ty, out),
                _ if text_like => put(f.to_string(), &Type::TEXT, out),
                _ => Err(format!("cannot pass a real number as {ty}").into()),
            },
            Value::Text(s) => match *ty {
                Type::INT8 => put(s.trim().parse::<i64>()?, ty, out),
                Type::INT4 => put(s.trim().parse::<i32>()?, ty, out),
                Type::FLOAT8 => put(s.trim().parse::<f64>()?, ty, out),
                Type::JSON => {
                    out.extend_from_slice(s.as_bytes());
                    Ok(IsNull::No)
                }
                Type::JSONB => {
                    out.extend_from_slice(&[1]);
                    out.extend_from_slice(s.as_bytes());
                    Ok(IsNull::No)
                }
                _ => put(s.as_str(), &Type::TEXT, out),
            },
            Value::Blob(b) => put(b.as_slice(), ty, out),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    to_sql_checked!();
}

fn put<T: postgres::types::ToSql>(v: T, ty: &Type, out: &mut BytesMut) -> Result<IsNull, BoxError> {
    v.to_sql(ty, out)
}

/// Writes `i` in PostgreSQL's binary NUMERIC form.
fn numeric_from_i64(i: i64, out: &mut BytesMut) {
    let negative = i < 0;
    let mut n = i.unsigned_abs();
    let mut digits = Vec::new();
    while n > 0 {
        digits.push((n % 10_000) as i16);
        n /= 10_000;
    }
    digits.reverse();
    let weight = digits.len() as i16 - 1;
    out.extend_from_slice(&(digits.len() as i16).to_be_bytes());
    out.extend_from_slice(&weight.max(0).to_be_bytes());
    out.extend_from_slice(&(if negative { 0x4000u16 } else { 0 }).to_be_bytes());
    out.extend_from_slice(&0u16.to_be_bytes());
    for d in digits {
        out.extend_from_slice(&d.to_be_bytes());
    }
}

/// A cell of a server row, in SQLite's value kinds.
struct Cell(Value);

impl<'a> postgres::types::FromSql<'a> for Cell {
    fn from_sql(ty: &Type, raw: &'a [u8]) -> Result<Self, BoxError> {
        Ok(Cell(match *ty {
            Type::INT8 => Value::Integer(i64::from_sql(ty, raw)?),
            Type::INT4 => Value::Integer(i32::from_sql(ty, raw)?.into()),
            Type::INT2 => Value::Integer(i16::from_sql(ty, raw)?.into()),
            Type::OID => Value::Integer(u32::from_sql(ty, raw)?.into()),
            Type::BOOL => Value::Integer(bool::from_sql(ty, raw)?.into()),
            Type::FLOAT8 => Value::Real(f64::from_sql(ty, raw)?),
            Type::FLOAT4 => Value::Real(f32::from_sql(ty, raw)?.into()),
            Type::NUMERIC => numeric_value(raw)?,
            Type::BYTEA => Value::Blob(raw.to_vec()),
            Type::JSONB => {
                Value::Text(std::str::from_utf8(raw.get(1..).ok_or("empty jsonb")?)?.to_string())
            }
            _ => Value::Text(std::str::from_utf8(raw)?.to_string()),
        }))
    }

    fn from_sql_null(_: &Type) -> Result<Self, BoxError> {
        Ok(Cell(Value::Null))
    }

    fn accepts(_: &Type) -> bool {
        true
    }
}

/// A NUMERIC (what `sum` of whole numbers gives) as a whole number when it is one.
fn numeric_value(raw: &[u8]) -> Result<Value, BoxError> {
    let word = |i: usize| -> Result<i16, BoxError> {
        let b = raw.get(i..i + 2).ok_or("short numeric")?;
        Ok(i16::from_be_bytes([b[0], b[1]]))
    };
    let ndigits = word(0)? as usize;
    let weight = word(2)? as i32;
    let sign = word(4)? as u16;
    let scale = word(6)?;
    if sign == 0xC000 {
        return Ok(Value::Real(f64::NAN));
    }
    let mut whole: i128 = 0;
    let mut fraction = 0f64;
    for k in 0..ndigits {
        let d = word(8 + 2 * k)? as i128;
        let power = weight - k as i32;
        if power >= 0 {
            whole += d * 10_000i128.pow(power as u32);
        } else {
            fraction += d as f64 * 10_000f64.powi(power);
        }
    }
    let negative = sign == 0x4000;
    if scale == 0 && fraction == 0.0 {
        let v = i64::try_from(whole)?;
        return Ok(Value::Integer(if negative { -v } else { v }));
    }
    let v = whole as f64 + fraction;
    Ok(Value::Real(if negative { -v } else { v }))
}

/// Arguments for a statement: `[]`, an array or tuple of values, `params![…]`, or [`Values`].
pub trait Args {
    fn with<R>(&self, f: impl FnOnce(&[&dyn ToSql]) -> R) -> R;
}

impl Args for [&(dyn ToSql + Send + Sync); 0] {
    fn with<R>(&self, f: impl FnOnce(&[&dyn ToSql]) -> R) -> R {
        f(&[])
    }
}

impl Args for &[&dyn ToSql] {
    fn with<R>(&self, f: impl FnOnce(&[&dyn ToSql]) -> R) -> R {
        f(self)
    }
}

impl Args for () {
    fn with<R>(&self, f: impl FnOnce(&[&dyn ToSql]) -> R) -> R {
        f(&[])
    }
}

/// Owned values, for statements assembled at run time.
pub struct Values<'a>(pub &'a [Value]);

impl Args for Values<'_> {
    fn with<R>(&self, f: impl FnOnce(&[&dyn ToSql]) -> R) -> R {
        let refs: Vec<&dyn ToSql> = self.0.iter().map(|v| v as &dyn ToSql).collect();
        f(&refs)
    }
}

macro_rules! array_args {
    ($($n:literal)+) => {$(
        impl<T: ToSql> Args for [T; $n] {
            fn with<R>(&self, f: impl FnOnce(&[&dyn ToSql]) -> R) -> R {
                let refs: [&dyn ToSql; $n] = std::array::from_fn(|i| &self[i] as &dyn ToSql);
                f(&refs)
            }
        }
    )+};
}
array_args!(1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16);

macro_rules! tuple_args {
    ($(($($t:ident $i:tt),+))+) => {$(
        impl<$($t: ToSql),+> Args for ($($t,)+) {
            fn with<R>(&self, f: impl FnOnce(&[&dyn ToSql]) -> R) -> R {
                f(&[$(&self.$i as &dyn ToSql),+])
            }
        }
    )+};
}
tuple_args!(
    (A 0)
    (A 0, B 1)
    (A 0, B 1, C 2)
    (A 0, B 1, C 2, D 3)
    (A 0, B 1, C 2, D 3, E 4)
    (A 0, B 1, C 2, D 3, E 4, F 5)
);

/// A column's position in a row (from 0).
pub trait Column {
    fn at(&self) -> usize;
}

impl Column for usize {
    fn at(&self) -> usize {
        *self
    }
}

/// A row being read, from either engine.
pub enum Row<'a> {
    Sqlite(&'a rusqlite::Row<'a>),
    Pg(&'a postgres::Row),
}

impl Row<'_> {
    /// Column `idx` (from 0) as a `T`.
    pub fn get<I: Column, T: FromSql>(&self, idx: I) -> rusqlite::Result<T> {
        let idx = idx.at();
        match self {
            Row::Sqlite(r) => r.get(idx),
            Row::Pg(r) => {
                let v = pg_cell(r, idx)?;
                T::column_result(ValueRef::from(&v)).map_err(|e| match e {
                    rusqlite::types::FromSqlError::InvalidType => {
                        rusqlite::Error::InvalidColumnType(
                            idx,
                            r.columns()[idx].name().to_string(),
                            ValueRef::from(&v).data_type(),
                        )
                    }
                    other => rusqlite::Error::FromSqlConversionFailure(
                        idx,
                        ValueRef::from(&v).data_type(),
                        Box::new(other),
                    ),
                })
            }
        }
    }

    /// Calls `f` with column `idx` as it is stored, without copying it on SQLite.
    pub fn with_ref<R>(
        &self,
        idx: usize,
        f: impl FnOnce(ValueRef<'_>) -> rusqlite::Result<R>,
    ) -> rusqlite::Result<R> {
        match self {
            Row::Sqlite(r) => f(r.get_ref(idx)?),
            Row::Pg(r) => {
                let v = pg_cell(r, idx)?;
                f(ValueRef::from(&v))
            }
        }
    }

    /// How many columns the row has.
    pub fn len(&self) -> usize {
        match self {
            Row::Sqlite(r) => r.as_ref().column_count(),
            Row::Pg(r) => r.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

fn pg_cell(r: &postgres::Row, idx: usize) -> rusqlite::Result<Value> {
    if idx >= r.len() {
        return Err(rusqlite::Error::InvalidColumnIndex(idx));
    }
    r.try_get::<_, Cell>(idx).map(|c| c.0).map_err(pg_error)
}

impl Db {
    /// The SQLite connection, for what only SQLite has.
    pub fn sqlite(&self) -> Option<&rusqlite::Connection> {
        match self {
            Db::Sqlite(c) => Some(c),
            Db::Pg(_) => None,
        }
    }

    pub fn is_pg(&self) -> bool {
        matches!(self, Db::Pg(_))
    }

    pub fn execute(&self, sql: &str, args: impl Args) -> rusqlite::Result<usize> {
        match self {
            Db::Sqlite(c) => args.with(|a| c.prepare_cached(sql)?.execute(a)),
            Db::Pg(p) => args.with(|a| p.execute(sql, a)),
        }
    }

    pub fn execute_batch(&self, sql: &str) -> rusqlite::Result<()> {
        match self {
            Db::Sqlite(c) => c.execute_batch(sql),
            Db::Pg(p) => p.batch(&translate(sql)),
        }
    }

    pub fn query_row<T>(
        &self,
        sql: &str,
        args: impl Args,
        f: impl FnOnce(&Row<'_>) -> rusqlite::Result<T>,
    ) -> rusqlite::Result<T> {
        self.prepare_cached(sql)?.query_row(args, f)
    }

    /// A statement, prepared once per connection and kept.
    pub fn prepare_cached(&self, sql: &str) -> rusqlite::Result<Stmt<'_>> {
        Ok(match self {
            Db::Sqlite(c) => Stmt::Sqlite(c.prepare_cached(sql)?),
            Db::Pg(p) => Stmt::Pg {
                pg: p,
                sql: sql.to_string(),
            },
        })
    }

    /// Same as [`Db::prepare_cached`]: both engines keep what they prepared.
    pub fn prepare(&self, sql: &str) -> rusqlite::Result<Stmt<'_>> {
        self.prepare_cached(sql)
    }

    /// Runs `f` (reads only) on one snapshot of the whole store, so that a read of many
    /// tables (an export, a copy) sees them as of one moment while others write. For a
    /// reader's connection, outside any change: a server's connection cannot tell that it
    /// is inside a transaction (SQLite's can, and then uses the one it is in).
    pub fn snapshot<T>(
        &self,
        f: impl FnOnce(&Db) -> crate::error::Result<T>,
    ) -> crate::error::Result<T> {
        let begin = match self {
            Db::Sqlite(c) if c.is_autocommit() => "BEGIN",
            Db::Pg(p) if !p.uncommitted() => "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
            // Already inside a transaction: that is the snapshot.
            _ => return f(self),
        };
        match self {
            Db::Sqlite(c) => c.execute_batch(begin)?,
            Db::Pg(p) => p.batch(begin)?,
        }
        let value = f(self);
        // Nothing was written: ending it either way gives the same store.
        let end = self.execute_batch(if value.is_ok() { "COMMIT" } else { "ROLLBACK" });
        let value = value?;
        end?;
        Ok(value)
    }

    /// Checks foreign keys at the end of the transaction instead of per statement.
    pub fn defer_foreign_keys(&self) -> rusqlite::Result<()> {
        match self {
            Db::Sqlite(c) => c.pragma_update(None, "defer_foreign_keys", "ON"),
            Db::Pg(p) => p.batch("SET CONSTRAINTS ALL DEFERRED"),
        }
    }

    /// The id the last INSERT of this connection gave its row.
    pub fn last_insert_rowid(&self) -> rusqlite::Result<i64> {
        match self {
            Db::Sqlite(c) => Ok(c.last_insert_rowid()),
            Db::Pg(_) => self.query_row("SELECT lastval()", [], |r| r.get(0)),
        }
    }
}

/// A prepared statement.
pub enum Stmt<'c> {
    Sqlite(rusqlite::CachedStatement<'c>),
    Pg { pg: &'c Pg, sql: String },
}

impl<'c> Stmt<'c> {
    pub fn execute(&mut self, args: impl Args) -> rusqlite::Result<usize> {
        match self {
            Stmt::Sqlite(s) => args.with(|a| s.execute(a)),
            Stmt::Pg { pg, sql } => args.with(|a| pg.execute(sql, a)),
        }
    }

    pub fn query_row<T>(
        &mut self,
        args: impl Args,
        f: impl FnOnce(&Row<'_>) -> rusqlite::Result<T>,
    ) -> rusqlite::Result<T> {
        let mut rows = self.query(args)?;
        match rows.next()? {
            Some(row) => f(&row),
            None => Err(rusqlite::Error::QueryReturnedNoRows),
        }
    }

    pub fn exists(&mut self, args: impl Args) -> rusqlite::Result<bool> {
        Ok(self.query(args)?.next()?.is_some())
    }

    pub fn query(&mut self, args: impl Args) -> rusqlite::Result<Rows<'_>> {
        Ok(match self {
            Stmt::Sqlite(s) => Rows::Sqlite(args.with(|a| s.query(a))?),
            Stmt::Pg { pg, sql } => Rows::Pg {
                rows: args.with(|a| pg.query(sql, a))?,
                at: 0,
            },
        })
    }

    pub fn query_map<T, F>(&mut self, args: impl Args, f: F) -> rusqlite::Result<MappedRows<'_, F>>
    where
        F: FnMut(&Row<'_>) -> rusqlite::Result<T>,
    {
        Ok(MappedRows {
            rows: self.query(args)?,
            f,
        })
    }

    pub fn parameter_count(&self) -> usize {
        match self {
            Stmt::Sqlite(s) => s.parameter_count(),
            Stmt::Pg { pg, sql } => pg.statement(sql).map(|s| s.params().len()).unwrap_or(0),
        }
    }

    pub fn column_count(&self) -> usize {
        match self {
            Stmt::Sqlite(s) => s.column_count(),
            Stmt::Pg { pg, sql } => pg.statement(sql).map(|s| s.columns().len()).unwrap_or(0),
        }
    }
}

/// The rows of a query, one at a time.
pub enum Rows<'s> {
    Sqlite(rusqlite::Rows<'s>),
    Pg { rows: Vec<postgres::Row>, at: usize },
}

impl Rows<'_> {
    /// The next row (a streaming read: the row borrows the rows).
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> rusqlite::Result<Option<Row<'_>>> {
        Ok(match self {
            Rows::Sqlite(r) => r.next()?.map(Row::Sqlite),
            Rows::Pg { rows, at } => {
                *at += 1;
                rows.get(*at - 1).map(Row::Pg)
            }
        })
    }
}

/// Rows mapped through a function, as an iterator.
pub struct MappedRows<'s, F> {
    rows: Rows<'s>,
    f: F,
}

impl<T, F> Iterator for MappedRows<'_, F>
where
    F: FnMut(&Row<'_>) -> rusqlite::Result<T>,
{
    type Item = rusqlite::Result<T>;

    fn next(&mut self) -> Option<Self::Item> {
        match &mut self.rows {
            Rows::Sqlite(r) => match r.next() {
                Ok(Some(row)) => Some((self.f)(&Row::Sqlite(row))),
                Ok(None) => None,
                Err(e) => Some(Err(e)),
            },
            Rows::Pg { rows, at } => {
                *at += 1;
                rows.get(*at - 1).map(|row| (self.f)(&Row::Pg(row)))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_renumbered_outside_quotes() {
        assert_eq!(
            translate("SELECT a FROM t WHERE b = ?1 AND c = '?2' AND d = ?"),
            "SELECT a FROM t WHERE b = $1 AND c = '?2' AND d = $2"
        );
        assert_eq!(translate("x = ? AND y = ?"), "x = $1 AND y = $2");
        assert_eq!(
            translate("a IS ?2 AND b IS NULL AND c IS NOT NULL AND d IS e.f"),
            "a IS NOT DISTINCT FROM $2 AND b IS NULL AND c IS NOT NULL AND d IS NOT DISTINCT FROM e.f"
        );
        assert_eq!(
            translate("a IS NOT ?1 AND b IS NOT (c) AND d IS NOT NULL"),
            "a IS DISTINCT FROM $1 AND b IS DISTINCT FROM (c) AND d IS NOT NULL"
        );
        assert_eq!(
            translate("INSERT OR IGNORE INTO t (a) VALUES (?1)"),
            "INSERT INTO t (a) VALUES ($1) ON CONFLICT DO NOTHING"
        );
        assert_eq!(
            translate("SELECT json_group_array(json_array(a.id, max(a.n, 1))) FROM t"),
            "SELECT coalesce(json_agg(json_build_array(a.id, greatest(a.n, 1)))::text, '[]') FROM t"
        );
        assert_eq!(
            translate("(+status = 'a' OR +status = 'b') AND n + 1 > 2"),
            "(status = 'a' OR status = 'b') AND n + 1 > 2"
        );
    }

    #[test]
    fn several_valued_max_and_min_become_greatest_and_least() {
        assert_eq!(
            translate("SELECT max(a, coalesce(b, 'x,y')), max(c), MIN(d, e) FROM t"),
            "SELECT greatest(a, coalesce(b, 'x,y')), max(c), least(d, e) FROM t"
        );
    }

    #[test]
    fn whole_numbers_round_trip_through_numeric() {
        for i in [
            0i64,
            1,
            -1,
            9_999,
            10_000,
            123_456_789,
            -987_654_321_012,
            i64::MAX,
        ] {
            let mut out = BytesMut::new();
            numeric_from_i64(i, &mut out);
            assert_eq!(numeric_value(&out).unwrap(), Value::Integer(i), "{i}");
        }
    }
}
