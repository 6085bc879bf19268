//! `lancer letter check --job J FILE|-`: the cover-letter check (R41) before you send.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::app::proposals::lint_letter;
use crate::commands::Ctx;
use crate::error::Result;
use crate::store;

#[derive(Debug, Args)]
#[command(after_help = "\
The check is deterministic and works offline. Under 200 characters it only asks for more text.
Otherwise it reports the job's skills and the post's key words the letter leaves out, reuse of
your other cover letters (word-trigram similarity of 0.5 or more), a missing thank-you when
answering an invite, length, contact information and offers of extras.

Examples:
  lancer letter check --job 12 letter.txt
  lancer letter check --job 12 --invite - < letter.txt
  lancer proposal lint 3")]
pub struct LetterArgs {
    #[command(subcommand)]
    pub command: crate::cli::Lazy<LetterCommand>,
}

#[derive(Debug, Subcommand)]
pub enum LetterCommand {
    /// Check a draft cover letter for a job
    Check {
        /// The job it is for (id or uid)
        #[arg(long, add = clap_complete::engine::ArgValueCandidates::new(crate::completion::jobs))]
        job: String,
        /// The letter is answering an invitation (expects a thank-you)
        #[arg(long)]
        invite: bool,
        /// The letter's file, or `-` for standard input
        file: PathBuf,
    },
}

pub fn run(ctx: &mut Ctx, args: LetterArgs) -> Result<()> {
    let LetterCommand::Check { job, invite, file } = args.command.0;
    let text = crate::input::read_text(&file, crate::input::TEXT_BYTES_MAX, "the letter")?;
    let (conn, out) = ctx.reader()?;
    let job_id = store::resolve(conn, "jobs", "job", &job)?;
    let report = lint_letter(conn, text.trim(), job_id, invite, None)?;
    for tip in &report.report.tips {
        out.note(&format!("tip: {tip}"));
    }
    out.record(&report)
}
