//! `lancer jobs add|list|show|edit|close`.

use crate::store::db::Db;
use clap::{ArgGroup, Args, Subcommand};
use jiff::Timestamp;

use crate::app::jobs::{add_job, close_job, edit_job, new_job};
use crate::commands::{Ctx, parse_nonempty, parse_time};
use crate::error::Result;
use crate::rules::jobs::{
    Budget, CloseReason, Duration, ExperienceLevel, JobStatus, MAX_CONNECTS_COST,
    default_connects_cost,
};
use crate::rules::money::Cents;
use crate::rules::settings::Plan;
use crate::store::{self, jobs, jobs::Job, settings};

#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  lancer jobs add --client acme --title \"Rust CLI for invoices\" --hourly 40-70 \\
      --skill rust --skill sqlite --question \"Which crates would you use?\"
  lancer jobs add --client acme --title \"Logo\" --fixed 300 --featured
  lancer jobs list --status open --sort budget
  lancer job show 3 --json
  lancer job edit 3 --title \"Rust CLI for invoices and receipts\" --skill rust --clear-skills
  lancer job close 3 --reason filled

Without --connects a job costs Connects by its budget: fixed under $50 or hourly maximum
under $15: 2; under $500 / $30: 4; under $5,000 / $60: 6; otherwise 8.")]
pub struct JobsArgs {
    #[command(subcommand)]
    pub command: crate::cli::Lazy<JobsCommand>,
}

#[derive(Debug, Subcommand)]
pub enum JobsCommand {
    /// Record a job post
    Add(AddArgs),
    /// List job posts
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Show one job post
    Show {
        /// Job id or uid
        #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::jobs))]
        job: String,
    },
    /// Change a job post (only the flags given)
    Edit(EditArgs),
    /// Close a job: filled, cancelled (refunds Connects spent on it) or expired
    Close(CloseArgs),
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("budget").required(true).args(["hourly", "fixed"])))]
pub struct AddArgs {
    /// The client who posted it (id or uid)
    #[arg(long)]
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::clients))]
    pub client: String,
    /// The job's title
    #[arg(long, value_parser = parse_nonempty)]
    pub title: String,
    /// A stable key for scripts and imports
    #[arg(long)]
    pub uid: Option<String>,
    #[command(flatten)]
    pub fields: JobFields,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("budget").args(["hourly", "fixed"])))]
pub struct EditArgs {
    /// Job id or uid
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::open_jobs))]
    pub job: String,
    /// New title
    #[arg(long, value_parser = parse_nonempty)]
    pub title: Option<String>,
    /// New uid
    #[arg(long)]
    pub uid: Option<String>,
    /// Replace the skills with the --skill flags given
    #[arg(long)]
    pub clear_skills: bool,
    /// Replace the screening questions with the --question flags given
    #[arg(long)]
    pub clear_questions: bool,
    #[command(flatten)]
    pub fields: JobFields,
}

#[derive(Debug, Args)]
pub struct JobFields {
    /// The job's description
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    /// A skill the job asks for (repeat for more)
    #[arg(long, value_name = "SKILL")]
    pub skill: Vec<String>,
    /// Hourly budget range, e.g. 20-40
    #[arg(long, value_name = "MIN-MAX", value_parser = Budget::parse_hourly, allow_negative_numbers = true)]
    pub hourly: Option<Budget>,
    /// Fixed budget for the whole job, e.g. 300
    #[arg(long, value_name = "AMOUNT", value_parser = Budget::parse_fixed, allow_negative_numbers = true)]
    pub fixed: Option<Budget>,
    /// Connects a proposal costs (0-16); derived from the budget when left out
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(0..=MAX_CONNECTS_COST))]
    pub connects: Option<i64>,
    /// A Featured job (its invites may come from the platform)
    #[arg(long)]
    pub featured: bool,
    /// Invite-only: no referrals
    #[arg(long)]
    pub private: bool,
    /// A screening question (repeat for more)
    #[arg(long, value_name = "TEXT")]
    pub question: Vec<String>,
    /// Experience level: entry, intermediate or expert
    #[arg(long, value_name = "LEVEL")]
    pub experience: Option<ExperienceLevel>,
    /// Expected project length
    #[arg(long, value_name = "DURATION")]
    pub length: Option<Duration>,
    /// When it was posted (a date, RFC 3339, 3d…) [default: now]
    #[arg(long, value_name = "WHEN", value_parser = parse_time)]
    pub posted_at: Option<Timestamp>,
    /// Activity: proposals the job has
    #[arg(long, value_name = "N")]
    pub proposals: Option<u32>,
    /// Activity: invites the client sent
    #[arg(long, value_name = "N")]
    pub invites_sent: Option<u32>,
    /// Activity: freelancers being interviewed
    #[arg(long, value_name = "N")]
    pub interviewing: Option<u32>,
    /// Activity: when the client last viewed the job
    #[arg(long, value_name = "WHEN", value_parser = parse_time)]
    pub last_viewed_at: Option<Timestamp>,
    /// Bid range of other proposals, LOW-AVG-HIGH (shown on the plus plan)
    #[arg(long, value_name = "LOW-AVG-HIGH", value_parser = parse_bid_range)]
    pub bid_range: Option<(Cents, Cents, Cents)>,
}

#[derive(Debug, Args)]
pub struct CloseArgs {
    /// Job id or uid
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::open_jobs))]
    pub job: String,
    /// Why it closed
    #[arg(long)]
    pub reason: CloseReason,
}

