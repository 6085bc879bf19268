//! The clap tree: global options and the nouns. Each noun's verbs live in `commands/`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::commands::{
    agencies, catalog, clients, completions, config, connects, contracts, db, invites, jobs,
    letter, log, messages, offers, policy, profiles, proposals, schema, seed, stats, transfer,
};
use crate::output::Format;
use crate::slug_enum;

const ABOUT: &str = "Keep a freelancer's marketplace pipeline in a local SQLite store";

const LONG_ABOUT: &str = "\
lancer keeps a freelancer's marketplace pipeline in one local SQLite file: clients and their \
job posts, invitations to interview, proposals and their message rooms, offers, contracts and \
the Connects that pay for them. It enforces the marketplace's rules, so a script, a person at a \
terminal and a CI job seeding demo data all get the same answers.

Commands are NOUN VERB: `lancer jobs list`, `lancer job show 3`. Every noun answers to its \
singular and its plural. A record is named by its id or its uid.";

const EXAMPLES: &str = "\
Examples:
  lancer clients add \"Acme Corp\" --uid acme --rating 4.9 --payment-verified
  lancer jobs add --client acme --title \"Rust CLI\" --hourly 40-70 --skill rust
  lancer invites list --status pending
  lancer invite accept 7 --rate 55 --cover-letter-file letter.txt
  lancer invite decline 8 --reason too-busy
  lancer connects balance --json
  lancer --db ./demo.db seed --invites 200 --seed 7

Exit codes: 0 ok, 1 internal error, 2 usage, 3 not found, 4 refused by a rule,
5 store problem, 130 cancelled.";

slug_enum! {
    /// When to colour output.
    pub enum ColorWhen { Auto => "auto", Always => "always", Never => "never" }
}

/// The whole command line: global options, then a noun and its verb.
///
/// The tree is put together by hand rather than derived, so that a run can build the top and
/// only the noun it names ([`command_for`]); [`clap::Parser`] then works as for a derived one.
#[derive(Debug)]
pub struct Cli {
    pub global: GlobalArgs,
    pub command: Command,
}

impl Cli {
    /// The top of the tree: name, texts, settings and the global options, no nouns.
    fn top() -> clap::Command {
        let cmd = clap::Command::new("lancer")
            .version(env!("CARGO_PKG_VERSION"))
            .about(ABOUT)
            .long_about(LONG_ABOUT)
            .after_help(EXAMPLES)
            .propagate_version(true)
            .arg_required_else_help(true)
            .subcommand_required(true)
            .max_term_width(100);
        allow_negative_numbers(GlobalArgs::augment_args(cmd))
    }
}

impl clap::CommandFactory for Cli {
    fn command() -> clap::Command {
        Command::augment_subcommands(Cli::top())
    }
    fn command_for_update() -> clap::Command {
        Command::augment_subcommands_for_update(Cli::top())
    }
}

impl clap::FromArgMatches for Cli {
    fn from_arg_matches(m: &clap::ArgMatches) -> Result<Self, clap::Error> {
        Self::from_arg_matches_mut(&mut m.clone())
    }
    fn from_arg_matches_mut(m: &mut clap::ArgMatches) -> Result<Self, clap::Error> {
        Ok(Cli {
            global: GlobalArgs::from_arg_matches_mut(m)?,
            command: Command::from_arg_matches_mut(m)?,
        })
    }
    fn update_from_arg_matches(&mut self, m: &clap::ArgMatches) -> Result<(), clap::Error> {
        self.update_from_arg_matches_mut(&mut m.clone())
    }
    fn update_from_arg_matches_mut(&mut self, m: &mut clap::ArgMatches) -> Result<(), clap::Error> {
        self.global.update_from_arg_matches_mut(m)?;
        self.command.update_from_arg_matches_mut(m)
    }
}

impl Parser for Cli {}

