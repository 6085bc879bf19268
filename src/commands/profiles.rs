//! `lancer profiles add|list|show|edit` (R40).

use crate::store::db::Db;
use clap::{Args, Subcommand};
use serde_json::json;

use crate::commands::{Ctx, parse_nonempty, parse_rate};
use crate::error::{Error, Result};
use crate::rules::money::Cents;
use crate::rules::profiles::{AgencyRole, ProfileKind, check_new_profile};
use crate::store::{self, agencies, events, profiles, profiles::Profile};

#[derive(Debug, Args)]
#[command(after_help = "\
A freelancer has one general profile and at most two specialized ones. Proposals name the
profile they are sent from with --profile: `general` or a specialized profile's name.

Examples:
  lancer profiles add \"Dana Reyes\" --title \"Backend engineer\" --rate 65 --skill rust --skill go
  lancer profiles add \"Rust systems\" --specialized --rate 85 --skill rust
  lancer profile edit general --rate 70
  lancer profiles list
  lancer profile show \"Rust systems\" --json")]
pub struct ProfilesArgs {
    #[command(subcommand)]
    pub command: crate::cli::Lazy<ProfilesCommand>,
}

#[derive(Debug, Subcommand)]
pub enum ProfilesCommand {
    /// Add a profile
    Add(AddArgs),
    /// List profiles
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Show one profile
    Show {
        /// Profile id, uid, name, or `general`
        #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::profiles))]
        profile: String,
    },
    /// Change a profile (only the flags given)
    Edit(EditArgs),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The profile's name (the general profile's is usually your own name)
    #[arg(value_parser = parse_nonempty)]
    pub name: String,
    /// A specialized profile (at most two), not the general one
    #[arg(long)]
    pub specialized: bool,
    /// A stable key for scripts and imports
    #[arg(long)]
    pub uid: Option<String>,
    #[command(flatten)]
    pub fields: ProfileFields,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// Profile id, uid, name, or `general`
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::profiles))]
    pub profile: String,
    /// New name
    #[arg(long, value_parser = parse_nonempty)]
    pub name: Option<String>,
    /// New uid
    #[arg(long)]
    pub uid: Option<String>,
    /// Replace the skills with the --skill flags given
    #[arg(long)]
    pub clear_skills: bool,
    #[command(flatten)]
    pub fields: ProfileFields,
}

#[derive(Debug, Args)]
pub struct ProfileFields {
    /// Headline shown to clients
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    /// Default hourly rate (3.00 to 999.99)
    #[arg(long, value_name = "AMOUNT", value_parser = parse_rate, allow_negative_numbers = true)]
    pub rate: Option<Cents>,
    /// A skill (repeat for more)
    #[arg(long, value_name = "SKILL")]
    pub skill: Vec<String>,
    /// The agency this profile works through (id, uid or name)
    #[arg(long, value_name = "AGENCY", requires = "role")]
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::agencies))]
    pub agency: Option<String>,
    /// Your role in that agency
    #[arg(long, requires = "agency")]
    pub role: Option<AgencyRole>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only general or only specialized profiles
    #[arg(long)]
    pub kind: Option<ProfileKind>,
    /// At most this many rows
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
}

impl ProfileFields {
    fn apply(&self, conn: &Db, p: &mut Profile) -> Result<()> {
        if let Some(t) = &self.title {
            p.title = Some(t.trim().to_string());
        }
        if let Some(r) = self.rate {
            p.rate_cents = Some(r.0);
        }
        p.skills
            .extend(self.skill.iter().map(|s| s.trim().to_string()));
        if let (Some(a), Some(role)) = (&self.agency, self.role) {
            let agency = agencies::find(conn, a)?;
            p.agency_id = Some(agency.id);
            p.agency_role = Some(role);
        }
        Ok(())
    }
}

/// Keeps the agency's member list in step with a profile that works through it.
fn sync_membership(conn: &Db, p: &Profile, now: jiff::Timestamp) -> Result<()> {
    if let (Some(agency_id), Some(role)) = (p.agency_id, p.agency_role) {
        agencies::upsert_member(conn, agency_id, &p.name, role, now)?;
    }
    Ok(())
}

pub fn run(ctx: &mut Ctx, args: ProfilesArgs) -> Result<()> {
    let now = ctx.now;
    match args.command.0 {
        ProfilesCommand::Add(a) => {
            let kind = if a.specialized {
                ProfileKind::Specialized
            } else {
                ProfileKind::General
            };
            let profile = ctx.write(|tx| {
                let (general, specialized) = profiles::count_by_kind(tx)?;
                check_new_profile(kind, general, specialized).map_err(Error::refused)?; // R40
                if a.name == "general" {
                    return Err(Error::usage(
                        "'general' names the general profile; choose another name",
                    ));
                }
                if profiles::name_taken(tx, &a.name, None)? {
                    return Err(Error::refused(format!(
                        "a profile named '{}' already exists",
                        a.name
                    )));
                }
                store::check_uid_free(tx, "profiles", "profile", a.uid.as_deref(), None)?;
                let mut p = Profile {
                    id: 0,
                    uid: a.uid.clone(),
                    name: a.name.clone(),
                    kind,
                    title: None,
                    rate_cents: None,
                    skills: Vec::new(),
                    agency_id: None,
                    agency_role: None,
                    created_at: now,
                };
                a.fields.apply(tx, &mut p)?;
                let id = profiles::insert(tx, &p)?;
                sync_membership(tx, &p, now)?;
                events::record(
                    tx,
                    now,
                    "profile",
                    id,
                    "added",
                    json!({ "name": p.name, "kind": kind }),
                )?;
                profiles::get(tx, id)
            })?;
            ctx.out.record(&profile)
        }
        ProfilesCommand::List(a) => {
            let (conn, out) = ctx.reader()?;
            let mut list = out.list::<Profile>()?;
            profiles::list(conn, a.kind, out.sql_limit(a.limit), |p| list.push(&p))?;
            list.finish()
        }
        ProfilesCommand::Show { profile } => {
            let (conn, out) = ctx.reader()?;
            out.record(&profiles::find(conn, &profile)?)
        }
        ProfilesCommand::Edit(a) => {
            let profile = ctx.write(|tx| {
                let before = profiles::find(tx, &a.profile)?;
                let mut p = before.clone();
                if let Some(n) = &a.name {
                    if n == "general" || profiles::name_taken(tx, n, Some(p.id))? {
                        return Err(Error::refused(format!("the name '{n}' is taken")));
                    }
                    p.name = n.clone();
                }
                if let Some(u) = &a.uid {
                    store::check_uid_free(tx, "profiles", "profile", Some(u), Some(p.id))?;
                    p.uid = Some(u.clone());
                }
                if a.clear_skills {
                    p.skills.clear();
                }
                a.fields.apply(tx, &mut p)?;
                let changes = events::changes_between(&before, &p);
                if changes.as_object().is_some_and(|m| !m.is_empty()) {
                    profiles::update(tx, &p)?;
                    sync_membership(tx, &p, now)?;
                    events::record(tx, now, "profile", p.id, "edited", changes)?;
                }
                profiles::get(tx, p.id)
            })?;
            ctx.out.record(&profile)
        }
    }
}
