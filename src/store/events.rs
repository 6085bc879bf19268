//! The event log: one row per change, written in the same transaction as the change.

use jiff::Timestamp;
use rusqlite::Connection;
use serde::Serialize;
use serde_json::Value;

use crate::error::Result;
use crate::output::Record;
use crate::store::{Select, v};

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Event {
    pub id: i64,
    pub at: Timestamp,
    pub entity: String,
    pub entity_id: i64,
    pub action: String,
    pub details: Value,
}

impl Record for Event {
    const FIELDS: &'static [&'static str] =
        &["id", "at", "entity", "entity_id", "action", "details"];
    const COLUMNS: &'static [&'static str] =
        &["id", "at", "entity", "entity_id", "action", "details"];
    fn id(&self) -> i64 {
        self.id
    }
}

/// Appends an event. `entity` is the singular noun (`client`, `job`, `invite`, …).
pub fn record(
    conn: &Connection,
    at: Timestamp,
    entity: &str,
    entity_id: i64,
    action: &str,
    details: Value,
) -> Result<()> {
    let details = if details.is_null() {
        Value::Object(Default::default())
    } else {
        details
    };
    conn.prepare_cached(
        "INSERT INTO events (at, entity, entity_id, action, details) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(rusqlite::params![at, entity, entity_id, action, details])?;
    Ok(())
}

pub struct EventFilter<'a> {
    pub entity: Option<&'a str>,
    pub entity_id: Option<i64>,
    pub action: Option<&'a str>,
    pub since: Option<Timestamp>,
    /// Before this time.
    pub until: Option<Timestamp>,
    pub oldest_first: bool,
    pub limit: Option<u64>,
}

/// Events, newest first unless asked otherwise.
pub fn list(
    conn: &Connection,
    filter: &EventFilter<'_>,
    each: impl FnMut(Event) -> Result<()>,
) -> Result<()> {
    let order = if filter.oldest_first {
        "id ASC"
    } else {
        "id DESC"
    };
    let mut q = Select::new(
        "SELECT id, at, entity, entity_id, action, details FROM events",
        order,
    );
    if let Some(e) = filter.entity {
        q.filter("entity = ?", [v(e.to_string())]);
    }
    if let Some(id) = filter.entity_id {
        q.filter("entity_id = ?", [v(id)]);
    }
    if let Some(a) = filter.action {
        q.filter("action = ?", [v(a.to_string())]);
    }
    if let Some(t) = filter.since {
        q.filter("at >= ?", [v(t.to_string())]);
    }
    if let Some(t) = filter.until {
        q.filter("at < ?", [v(t.to_string())]);
    }
    q.limit(filter.limit);
    q.each(
        conn,
        |r| {
            Ok(Event {
                id: r.get(0)?,
                at: r.get(1)?,
                entity: r.get(2)?,
                entity_id: r.get(3)?,
                action: r.get(4)?,
                details: r.get(5)?,
            })
        },
        each,
    )
}

/// The fields that differ between two versions of a record, with their new values: the
/// details of an `edited` event.
pub fn changes_between<T: serde::Serialize>(before: &T, after: &T) -> Value {
    let json = |r: &T| serde_json::to_value(r).unwrap_or_default();
    changes(&json(before), &json(after))
}

/// The fields that differ between two JSON shapes of a record, with their new values.
pub fn changes(before: &Value, after: &Value) -> Value {
    let mut out = serde_json::Map::new();
    if let (Value::Object(b), Value::Object(a)) = (before, after) {
        for (k, new) in a {
            if b.get(k) != Some(new) {
                out.insert(k.clone(), new.clone());
            }
        }
    }
    Value::Object(out)
}

/// A record's timeline, oldest first, for the history section of `show`.
pub fn history(conn: &Connection, entity: &str, entity_id: i64) -> Result<Vec<Event>> {
    let mut out = Vec::new();
    let filter = EventFilter {
        entity: Some(entity),
        entity_id: Some(entity_id),
        action: None,
        since: None,
        until: None,
        oldest_first: true,
        limit: None,
    };
    list(conn, &filter, |e| {
        out.push(e);
        Ok(())
    })?;
    Ok(out)
}
