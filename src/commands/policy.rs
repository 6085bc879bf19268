//! `lancer policy check [TEXT]`: the contact-information (R30) and extra-reward (R32) check.

use std::io::Read;

use clap::{Args, Subcommand};
use serde::Serialize;

use crate::commands::Ctx;
use crate::error::{Error, Result};
use crate::output::Record;
use crate::rules::contact::{self, Finding};

#[derive(Debug, Args)]
#[command(after_help = "\
Before a contract starts, cover letters, screening answers, attachment names, messages and
decline or withdraw messages may not carry contact information: email addresses (also spelled
out, like `name at domain dot com`), phone numbers, messaging handles and links. Offers of
extras to win a job (a free logo, a discount if hired) are flagged as warnings.

Exits 4 when the text carries contact information, 0 otherwise (warnings included).

Examples:
  lancer policy check \"Reach me at dana at example dot com\"
  lancer policy check < letter.txt
  lancer policy check --json - < message.txt")]
pub struct PolicyArgs {
    #[command(subcommand)]
    pub command: PolicyCommand,
}

#[derive(Debug, Subcommand)]
pub enum PolicyCommand {
    /// Check a text (an argument, or standard input when left out or `-`)
    Check {
        /// The text to check
        text: Option<String>,
    },
}

#[derive(Debug, Serialize)]
pub struct PolicyReport {
    pub allowed: bool,
    pub findings: Vec<Finding>,
    pub warnings: Vec<Finding>,
}

impl Record for PolicyReport {
    const FIELDS: &'static [&'static str] = &["allowed", "findings", "warnings"];
    const COLUMNS: &'static [&'static str] = &["allowed", "findings", "warnings"];
    fn id(&self) -> i64 {
        0
    }
    fn quiet_key(&self) -> String {
        self.allowed.to_string()
    }
}

pub fn run(ctx: &mut Ctx, args: PolicyArgs) -> Result<()> {
    let PolicyCommand::Check { text } = args.command;
    let text = match text.as_deref() {
        Some("-") | None => {
            let mut buf = String::new();
            std::io::stdin()
                .read_to_string(&mut buf)
                .map_err(|e| Error::usage(format!("cannot read standard input: {e}")))?;
            buf
        }
        Some(t) => t.to_string(),
    };
    let findings = contact::find_contact_info(&text);
    let warnings = contact::find_extra_rewards(&text);
    let report = PolicyReport {
        allowed: findings.is_empty(),
        findings,
        warnings,
    };
    ctx.out.record(&report)?;
    if report.allowed {
        Ok(())
    } else {
        // The report is on stdout; the exit code tells scripts the text would be refused.
        Err(Error::refused(contact::refusal(
            "this text",
            &report.findings,
        )))
    }
}
