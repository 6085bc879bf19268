//! `lancer log [ENTITY [ID]]`: the event history, newest first.

use clap::Args;
use jiff::Timestamp;

use crate::commands::{Ctx, parse_time};
use crate::error::{Error, Result};
use crate::store::{self, events, events::Event};

#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  lancer log                      everything, newest first
  lancer log job 3                the history of job 3
  lancer log clients --limit 5    the last five client changes
  lancer log --since 2026-03-01T00:00:00Z --json")]
pub struct LogArgs {
    /// Only events of this kind of record: client, job, profile, agency, setting, …
    pub entity: Option<String>,
    /// Only events of this record (id or uid)
    pub id: Option<String>,
    /// Only events with this action (added, edited, closed, …)
    #[arg(long)]
    pub action: Option<String>,
    /// Only events at or after this time (a date, RFC 3339, yesterday, 3d, 2w ago…)
    #[arg(long, value_name = "WHEN", value_parser = parse_time)]
    pub since: Option<Timestamp>,
    /// Only events before this time (the same forms as --since)
    #[arg(long, value_name = "WHEN", value_parser = parse_time)]
    pub until: Option<Timestamp>,
    /// Oldest first instead of newest first
    #[arg(long)]
    pub oldest_first: bool,
    /// At most this many rows
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
}

/// Entities with events: (singular, table of records with ids and uids).
const ENTITIES: &[(&str, &str)] = &[
    ("client", "clients"),
    ("job", "jobs"),
    ("profile", "profiles"),
    ("agency", "agencies"),
    ("invite", "invites"),
    ("proposal", "proposals"),
    ("offer", "offers"),
    ("contract", "contracts"),
    ("catalog", "catalog_projects"),
    ("connects", ""),
    ("setting", ""),
];

/// The singular entity name for a singular or plural spelling.
pub fn entity_name(word: &str) -> Option<(&'static str, &'static str)> {
    let w = word.to_ascii_lowercase();
    ENTITIES
        .iter()
        .find(|(singular, table)| {
            w == *singular || (!table.is_empty() && w == *table) || w == format!("{singular}s")
        })
        .copied()
}

pub fn run(ctx: &mut Ctx, args: LogArgs) -> Result<()> {
    let (conn, out) = ctx.reader()?;
    let entity = match &args.entity {
        Some(word) => Some(entity_name(word).ok_or_else(|| {
            Error::usage(format!(
                "unknown record kind '{word}': one of {}",
                ENTITIES
                    .iter()
                    .map(|(s, _)| *s)
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
        })?),
        None => None,
    };
    let entity_id = match (&args.id, entity) {
        (Some(key), Some((singular, table))) if !table.is_empty() => {
            Some(store::resolve(conn, table, singular, key)?)
        }
        (Some(key), _) => Some(
            key.parse::<i64>()
                .map_err(|_| Error::usage(format!("'{key}' is not an id")))?,
        ),
        (None, _) => None,
    };
    let filter = events::EventFilter {
        entity: entity.map(|(s, _)| s),
        entity_id,
        action: args.action.as_deref(),
        since: args.since,
        until: args.until,
        oldest_first: args.oldest_first,
        limit: out.sql_limit(args.limit),
    };
    let mut list = out.list::<Event>()?;
    events::list(conn, &filter, |e| list.push(&e))?;
    list.finish()
}
