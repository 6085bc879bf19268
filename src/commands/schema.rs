//! `lancer schema ENTITY`: the JSON Schema of an entity's JSON, generated from the very types
//! the output is serialised from.

use clap::Args;

use crate::commands::Ctx;
use crate::error::Result;
use crate::slug_enum;

slug_enum! {
    /// Entities with a JSON shape.
    pub enum Entity {
        Client => "client",
        Job => "job",
        Profile => "profile",
        Agency => "agency",
        Invite => "invite",
        Proposal => "proposal",
        Message => "message",
        Offer => "offer",
        Contract => "contract",
        CatalogProject => "catalog-project",
        ConnectsBalance => "connects-balance",
        ConnectsEntry => "connects-entry",
        Event => "event",
    }
}

#[derive(Debug, Args)]
#[command(after_help = "\
`show` and the commands that change a record print the same object, sometimes with a few
more fields (an invite's job and client, a proposal's room, `warnings`, `connects_balance`).

Examples:
  lancer schema invite
  lancer schema proposal > proposal.schema.json")]
pub struct SchemaArgs {
    /// The entity
    pub entity: Entity,
}

/// The schema of an entity, as JSON.
pub fn schema(entity: Entity) -> serde_json::Value {
    use crate::store::*;
    let s = match entity {
        Entity::Client => schemars::schema_for!(clients::Client),
        Entity::Job => schemars::schema_for!(jobs::Job),
        Entity::Profile => schemars::schema_for!(profiles::Profile),
        Entity::Agency => schemars::schema_for!(agencies::Agency),
        Entity::Invite => schemars::schema_for!(invites::Invite),
        Entity::Proposal => schemars::schema_for!(proposals::Proposal),
        Entity::Message => schemars::schema_for!(messages::Message),
        Entity::Offer => schemars::schema_for!(offers::Offer),
        Entity::Contract => schemars::schema_for!(offers::Contract),
        Entity::CatalogProject => schemars::schema_for!(offers::CatalogProject),
        Entity::ConnectsBalance => schemars::schema_for!(connects::Balance),
        Entity::ConnectsEntry => schemars::schema_for!(connects::LedgerEntry),
        Entity::Event => schemars::schema_for!(events::Event),
    };
    s.to_value()
}

pub fn run(_ctx: &mut Ctx, args: SchemaArgs) -> Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, &schema(args.entity))?;
    writeln!(out)?;
    Ok(out.flush()?)
}
