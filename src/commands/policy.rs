//! `lancer policy check [TEXT]`: the contact-information (R30) and extra-reward (R32) check.

use clap::{Args, Subcommand};
use serde::Serialize;

use crate::commands::Ctx;
use crate::error::{Error, Result};
use crate::output::{Format, Record};
use crate::rules::contact::{self, Finding};

#[derive(Debug, Args)]
#[command(after_help = "\
Before a contract starts, cover letters, screening answers, milestone descriptions, attachment
names, messages and decline or withdraw messages may not carry contact information: email
addresses (also spelled out, like `name at domain dot com` or `nombre arroba dominio punto
com`), phone numbers (also as number words), messaging handles and links to chats, calls,
bookings or profiles.

Each finding has a kind, the text as written, its byte span and a confidence from 0 to 1.
From 0.70 the text is refused; from 0.40 the finding is a warning that never blocks. Offers of
extras to win a job (a free logo, a discount if hired) are warnings too. `--explain` shows
why each finding was raised and which words around it moved its confidence.

Exits 4 when the text would be refused, 0 otherwise (warnings included).

Examples:
  lancer policy check \"Reach me at dana at example dot com\"
  lancer policy check --explain \"call me: five five five, one two three, four five six seven\"
  lancer policy check < letter.txt
  lancer policy check --json - < message.txt | jq '.findings[] | {kind, text, confidence}'")]
pub struct PolicyArgs {
    #[command(subcommand)]
    pub command: crate::cli::Lazy<PolicyCommand>,
}

#[derive(Debug, Subcommand)]
pub enum PolicyCommand {
    /// Check a text (an argument, or standard input when left out or `-`)
    Check {
        /// The text to check
        text: Option<String>,
        /// Show why each finding was raised and what moved its confidence
        #[arg(long)]
        explain: bool,
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
    fn quiet_key(&self) -> Option<String> {
        None
    }
}

/// One finding as a row of the table, CSV and TSV output.
#[derive(Debug, Serialize)]
pub struct FindingRow {
    /// `refuse` (blocks the text) or `warn`.
    pub verdict: &'static str,
    pub kind: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub confidence: f64,
    pub reasons: String,
}

impl Record for FindingRow {
    const FIELDS: &'static [&'static str] = &[
        "verdict",
        "kind",
        "text",
        "start",
        "end",
        "confidence",
        "reasons",
    ];
    const COLUMNS: &'static [&'static str] =
        &["verdict", "kind", "text", "start", "end", "confidence"];
    fn id(&self) -> i64 {
        i64::try_from(self.start).unwrap_or(i64::MAX)
    }
}

pub fn run(ctx: &mut Ctx, args: PolicyArgs) -> Result<()> {
    let PolicyCommand::Check { text, explain } = args.command.0;
    let text = match text.as_deref() {
        Some("-") | None => crate::input::read_text(
            std::path::Path::new("-"),
            crate::input::TEXT_BYTES_MAX,
            "the text",
        )?,
        Some(t) => t.to_string(),
    };
    let check = contact::check(&text);
    let report = PolicyReport {
        allowed: check.findings.is_empty(),
        findings: check.findings,
        warnings: check.warnings,
    };
    if ctx.out.quiet || ctx.out.is_json() {
        ctx.out.record(&report)?;
    } else {
        print_rows(ctx, &report, explain)?;
    }
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

/// Table, CSV and TSV: one row a finding, refusals first; `--explain` adds the reasons.
fn print_rows(ctx: &Ctx, report: &PolicyReport, explain: bool) -> Result<()> {
    let rows: Vec<FindingRow> = report
        .findings
        .iter()
        .map(|f| ("refuse", f))
        .chain(report.warnings.iter().map(|f| ("warn", f)))
        .map(|(verdict, f)| FindingRow {
            verdict,
            kind: f.kind.to_string(),
            text: f.text.clone(),
            start: f.start,
            end: f.end,
            confidence: f.confidence,
            reasons: f.reasons.join("; "),
        })
        .collect();
    if rows.is_empty() {
        ctx.out
            .note("allowed: no contact information or offers of extras found");
        return Ok(());
    }
    if explain && ctx.out.format == Format::Table {
        for r in &rows {
            println!(
                "{:<6} {:<12} {:<32} bytes {}..{}  confidence {:.2}",
                r.verdict,
                r.kind,
                format!("'{}'", r.text),
                r.start,
                r.end,
                r.confidence
            );
            for reason in r.reasons.split("; ") {
                println!("         - {reason}");
            }
        }
        return Ok(());
    }
    let mut list = ctx.out.list::<FindingRow>()?;
    for r in &rows {
        list.push(r)?;
    }
    list.finish()
}