#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// The store: a file (or sqlite:FILE), or a postgres:// URL [default: $XDG_DATA_HOME/lancer/lancer.db]
    #[arg(
        long,
        global = true,
        env = "LANCER_DB",
        hide_env_values = true,
        value_name = "PATH"
    )]
    pub db: Option<PathBuf>,

    /// Take this as the current time, for scripts and fixtures (RFC 3339, a date, or 3d, yesterday…)
    #[arg(
        long,
        global = true,
        env = "LANCER_NOW",
        hide_env_values = true,
        value_name = "WHEN"
    )]
    pub now: Option<String>,

    /// Output format [default: table]
    #[arg(short = 'o', long, global = true, value_name = "FORMAT")]
    pub format: Option<Format>,

    /// Same as --format json
    #[arg(long, global = true, conflicts_with = "format")]
    pub json: bool,

    /// Choose and order the fields shown, e.g. --fields id,status
    #[arg(long, global = true, value_delimiter = ',', value_name = "FIELDS")]
    pub fields: Option<Vec<String>>,

    /// Print only ids, one a line (nothing for a result without one)
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Skip this many rows of a list first (with --limit, pages through it)
    #[arg(long, global = true, value_name = "N")]
    pub offset: Option<u64>,

    /// Filter the JSON output with a jq expression, e.g. --jq '.[] | .id' (strings print raw)
    #[arg(long, global = true, value_name = "EXPR", conflicts_with = "quiet")]
    pub jq: Option<String>,

    /// Never prompt (also when stdin or stderr is not a terminal)
    #[arg(
        long,
        global = true,
        env = "LANCER_NO_INPUT",
        hide_env_values = true,
        value_parser = clap::builder::FalseyValueParser::new()
    )]
    pub no_input: bool,

    /// Answer yes to confirmations
    #[arg(short, long, global = true)]
    pub yes: bool,

    /// Show what would change, costs included, and write nothing
    #[arg(long, global = true)]
    pub dry_run: bool,

    /// Colour: auto, always or never (NO_COLOR and CLICOLOR_FORCE are honoured)
    #[arg(long, global = true, value_name = "WHEN", default_value = "auto")]
    pub color: ColorWhen,
}

/// The whole command tree, for completions, man pages and help. Every number argument takes a
/// negative value (`--limit -1`, `--rating -0.01`) as its value, so that its own parser
/// refuses it by name, instead of clap reading `-1` as an unknown flag. A run parses with the
/// smaller tree of [`command_for`].
pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command()
}

/// The tree a run needs: the top and the one noun `args` names. Every subcommand gets a copy
/// of each global option when clap builds it, so a tree of one noun is much cheaper to parse
/// with than the whole. When no noun can be told from `args` (none named, `help`, a typo),
/// the whole tree, so that clap's messages and suggestions are the same as ever.
pub fn command_for(args: &[std::ffi::OsString]) -> clap::Command {
    let top = Cli::top();
    DEFER.set(true);
    let nouns = Command::augment_subcommands(clap::Command::new("lancer"));
    DEFER.set(false);
    let [noun, verb] = named_words(&top, args);
    RUN_VERB.set(verb.map(String::from));
    match noun.and_then(|name| nouns.find_subcommand(name)) {
        Some(noun) => top.subcommand(noun.clone()),
        None => Command::augment_subcommands(top),
    }
}

