//! `lancer config get|set|list` (R60).

use clap::{Args, Subcommand};
use serde::Serialize;
use serde_json::json;

use crate::commands::Ctx;
use crate::error::{Error, Result};
use crate::output::Record;
use crate::rules::settings::SettingKey;
use crate::store::{events, settings};

#[derive(Debug, Args)]
#[command(after_help = "\
Settings:
  invite-connects          charge (default) or free: accepting an invite costs the job's Connects
  service-fee-pct          0-20 (default 10): percent taken from what the client pays
  plan                     basic (default) or plus: monthly Connects and bid ranges
  connects-price-cents     1-10000 (default 15): the price of one Connect
  cover-letter-edit-hours  0-168 (default 6): hours a cover letter stays editable
  offer-expiry-days        1-90 (default 7): days before a client's offer expires

A proposal keeps the service fee and the cover-letter window in force when it was submitted;
an offer keeps the expiry it arrived with.

Examples:
  lancer config set invite-connects free
  lancer config get service-fee-pct
  lancer config list --json")]
pub struct ConfigArgs {
    #[command(subcommand)]
    pub command: crate::cli::Lazy<ConfigCommand>,
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print one setting's value
    Get {
        /// The setting
        key: SettingKey,
    },
    /// Change a setting
    Set {
        /// The setting
        key: SettingKey,
        /// Its new value
        value: String,
    },
    /// List every setting with its value and default
    #[command(visible_alias = "ls")]
    List,
}

#[derive(Debug, Serialize)]
pub struct Setting {
    pub key: SettingKey,
    pub value: String,
    pub default: &'static str,
    pub description: &'static str,
}

impl Record for Setting {
    const FIELDS: &'static [&'static str] = &["key", "value", "default", "description"];
    const COLUMNS: &'static [&'static str] = &["key", "value", "default", "description"];
    fn id(&self) -> i64 {
        0
    }
    fn quiet_key(&self) -> Option<String> {
        Some(self.key.as_str().to_string())
    }
}

fn setting(key: SettingKey, value: String) -> Setting {
    Setting {
        key,
        value,
        default: key.default_value(),
        description: key.describe(),
    }
}

pub fn run(ctx: &mut Ctx, args: ConfigArgs) -> Result<()> {
    let now = ctx.now;
    match args.command.0 {
        ConfigCommand::Get { key } => {
            let (conn, out) = ctx.reader()?;
            let value = settings::get(conn, key)?;
            if out.fields.is_some() || out.is_json() {
                out.record(&setting(key, value))
            } else {
                out.scalar(key.as_str(), &value)
            }
        }
        ConfigCommand::Set { key, value } => {
            let value = key.validate(&value).map_err(|e| {
                Error::usage(e).hint(format!("{}: {}", key.as_str(), key.describe()))
            })?;
            let s = ctx.write(|tx| {
                let old = settings::get(tx, key)?;
                settings::set(tx, key, &value)?;
                events::record(
                    tx,
                    now,
                    "setting",
                    0,
                    "set",
                    json!({ "key": key, "from": old, "to": value }),
                )?;
                Ok(setting(key, value.clone()))
            })?;
            ctx.out.record(&s)
        }
        ConfigCommand::List => {
            let (conn, out) = ctx.reader()?;
            let mut list = out.list::<Setting>()?;
            for key in SettingKey::ALL {
                list.push(&setting(*key, settings::get(conn, *key)?))?;
            }
            list.finish()
        }
    }
}
