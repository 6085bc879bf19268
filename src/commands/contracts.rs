//! `lancer contracts list|show|end`.

use clap::{Args, Subcommand};

use crate::commands::Ctx;
use crate::error::Result;
use crate::rules::offers::ContractStatus;
use crate::store::offers::{self, Contract};
use crate::store::{self};

#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  lancer contracts list --status active
  lancer contract show 1 --json
  lancer contract end 1 --reason \"work delivered\"")]
pub struct ContractsArgs {
    #[command(subcommand)]
    pub command: crate::cli::Lazy<ContractsCommand>,
}

#[derive(Debug, Subcommand)]
pub enum ContractsCommand {
    /// List contracts
    #[command(visible_alias = "ls")]
    List {
        /// Only contracts in this status
        #[arg(long)]
        status: Option<ContractStatus>,
        /// At most this many rows
        #[arg(long, value_name = "N")]
        limit: Option<u64>,
    },
    /// Show one contract
    Show {
        /// Contract id or uid
        #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::contracts))]
        contract: String,
    },
    /// End a contract
    End {
        /// Contract id or uid
        #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::running_contracts))]
        contract: String,
        /// Why it ended
        #[arg(long, value_name = "TEXT")]
        reason: Option<String>,
    },
}

pub fn run(ctx: &mut Ctx, args: ContractsArgs) -> Result<()> {
    let now = ctx.now;
    match args.command.0 {
        ContractsCommand::List { status, limit } => {
            let (conn, out) = ctx.reader()?;
            let mut list = out.list::<Contract>()?;
            offers::list_contracts(conn, status, out.sql_limit(limit), |c| list.push(&c))?;
            list.finish()
        }
        ContractsCommand::Show { contract } => {
            let (conn, out) = ctx.reader()?;
            let id = store::resolve(conn, "contracts", "contract", &contract)?;
            out.record(&offers::get_contract(conn, id)?)
        }
        ContractsCommand::End { contract, reason } => {
            let c = ctx.write(|tx| {
                let id = store::resolve(tx, "contracts", "contract", &contract)?;
                crate::app::offers::end_contract(tx, id, reason.as_deref(), now)?;
                offers::get_contract(tx, id)
            })?;
            ctx.out.record(&c)
        }
    }
}
