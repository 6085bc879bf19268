//! The generated files committed with the project: completion scripts and man pages.
//! A test regenerates them and fails when the committed copies are stale.

use std::path::PathBuf;

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;
use crate::commands::completions;

/// The date printed in the man pages' footer: the release they describe.
const MAN_DATE: &str = "2026-11-22";

/// Every generated file: its path relative to the project root, and its bytes.
pub fn generated_files() -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    for (shell, name) in [
        (Shell::Bash, "lancer.bash"),
        (Shell::Zsh, "_lancer"),
        (Shell::Fish, "lancer.fish"),
        (Shell::Elvish, "lancer.elv"),
        (Shell::PowerShell, "_lancer.ps1"),
    ] {
        files.push((
            PathBuf::from("completions").join(name),
            completions::script(shell),
        ));
    }
    for (name, page) in man_pages() {
        files.push((PathBuf::from("man").join(name), page));
    }
    files
}

/// `lancer.1`, then a page for every noun and every verb (`lancer-jobs-add.1`).
pub fn man_pages() -> Vec<(String, Vec<u8>)> {
    let mut cmd = Cli::command();
    cmd.build();
    let mut pages = Vec::new();
    render(&cmd, "lancer", &mut pages);
    pages
}

fn render(cmd: &clap::Command, name: &str, pages: &mut Vec<(String, Vec<u8>)>) {
    let page_cmd = cmd
        .clone()
        .name(name.to_string())
        .bin_name(name.replace('-', " "));
    let mut buf = Vec::new();
    clap_mangen::Man::new(page_cmd)
        .title(name.to_uppercase())
        .section("1")
        .date(MAN_DATE)
        .source(format!("lancer {}", env!("CARGO_PKG_VERSION")))
        .manual("lancer manual")
        .render(&mut buf)
        .expect("rendering into memory cannot fail");
    pages.push((format!("{name}.1"), buf));
    for sub in cmd.get_subcommands() {
        if sub.get_name() == "help" {
            continue;
        }
        render(sub, &format!("{name}-{}", sub.get_name()), pages);
    }
}
