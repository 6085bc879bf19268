//! `lancer stats`: the response-time badge (R7), the pipeline funnel, win rate and Connects
//! per hire, split by profile and by invite kind.

use clap::Args;
use jiff::Timestamp;

use crate::commands::{Ctx, parse_time};
use crate::error::Result;
use crate::store::profiles;
use crate::store::stats::compute;

#[derive(Debug, Args)]
#[command(after_help = "\
The response-time badge follows the profile badge's rule: invites received in the 90 days
before now, leaving out invites the client withdrew within 24 hours and pending invites younger
than 24 hours; accepting or declining is a response, ignoring is not. With fewer than 5 invites
the badge is not-enough-data; otherwise within-24h when more than half were answered within
24 hours, within-3-days when more than half within 72 hours, else slower.

The funnel counts what happened to invites received and proposals sent since --since
(default: 90 days ago).

Examples:
  lancer stats
  lancer stats --since 2026-01-01T00:00:00Z --json
  lancer stats --profile \"Rust systems\"")]
pub struct StatsArgs {
    /// Start of the funnel's window: a date, RFC 3339, or 30d, 2w ago… [default: 90 days before now]
    #[arg(long, value_name = "WHEN", value_parser = parse_time)]
    pub since: Option<Timestamp>,
    /// Only proposals sent from this profile (id, uid, name or `general`)
    #[arg(long)]
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::profiles))]
    pub profile: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: StatsArgs) -> Result<()> {
    let now = ctx.now;
    let (conn, out) = ctx.reader()?;
    let profile = match &args.profile {
        Some(key) => Some(profiles::find(conn, key)?),
        None => None,
    };
    let stats = compute(
        conn,
        now,
        args.since,
        profile.as_ref().map(|p| p.id),
        profile.map(|p| p.name),
    )?;
    out.record(&stats)
}
