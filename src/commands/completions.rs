//! `lancer completions SHELL`: print a completion script.

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use crate::cli::Cli;
use crate::commands::Ctx;
use crate::error::Result;

#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  lancer completions bash > ~/.local/share/bash-completion/completions/lancer
  lancer completions zsh > ~/.zfunc/_lancer
  lancer completions fish > ~/.config/fish/completions/lancer.fish")]
pub struct CompletionsArgs {
    /// The shell: bash, zsh, fish, elvish or powershell
    pub shell: Shell,
}

/// The completion script for a shell, as committed under `completions/`.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "lancer", &mut buf);
    buf
}

pub fn run(_ctx: &mut Ctx, args: CompletionsArgs) -> Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(&script(args.shell))?;
    Ok(out.flush()?)
}