pub use crate::store::jobs::JobSort;

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this client's jobs (id or uid)
    #[arg(long)]
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::clients))]
    pub client: Option<String>,
    /// Only open or closed jobs
    #[arg(long)]
    pub status: Option<JobStatus>,
    /// Only Featured jobs
    #[arg(long)]
    pub featured: bool,
    /// Only private (invite-only) jobs
    #[arg(long)]
    pub private: bool,
    /// Only jobs asking for this skill
    #[arg(long)]
    pub skill: Option<String>,
    /// Order (posted: newest first; budget: highest first)
    #[arg(long, default_value = "id")]
    pub sort: JobSort,
    /// At most this many rows
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
}

fn parse_bid_range(text: &str) -> std::result::Result<(Cents, Cents, Cents), String> {
    let parts: Vec<&str> = text.split('-').collect();
    let [lo, avg, hi] = parts.as_slice() else {
        return Err(format!(
            "invalid bid range '{text}': write LOW-AVG-HIGH, e.g. 25-40-60"
        ));
    };
    let (lo, avg, hi) = (Cents::parse(lo)?, Cents::parse(avg)?, Cents::parse(hi)?);
    if !(lo <= avg && avg <= hi) {
        return Err(format!("invalid bid range '{text}': LOW <= AVG <= HIGH"));
    }
    Ok((lo, avg, hi))
}

impl JobFields {
    fn apply(&self, j: &mut Job) {
        if let Some(d) = &self.description {
            j.description = d.clone();
        }
        j.skills
            .extend(self.skill.iter().map(|s| s.trim().to_string()));
        if let Some(b) = self.hourly.or(self.fixed) {
            j.set_budget(b);
            // R51: only a cost derived from the budget follows the budget.
            if !j.connects_explicit {
                j.connects_cost = default_connects_cost(b);
            }
        }
        if let Some(c) = self.connects {
            j.connects_cost = c;
            j.connects_explicit = true;
        }
        if self.featured {
            j.featured = true;
        }
        if self.private {
            j.private = true;
        }
        j.questions
            .extend(self.question.iter().map(|q| q.trim().to_string()));
        if let Some(x) = self.experience {
            j.experience_level = Some(x);
        }
        if let Some(x) = self.length {
            j.project_length = Some(x);
        }
        if let Some(x) = self.posted_at {
            j.posted_at = x;
        }
        if let Some(x) = self.proposals {
            j.proposals = x.into();
        }
        if let Some(x) = self.invites_sent {
            j.invites_sent = x.into();
        }
        if let Some(x) = self.interviewing {
            j.interviewing = x.into();
        }
        if let Some(x) = self.last_viewed_at {
            j.last_viewed_by_client_at = Some(x);
        }
        if let Some((lo, avg, hi)) = self.bid_range {
            j.bid_low_cents = Some(lo.0);
            j.bid_avg_cents = Some(avg.0);
            j.bid_high_cents = Some(hi.0);
        }
    }
}

/// Whether the plan in force shows bid ranges (R40).
pub fn shows_bid_range(conn: &Db) -> Result<bool> {
    Ok(settings::load(conn)?.plan == Plan::Plus)
}

pub fn run(ctx: &mut Ctx, args: JobsArgs) -> Result<()> {
    let now = ctx.now;
    match args.command.0 {
        JobsCommand::Add(a) => {
            let budget = a
                .fields
                .hourly
                .or(a.fields.fixed)
                .expect("clap requires a budget");
            let job = ctx.write(|tx| {
                let client_id = store::resolve(tx, "clients", "client", &a.client)?;
                let mut job = new_job(client_id, &a.title, budget, now);
                job.uid = a.uid.clone();
                a.fields.apply(&mut job);
                let id = add_job(tx, &job, now)?;
                Ok(jobs::get(tx, id)?.for_plan(shows_bid_range(tx)?))
            })?;
            ctx.out.record(&job)
        }
        JobsCommand::List(a) => {
            let (conn, out) = ctx.reader()?;
            let query = jobs::JobQuery {
                client_id: match &a.client {
                    Some(c) => Some(store::resolve(conn, "clients", "client", c)?),
                    None => None,
                },
                status: a.status,
                featured_only: a.featured,
                private_only: a.private,
                skill: a.skill.clone(),
                sort: a.sort,
                limit: out.sql_limit(a.limit),
            };
            let plus = shows_bid_range(conn)?;
            let mut list = out.list::<Job>()?;
            jobs::list(conn, &query, |j| list.push(&j.for_plan(plus)))?;
            list.finish()
        }
        JobsCommand::Show { job } => {
            let (conn, out) = ctx.reader()?;
            let id = store::resolve(conn, "jobs", "job", &job)?;
            out.record(&jobs::get(conn, id)?.for_plan(shows_bid_range(conn)?))
        }
        JobsCommand::Edit(a) => {
            let job = ctx.write(|tx| {
                let id = store::resolve(tx, "jobs", "job", &a.job)?;
                edit_job(
                    tx,
                    id,
                    |j| {
                        if let Some(t) = &a.title {
                            j.title = t.clone();
                        }
                        if let Some(u) = &a.uid {
                            j.uid = Some(u.clone());
                        }
                        if a.clear_skills {
                            j.skills.clear();
                        }
                        if a.clear_questions {
                            j.questions.clear();
                        }
                        a.fields.apply(j);
                        Ok(())
                    },
                    now,
                )?;
                Ok(jobs::get(tx, id)?.for_plan(shows_bid_range(tx)?))
            })?;
            ctx.out.record(&job)
        }
        JobsCommand::Close(a) => {
            let job = ctx.write(|tx| {
                let id = store::resolve(tx, "jobs", "job", &a.job)?;
                let job = close_job(tx, id, a.reason, now)?;
                Ok(job.for_plan(shows_bid_range(tx)?))
            })?;
            ctx.out.record(&job)
        }
    }
}
