//! `lancer seed`: the demo world of `app::seed`, in one transaction.

use clap::Args;

use crate::app::seed::{SeedReport, build};
use crate::commands::Ctx;
use crate::error::{Error, Result};

#[derive(Debug, Args)]
#[command(after_help = "\
The world holds clients with varied histories, hourly and fixed-price jobs (some Featured,
some private, some with screening questions), a general profile, invites in every status,
the proposals made by accepting some of them, and a Connects ledger with grants, purchases,
spends, refunds and expiries. It is written in one transaction: all of it or nothing. While
it runs the store is the seed's alone: other commands wait for it, up to the busy timeout.

Examples:
  lancer seed --invites 500 --seed 42
  lancer --db demo.db --now 2026-03-10T12:00:00Z seed --invites 100000
  lancer seed --invites 40 --if-empty       only when the store has no invites yet")]
pub struct SeedArgs {
    /// How many invites to create
    #[arg(long, value_name = "N", default_value_t = 100, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub invites: u32,
    /// The random seed: the same seed and --now build the same world
    #[arg(long, value_name = "S", default_value_t = 1)]
    pub seed: u64,
    /// Do nothing (and succeed) when the store already has invites
    #[arg(long)]
    pub if_empty: bool,
}

pub fn run(ctx: &mut Ctx, args: SeedArgs) -> Result<()> {
    let now = ctx.now;
    ctx.store()?.use_large_cache()?;
    let report = ctx.write_bulk(|tx| {
        let invites = crate::store::count(tx, "invites")?;
        let records =
            crate::store::count(tx, "clients")? + crate::store::count(tx, "jobs")? + invites;
        if invites > 0 && args.if_empty {
            return Ok(SeedReport { seed: args.seed, clients: 0, jobs: 0, invites, proposals: 0, connects_balance: 0, skipped: true });
        }
        if records > 0 {
            return Err(Error::refused("the store already has records; seed an empty store")
                .hint("pass --db PATH for a new store, or --if-empty to skip a store that has invites"));
        }
        let bar = crate::commands::transfer::progress(u64::from(args.invites), "seeding");
        // The world is built without reading events by entity, invites by date or by
        // proposal, or jobs by client: those indexes are built once at the end. It never
        // reads events, so they are written in batches.
        let report =
            crate::store::with_indexes_deferred(tx, crate::store::SEED_DEFERRED_INDEXES, || {
                crate::store::events::batched(tx, || build(tx, args.invites, args.seed, now, &bar))
            });
        bar.finish_and_clear();
        report
    })?;
    if report.skipped {
        ctx.out
            .note("the store already has invites; nothing was seeded");
    }
    ctx.out.record(&report)
}
