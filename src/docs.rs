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
    // `lancer help` is clap's; the pages document the commands themselves.
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    let mut pages = Vec::new();
    render(&cmd, "lancer", None, &[], &mut pages);
    pages
}

/// What every page says about the environment (the global options' variables and the
/// conventions lancer honours).
const ENVIRONMENT: &[(&str, &str)] = &[
    (
        "LANCER_DB",
        "The store file, as \\fB\\-\\-db\\fR. Default: $XDG_DATA_HOME/lancer/lancer.db, else ~/.local/share/lancer/lancer.db.",
    ),
    (
        "LANCER_NOW",
        "The current time, as \\fB\\-\\-now\\fR: RFC 3339, a date, or a span such as 3d or yesterday.",
    ),
    (
        "LANCER_NO_INPUT",
        "When set (not 0 or false), never prompt, as \\fB\\-\\-no\\-input\\fR.",
    ),
    (
        "LANCER_BUSY_TIMEOUT_MS",
        "How long a change waits for another process's write to finish, in milliseconds.",
    ),
    (
        "LANCER_COMPLETE",
        "Set to bash, zsh or fish to print the dynamic completion script.",
    ),
    (
        "NO_COLOR",
        "When set and not empty, no colour (unless \\fB\\-\\-color always\\fR).",
    ),
    (
        "CLICOLOR_FORCE",
        "When set and not 0, colour even when the output is not a terminal.",
    ),
    (
        "COLUMNS",
        "The table width on a terminal that reports no size (else 100).",
    ),
];

/// The exit codes every command uses.
const EXIT_STATUS: &[(&str, &str)] = &[
    ("0", "Success."),
    ("1", "An internal error (a bug)."),
    (
        "2",
        "A usage error: a bad flag, value, file or expression, or an import that would break an invariant.",
    ),
    ("3", "A record that does not exist."),
    (
        "4",
        "Refused by a rule: not enough Connects, contact information, a locked letter, a move the pipeline does not allow.",
    ),
    (
        "5",
        "A store problem: missing, busy, corrupt, or made by a newer lancer.",
    ),
    ("130", "Cancelled at a prompt."),
];

fn escape(text: &str) -> String {
    text.replace('\\', "\\e").replace('-', "\\-")
}

/// The examples of a command's help (the lines after "Examples:" up to a blank line).
fn examples(cmd: &clap::Command) -> Vec<String> {
    let text = cmd
        .get_after_long_help()
        .or_else(|| cmd.get_after_help())
        .map(|t| t.to_string())
        .unwrap_or_default();
    let mut lines = Vec::new();
    let mut inside = false;
    for line in text.lines() {
        if line.trim_end().ends_with("Examples:") || line.trim_end() == "Example:" {
            inside = true;
            continue;
        }
        if inside {
            if line.trim().is_empty() {
                break;
            }
            lines.push(line.trim().to_string());
        }
    }
    lines
}

fn render(
    cmd: &clap::Command,
    name: &str,
    parent: Option<&str>,
    parent_examples: &[String],
    pages: &mut Vec<(String, Vec<u8>)>,
) {
    // A verb without examples of its own shows its noun's that use it ("invites decline"
    // shows "lancer invite decline 8 …").
    let mut own = examples(cmd);
    if own.is_empty() {
        let verb = format!(" {} ", cmd.get_name());
        own = parent_examples
            .iter()
            .filter(|e| format!("{e} ").contains(&verb))
            .cloned()
            .collect();
    }
    let page_cmd = cmd
        .clone()
        .name(name.to_string())
        .bin_name(name.replace('-', " "));
    let man = clap_mangen::Man::new(page_cmd.clone())
        .title(name.to_uppercase())
        .section("1")
        .date(MAN_DATE)
        .source(format!("lancer {}", env!("CARGO_PKG_VERSION")))
        .manual("lancer manual");
    let mut buf = Vec::new();
    let visible_args = page_cmd.get_arguments().any(|a| !a.is_hide_set());
    let children: Vec<&clap::Command> =
        cmd.get_subcommands().filter(|c| !c.is_hide_set()).collect();
    let mut sections = || -> std::io::Result<()> {
        man.render_title(&mut buf)?;
        man.render_name_section(&mut buf)?;
        man.render_synopsis_section(&mut buf)?;
        man.render_description_section(&mut buf)?;
        if visible_args {
            man.render_options_section(&mut buf)?;
        }
        if !children.is_empty() {
            man.render_subcommands_section(&mut buf)?;
        }
        use std::io::Write;
        if !own.is_empty() {
            writeln!(buf, ".SH EXAMPLES\n.EX")?;
            for e in &own {
                writeln!(buf, "{}", escape(e))?;
            }
            writeln!(buf, ".EE")?;
        }
        writeln!(buf, ".SH \"EXIT STATUS\"")?;
        for (code, meaning) in EXIT_STATUS {
            writeln!(buf, ".TP\n{code}\n{}", escape(meaning))?;
        }
        writeln!(buf, ".SH ENVIRONMENT")?;
        for (var, meaning) in ENVIRONMENT {
            // The meanings hold roff already (bold flags), so only their hyphens are escaped.
            writeln!(buf, ".TP\n\\fB{}\\fR\n{meaning}", escape(var))?;
        }
        let mut see_also: Vec<String> = Vec::new();
        if let Some(parent) = parent {
            see_also.push(parent.to_string());
        }
        see_also.extend(children.iter().map(|c| format!("{name}-{}", c.get_name())));
        if name != "lancer" && parent != Some("lancer") {
            see_also.insert(0, "lancer".to_string());
        }
        if !see_also.is_empty() {
            writeln!(buf, ".SH \"SEE ALSO\"")?;
            let refs: Vec<String> = see_also
                .iter()
                .map(|p| format!("\\fB{}\\fR(1)", escape(p)))
                .collect();
            writeln!(buf, "{}", refs.join(",\n"))?;
        }
        man.render_version_section(&mut buf)
    };
    sections().expect("rendering into memory cannot fail");
    // clap_mangen puts a line break on both sides of a blank line (a paragraph break) before
    // a list of possible values; mandoc warns about the redundant breaks.
    let text = String::from_utf8(buf).expect("roff is UTF-8");
    let text = text.replace(".br\n\n.br\n", "\n");
    pages.push((format!("{name}.1"), text.into_bytes()));
    for sub in children {
        render(
            sub,
            &format!("{name}-{}", sub.get_name()),
            Some(name),
            &own,
            pages,
        );
    }
}
