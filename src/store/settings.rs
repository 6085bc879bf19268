//! Stored policy settings (R60); keys not stored take their defaults.

use crate::store::db::Db;

use crate::error::Result;
use crate::rules::settings::{SettingKey, Settings};

pub fn stored(conn: &Db) -> Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare_cached("SELECT key, value FROM settings ORDER BY key")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn load(conn: &Db) -> Result<Settings> {
    let pairs = stored(conn)?;
    Ok(Settings::from_pairs(
        pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
    ))
}

pub fn get(conn: &Db, key: SettingKey) -> Result<String> {
    Ok(stored(conn)?
        .into_iter()
        .find(|(k, _)| k == key.as_str())
        .map(|(_, v)| v)
        .unwrap_or_else(|| key.default_value().to_string()))
}

pub fn set(conn: &Db, key: SettingKey, value: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    )?
    .execute([key.as_str(), value])?;
    Ok(())
}