/// An option clap did not know where it stood, put before the verb that takes it (`lancer
/// invites --reason spam decline 4`): clap's own tip names a similar option of the noun (often
/// `--version`), so the tip says instead which of the noun's verbs take it. Other errors, and
/// options no verb of the noun takes, are returned as they were.
pub fn tip_verb_option(
    e: clap::Error,
    cmd: &clap::Command,
    args: &[std::ffi::OsString],
) -> clap::Error {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if e.kind() != ErrorKind::UnknownArgument {
        return e;
    }
    let Some(ContextValue::String(given)) = e.get(ContextKind::InvalidArg) else {
        return e;
    };
    let option = given.split('=').next().unwrap_or_default().to_string();
    let Some(long) = option.strip_prefix("--") else {
        return e;
    };
    // The parsed tree's top-level options read the line as the top's own do.
    let words = word_positions(cmd, args, 2);
    let Some(noun_word) = words.first().and_then(|&i| args[i].to_str()) else {
        return e;
    };
    // Only an option written before the verb (or with no verb after it).
    let at = args.iter().position(|a| a.to_str() == Some(given.as_str()));
    if let (Some(&verb_at), Some(at)) = (words.get(1), at)
        && at > verb_at
    {
        return e;
    }
    // The whole tree (every verb of every noun), as a line without a noun gets it.
    let all = command();
    let Some(noun) = all.find_subcommand(noun_word) else {
        return e;
    };
    let verbs: Vec<&str> = noun
        .get_subcommands()
        .filter(|v| v.get_arguments().any(|a| a.get_long() == Some(long)))
        .map(|v| v.get_name())
        .collect();
    let noun_name = noun.get_name();
    let tip = match verbs.as_slice() {
        [] => return e,
        [verb] => {
            format!("'{option}' is an option of `lancer {noun_name} {verb}`: put it after the verb")
        }
        many => format!(
            "'{option}' is an option of the verbs {}: put it after the verb",
            many.iter()
                .map(|v| format!("`lancer {noun_name} {v}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    // The same error without clap's tip of a similar option, with this one instead.
    let mut placed = clap::Error::new(e.kind()).with_cmd(cmd);
    for (kind, value) in e.context() {
        if !matches!(
            kind,
            ContextKind::SuggestedArg | ContextKind::Suggested | ContextKind::Usage
        ) {
            placed.insert(kind, value.clone());
        }
    }
    // The noun's own usage, not one built around clap's suggestion.
    if let Some(mut noun) = cmd.find_subcommand(noun_word).cloned() {
        placed.insert(
            ContextKind::Usage,
            ContextValue::StyledStr(noun.render_usage()),
        );
    }
    placed.insert(
        ContextKind::Suggested,
        ContextValue::StyledStrs(vec![clap::builder::StyledStr::from(tip)]),
    );
    placed
}

/// The first two words of `args` (after the program's name) that are not options or option
/// values, read the way clap reads `top`'s options: the noun and the verb a line names. A
/// help flag ends the search: `lancer invite --help decline` asks for the help of `invite`,
/// whose listing needs every verb.
fn named_words<'a>(top: &clap::Command, args: &'a [std::ffi::OsString]) -> [Option<&'a str>; 2] {
    let at = word_positions(top, args, 2);
    let word = |k: usize| at.get(k).and_then(|&i| args[i].to_str());
    [word(0), word(1)]
}

/// Where the first `max` words of `args` that are not options or option values are (see
/// [`named_words`]).
fn word_positions(top: &clap::Command, args: &[std::ffi::OsString], max: usize) -> Vec<usize> {
    let takes_value = |a: &clap::Arg| a.get_action().takes_values();
    let mut found = Vec::with_capacity(max);
    let mut words = args.iter().enumerate().skip(1);
    while let Some((position, word)) = words.next() {
        let Some(word) = word.to_str() else { break };
        if word == "--" {
            break;
        } else if word == "--help" {
            // Help for what precedes: its listing shows every noun, or every verb.
            break;
        } else if let Some(long) = word.strip_prefix("--") {
            if !long.contains('=')
                && top
                    .get_arguments()
                    .any(|a| a.get_long() == Some(long) && takes_value(a))
            {
                words.next();
            }
        } else if let Some(shorts) = word.strip_prefix('-').filter(|s| !s.is_empty()) {
            // A cluster such as -qo: the first short that takes a value takes the rest of the
            // word, or the next word when it ends the cluster.
            let mut help = false;
            for (at, c) in shorts.char_indices() {
                if c == 'h' {
                    help = true;
                    break;
                }
                if top
                    .get_arguments()
                    .any(|a| a.get_short() == Some(c) && takes_value(a))
                {
                    if at + c.len_utf8() == shorts.len() {
                        words.next();
                    }
                    break;
                }
            }
            if help {
                break;
            }
        } else {
            found.push(position);
            if found.len() == max {
                break;
            }
        }
    }
    found
}

/// Reads `lancer help NOUN [VERB]` as `lancer NOUN [VERB] --help`. The help they print is the
/// same, but clap's `help` names no near miss for a misspelt command, where the flag form does
/// (`help invite declin` then gets "a similar subcommand exists: 'decline'"). Only a line whose
/// first word is `help` followed by one or two plain names and nothing else is read so (global
/// options may come before `help`); any other line is returned as it is, so that an option, a
/// `--` or a value after the names is never turned into a command that runs.
pub fn help_word_as_flag(args: Vec<std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    if !args.iter().skip(1).any(|a| a == "help") {
        return args;
    }
    let Some(&at) = word_positions(&Cli::top(), &args, 1).first() else {
        return args;
    };
    let names = &args[at + 1..];
    let plain = |a: &std::ffi::OsString| {
        a.to_str()
            .is_some_and(|w| !w.is_empty() && !w.starts_with('-') && w != "help")
    };
    // A `--` before it ends the options however an option before it reads, so that `help` is
    // a value, not the help command (`--db -- help invite`).
    let separated = args[1..at].iter().any(|a| a == "--");
    if args[at] != "help"
        || separated
        || !(1..=2).contains(&names.len())
        || !names.iter().all(plain)
    {
        return args;
    }
    let mut args = args;
    args.remove(at);
    args.push("--help".into());
    args
}

/// Sets [`clap::Arg::allow_negative_numbers`] on every number-taking argument of `cmd` and its
/// subcommands.
fn allow_negative_numbers(cmd: clap::Command) -> clap::Command {
    let text = clap::builder::ValueParser::string().type_id();
    let path = clap::builder::ValueParser::path_buf().type_id();
    cmd.mut_args(|arg| {
        let id = arg.get_value_parser().type_id();
        if arg.get_action().takes_values() && id != text && id != path {
            arg.allow_negative_numbers(true)
        } else {
            arg
        }
    })
    .mut_subcommands(allow_negative_numbers)
}

/// A noun's arguments (with negative numbers allowed, as everywhere). In the tree of
/// [`command_for`] they are added only when clap reaches the noun, so that telling which noun a
/// line names costs a few names, not every noun's options.
#[derive(Debug)]
pub struct Lazy<T>(pub T);

thread_local! {
    /// Whether [`Lazy`] defers: only while [`command_for`] builds a run's tree. The whole
    /// tree ([`command`]: completions, man pages) is built at once, so that each command's
    /// own options come before the global ones there, as they always have.
    static DEFER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// The verb the line given to [`command_for`] names, if any (the second word that is not
    /// an option).
    static RUN_VERB: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
    /// Whether a deferred noun of [`command_for`]'s tree is being built: only then do
    /// a noun's verbs keep just the run's verb.
    static PRUNING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `build` with a noun's verbs ([`Lazy`] as a subcommand field) pruned to the run's verb.
fn pruning(build: impl FnOnce() -> clap::Command) -> clap::Command {
    PRUNING.set(true);
    let cmd = build();
    PRUNING.set(false);
    cmd
}

impl<T: Args> Args for Lazy<T> {
    fn augment_args(cmd: clap::Command) -> clap::Command {
        if DEFER.get() {
            cmd.defer(|cmd| pruning(|| allow_negative_numbers(T::augment_args(cmd))))
        } else {
            allow_negative_numbers(T::augment_args(cmd))
        }
    }
    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        if DEFER.get() {
            cmd.defer(|cmd| pruning(|| allow_negative_numbers(T::augment_args_for_update(cmd))))
        } else {
            allow_negative_numbers(T::augment_args_for_update(cmd))
        }
    }
    fn group_id() -> Option<clap::Id> {
        T::group_id()
    }
}

/// A noun's verbs, as a [`Lazy`] field. Where a deferred noun of [`command_for`]'s tree is
/// built, only the verb the line names is kept when there is one by that name (or alias): the
/// noun's other verbs are not kept, and the global options are not copied into each of them.
/// A line that names no verb, or one the noun has not (a typo, `help`), gets them all, so
/// clap's messages and suggestions are those of the whole tree.
impl<E: clap::Subcommand> clap::Subcommand for Lazy<E> {
    fn augment_subcommands(cmd: clap::Command) -> clap::Command {
        if PRUNING.get() {
            let all = E::augment_subcommands(clap::Command::new("verbs"));
            let one = RUN_VERB.with_borrow(|verb| all.find_subcommand(verb.as_deref()?).cloned());
            if let Some(one) = one {
                return cmd.subcommand(one);
            }
        }
        E::augment_subcommands(cmd)
    }
    fn augment_subcommands_for_update(cmd: clap::Command) -> clap::Command {
        E::augment_subcommands_for_update(cmd)
    }
    fn has_subcommand(name: &str) -> bool {
        E::has_subcommand(name)
    }
}

impl<T: clap::FromArgMatches> clap::FromArgMatches for Lazy<T> {
    fn from_arg_matches(m: &clap::ArgMatches) -> Result<Self, clap::Error> {
        T::from_arg_matches(m).map(Lazy)
    }
    fn from_arg_matches_mut(m: &mut clap::ArgMatches) -> Result<Self, clap::Error> {
        T::from_arg_matches_mut(m).map(Lazy)
    }
    fn update_from_arg_matches(&mut self, m: &clap::ArgMatches) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches(m)
    }
    fn update_from_arg_matches_mut(&mut self, m: &mut clap::ArgMatches) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches_mut(m)
    }
}

/// Whether to colour a stream: `--color always|never`, else CLICOLOR_FORCE (colour even when
/// piped), else NO_COLOR (never), else whether the stream is a terminal.
pub fn use_colour(when: ColorWhen, is_terminal: bool) -> bool {
    match when {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto => {
            let forced = std::env::var("CLICOLOR_FORCE").is_ok_and(|v| !v.is_empty() && v != "0");
            let banned = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
            forced || (!banned && is_terminal)
        }
    }
}

/// [`use_colour`] for stderr, where errors and hints go.
pub fn stderr_colour(when: ColorWhen) -> bool {
    use std::io::IsTerminal;
    use_colour(when, std::io::stderr().is_terminal())
}

impl GlobalArgs {
    pub fn format(&self) -> Format {
        if self.json {
            Format::Json
        } else {
            self.format.unwrap_or(Format::Table)
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Clients: the hiring side of a job
    #[command(visible_alias = "client")]
    Clients(Lazy<clients::ClientsArgs>),
    /// Job posts
    #[command(visible_alias = "job")]
    Jobs(Lazy<jobs::JobsArgs>),
    /// Your profiles: one general, up to two specialized
    #[command(visible_alias = "profile")]
    Profiles(Lazy<profiles::ProfilesArgs>),
    /// Agencies you belong to and their members
    #[command(visible_alias = "agency")]
    Agencies(Lazy<agencies::AgenciesArgs>),
    /// Invitations to interview: review, accept, decline, ignore
    #[command(visible_alias = "invite")]
    Invites(Lazy<invites::InvitesArgs>),
    /// Proposals: terms, fees, Connects, status
    #[command(visible_alias = "proposal")]
    Proposals(Lazy<proposals::ProposalsArgs>),
    /// Message rooms of proposals
    #[command(visible_alias = "message")]
    Messages(Lazy<messages::MessagesArgs>),
    /// Offers from clients: accept to start a contract, or decline
    #[command(visible_alias = "offer")]
    Offers(Lazy<offers::OffersArgs>),
    /// Contracts: what accepted offers and catalog orders became
    #[command(visible_alias = "contract")]
    Contracts(Lazy<contracts::ContractsArgs>),
    /// Catalog projects: fixed-price services clients order directly
    Catalog(Lazy<catalog::CatalogArgs>),
    /// Connects: balance, lots, grants, purchases, spending
    #[command(visible_alias = "connect")]
    Connects(Lazy<connects::ConnectsArgs>),
    /// Check a text for contact information and extra-reward offers
    Policy(Lazy<policy::PolicyArgs>),
    /// Check a draft cover letter against its job and your other letters
    Letter(Lazy<letter::LetterArgs>),
    /// Response time, funnel, win rate and Connects per hire
    Stats(Lazy<stats::StatsArgs>),
    /// Fill the store with a coherent demo world, deterministically
    Seed(Lazy<seed::SeedArgs>),
    /// Print the JSON Schema of an entity's JSON output
    Schema(Lazy<schema::SchemaArgs>),
    /// Write every record of the store as JSON or NDJSON
    Export(Lazy<transfer::ExportArgs>),
    /// Load an export (or a hand-written fixture), all or nothing
    Import(Lazy<transfer::ImportArgs>),
    /// The event history, newest first
    Log(Lazy<log::LogArgs>),
    /// The store: where it is, check it, back it up
    Db(Lazy<db::DbArgs>),
    /// Policy settings: fees, plan, Connects price, windows
    Config(Lazy<config::ConfigArgs>),
    /// Print a shell completion script
    Completions(Lazy<completions::CompletionsArgs>),
}

/// Whether the raw arguments ask for JSON output, for errors raised before parsing succeeds.
pub fn args_want_json(args: &[String]) -> bool {
    let mut it = args.iter().peekable();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" | "-ojson" | "-ondjson" | "--format=json" | "--format=ndjson" => return true,
            "-o" | "--format" => {
                if matches!(it.peek().map(|s| s.as_str()), Some("json" | "ndjson")) {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsString;

    /// What a tree makes of a line: the parsed command, or clap's rendered message (help,
    /// version and usage errors alike) with its exit code.
    fn outcome(mut cmd: clap::Command, line: &[&str]) -> String {
        match cmd
            .try_get_matches_from_mut(line)
            .and_then(|mut m| <Cli as clap::FromArgMatches>::from_arg_matches_mut(&mut m))
        {
            Ok(cli) => format!("{cli:?}"),
            Err(e) => format!("{} ({})", e.render(), e.exit_code()),
        }
    }

    fn os(line: &[&str]) -> Vec<OsString> {
        line.iter().map(OsString::from).collect()
    }

    /// Every verb's help, and lines that parse, fail or name no noun: the small tree a run
    /// parses with says exactly what the whole tree says.
    #[test]
    fn the_run_tree_reads_every_line_as_the_whole_tree_does() {
        let mut whole = command();
        whole.build();
        let mut lines: Vec<Vec<String>> = Vec::new();
        for noun in whole.get_subcommands() {
            let n = noun.get_name().to_string();
            lines.push(vec!["lancer".into(), n.clone(), "--help".into()]);
            lines.push(vec![
                "lancer".into(),
                "-qo".into(),
                "json".into(),
                n.clone(),
            ]);
            for verb in noun.get_subcommands() {
                let v = verb.get_name().to_string();
                for tail in [vec!["--help"], vec![], vec!["1", "--limit", "-1"]] {
                    let mut line = vec!["lancer".to_string(), n.clone(), v.clone()];
                    line.extend(tail.iter().map(|s| s.to_string()));
                    lines.push(line);
                }
                lines.push(vec![
                    "lancer".into(),
                    "--db".into(),
                    "stats".into(),
                    "--now".into(),
                    "2026-01-01".into(),
                    n.clone(),
                    v,
                    "--json".into(),
                ]);
            }
        }
        for line in [
            "lancer",
            "lancer --version",
            "lancer help",
            "lancer help invites",
            "lancer invits list",
            "lancer -- invites list",
            "lancer --offset -1 invites list",
            "lancer --json --format tsv invites list",
            "lancer invites list --status bogus --limit 2",
            "lancer -o=tsv invite decline 7 --reason too-busy",
            "lancer --db=x.db --color never invite show 7 -q",
            // A help flag before the noun or the verb asks for the help of what comes before
            // it, which lists every noun or every verb.
            "lancer --help invite decline",
            "lancer -qh invite decline",
            "lancer invite --help decline",
            "lancer invite -h decline extra",
            "lancer invites --json -qh ls",
            "lancer db --help init",
        ] {
            lines.push(line.split(' ').map(String::from).collect());
        }
        for line in &lines {
            let line: Vec<&str> = line.iter().map(String::as_str).collect();
            assert_eq!(
                outcome(command_for(&os(&line)), &line),
                outcome(command(), &line),
                "{line:?}"
            );
        }
    }

    #[test]
    fn the_help_word_becomes_the_help_flag() {
        let read = |line: &str| {
            let args = help_word_as_flag(os(&line.split(' ').collect::<Vec<_>>()));
            args.iter()
                .map(|a| a.to_str().unwrap())
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(
            read("lancer help invite declin"),
            "lancer invite declin --help"
        );
        assert_eq!(read("lancer help invit"), "lancer invit --help");
        assert_eq!(
            read("lancer --db help help invit"),
            "lancer --db help invit --help"
        );
        assert_eq!(
            read("lancer -q help invite decline"),
            "lancer -q invite decline --help"
        );
        // Anything else after the names, `help` among them, or `help` not the first word: left
        // as it is, for clap to read (a `--help` after `--` would be a value, and run the verb).
        for line in [
            "lancer help",
            "lancer help help",
            "lancer help help invite",
            "lancer help invite help",
            "lancer help invite help decline",
            "lancer help clients add --",
            "lancer help messages send 1 --",
            "lancer help invite decline --reason too-busy -- 177",
            "lancer help invite decline extra",
            "lancer help invite -q",
            "lancer help -q invite",
            "lancer help -- invite",
            "lancer invite help",
            "lancer invite help decline",
            "lancer invite help ignore -- 167",
            "lancer log --action help invite",
            "lancer log help 3",
            "lancer policy check help",
            "lancer -- help invite",
            "lancer --db -- help invite",
            "lancer --now -- help invit",
            "lancer -qo -- help invite decline",
            "lancer --db help invites list",
        ] {
            assert_eq!(read(line), line);
        }
    }

    #[test]
    fn the_noun_is_the_first_word_that_is_not_an_option_or_its_value() {
        let top = Cli::top();
        let noun = |line: &str| {
            let args = os(&line.split(' ').collect::<Vec<_>>());
            named_words(&top, &args)[0].map(String::from)
        };
        assert_eq!(noun("lancer invites list").as_deref(), Some("invites"));
        assert_eq!(noun("lancer --db stats jobs list").as_deref(), Some("jobs"));
        assert_eq!(noun("lancer --db=stats jobs").as_deref(), Some("jobs"));
        assert_eq!(noun("lancer -qo json log").as_deref(), Some("log"));
        assert_eq!(noun("lancer -qojson log").as_deref(), Some("log"));
        assert_eq!(noun("lancer -q --json log").as_deref(), Some("log"));
        assert_eq!(noun("lancer -- invites"), None);
        assert_eq!(noun("lancer --db"), None);
        let verb = |line: &str| {
            let args = os(&line.split(' ').collect::<Vec<_>>());
            named_words(&top, &args)[1].map(String::from)
        };
        assert_eq!(verb("lancer invite decline 7").as_deref(), Some("decline"));
        assert_eq!(
            verb("lancer invite --db x decline").as_deref(),
            Some("decline")
        );
        assert_eq!(verb("lancer invite -- decline"), None);
        assert_eq!(verb("lancer invite -qh decline"), None);
        assert_eq!(verb("lancer invite --help decline"), None);
        assert_eq!(noun("lancer --help invite"), None);
        assert_eq!(verb("lancer invite decline -h").as_deref(), Some("decline"));
    }

    #[test]
    fn a_run_tree_holds_only_the_verb_the_line_names() {
        let verbs = |line: &str| {
            let mut cmd = command_for(&os(&line.split(' ').collect::<Vec<_>>()));
            cmd.build();
            let noun = cmd.get_subcommands().next().expect("a noun");
            let mut names: Vec<String> = noun
                .get_subcommands()
                .map(|v| v.get_name().to_string())
                .filter(|v| v != "help")
                .collect();
            names.sort();
            names
        };
        assert_eq!(verbs("lancer invite decline 7"), ["decline"]);
        assert_eq!(verbs("lancer -q jobs list"), ["list"]);
        // No verb, or one the noun does not have: all of them, for clap's own messages.
        let all = verbs("lancer invite");
        assert!(
            all.len() > 5 && all.contains(&"decline".to_string()),
            "{all:?}"
        );
        assert_eq!(verbs("lancer invite declin 7"), all);
    }
}
