use std::process::ExitCode;

use lancer::cli::{Cli, args_want_json};
use lancer::error::{Error, ErrorKind};

fn main() -> ExitCode {
    // `COMPLETE=bash lancer` prints a registration script; the shell then calls back here.
    clap_complete::CompleteEnv::with_factory(lancer::cli::command)
        .var("LANCER_COMPLETE")
        .complete();
    // args_os: an argument that is not UTF-8 is a usage error from clap, not a panic here.
    let args = lancer::cli::help_word_as_flag(std::env::args_os().collect());
    let lossy: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let json = args_want_json(&lossy);
    // Relative times on the command line ("3d", "yesterday") count from --now / LANCER_NOW.
    lancer::clock::set_reference_from(&lossy);
    // The command tree is built once: for parsing, then for naming arguments in messages.
    let mut command = lancer::cli::command_for(&args);
    let cli = match command
        .try_get_matches_from_mut(&args)
        .and_then(|m| <Cli as clap::FromArgMatches>::from_arg_matches(&m).map(|cli| (cli, m)))
        .map_err(|e| lancer::cli::tip_verb_option(e, &command, &args))
    {
        Ok((cli, matches)) => {
            // Hostile input: every text argument is checked against its field's rule.
            if let Err(e) = check_texts(&matches, &command) {
                let colour = lancer::cli::stderr_colour(cli.global.color);
                return report(&e, json, colour);
            }
            // Never needed again: exiting frees it at no cost, dropping it one allocation at
            // a time does not.
            std::mem::forget(matches);
            cli
        }
        Err(e) if e.kind() == clap::error::ErrorKind::InvalidUtf8 => {
            // clap says only that some argument is not UTF-8; say which.
            let e = Error::usage(format!("{} is not valid UTF-8 text", non_utf8_arg(&args)));
            return report(
                &e,
                json,
                lancer::cli::stderr_colour(lancer::cli::ColorWhen::Auto),
            );
        }
        Err(e) if json && e.use_stderr() => {
            lancer::errln!("{}", usage_error_json(&e));
            return ExitCode::from(2);
        }
        Err(e) if e.use_stderr() => {
            // clap lists options that came from the environment (LANCER_DB, LANCER_NOW,
            // LANCER_NO_INPUT) in the usage line as if they were required; they never are.
            let text = e.render().to_string();
            let text: Vec<String> = text
                .lines()
                .map(|l| {
                    if l.starts_with("Usage: ") {
                        l.replace(" --db <PATH>", "")
                            .replace(" --now <WHEN>", "")
                            .replace(" --no-input", "")
                    } else {
                        l.to_string()
                    }
                })
                .collect();
            lancer::errln!("{}", text.join("\n"));
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
        Err(e) => e.exit(),
    };
    std::mem::forget(command);
    let colour = lancer::cli::stderr_colour(cli.global.color);
    match lancer::commands::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => report(&e, json, colour),
    }
}

/// Prints the error for a person or a script and picks the exit code.
fn report(e: &Error, json: bool, colour: bool) -> ExitCode {
    // A closed output pipe (`lancer jobs list | head -1`) is not an error.
    if e.is_broken_pipe() {
        return ExitCode::SUCCESS;
    }
    e.print(json, colour);
    if e.kind == ErrorKind::Internal {
        lancer::errln!("(this is a bug in lancer; please report it)");
    }
    ExitCode::from(e.exit_code())
}

/// How a message names an argument: its long flag, or a positional's value name.
fn shown(cmd: &clap::Command, id: &str) -> String {
    match cmd.get_arguments().find(|a| a.get_id() == id) {
        Some(a) => match a.get_long() {
            Some(long) => format!("--{long}"),
            None => a
                .get_value_names()
                .and_then(|v| v.first())
                .map_or(id.to_uppercase(), |v| v.to_string()),
        },
        None => format!("--{}", id.replace('_', "-")),
    }
}

/// Names the first argument that is not UTF-8: the line is parsed again with that argument
/// made lossy, and the flag or positional that received it is the one named.
fn non_utf8_arg(args: &[std::ffi::OsString]) -> String {
    let Some(at) = args.iter().position(|a| a.to_str().is_none()) else {
        return "an argument".to_string();
    };
    let lossy: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    fn find(m: &clap::ArgMatches, cmd: &clap::Command, value: &str) -> Option<String> {
        for id in m.ids() {
            if let Ok(Some(mut raw)) = m.try_get_raw(id.as_str())
                && raw.any(|v| v.to_str() == Some(value))
            {
                return Some(shown(cmd, id.as_str()));
            }
        }
        let (name, sub) = m.subcommand()?;
        find(sub, cmd.find_subcommand(name)?, value)
    }
    let mut cmd = lancer::cli::command();
    match cmd.try_get_matches_from_mut(&lossy) {
        Ok(m) => {
            if let Some(name) = find(&m, &cmd, &lossy[at]) {
                return name;
            }
        }
        // The lossy value did not parse either (a number): clap names the argument.
        Err(e) => {
            if let Some(clap::error::ContextValue::String(arg)) =
                e.get(clap::error::ContextKind::InvalidArg)
            {
                let first = arg.split_whitespace().next().unwrap_or(arg);
                return first.trim_matches(['<', '>', '[', ']', '.']).to_string();
            }
        }
    }
    match lossy[at].split_once('=') {
        Some((flag, _)) if flag.starts_with("--") => flag.to_string(),
        _ if at > 0 && lossy[at - 1].starts_with('-') => lossy[at - 1].clone(),
        _ => format!("argument {at}"),
    }
}

/// Checks every text value on the command line against `lancer::rules::text` (one line, no
/// control characters, a maximum length…), naming the flag or argument it came from.
fn check_texts(m: &clap::ArgMatches, cmd: &clap::Command) -> Result<(), Error> {
    for id in m.ids() {
        let id = id.as_str();
        if lancer::rules::text::limit(id).is_none() {
            continue;
        }
        let Ok(Some(values)) = m.try_get_raw(id) else {
            continue;
        };
        let shown = shown(cmd, id);
        for v in values {
            match v.to_str() {
                Some(text) => lancer::rules::text::check(&shown, id, text)?,
                None => return Err(Error::usage(format!("{shown} is not valid UTF-8"))),
            }
        }
    }
    if let Some((name, sub)) = m.subcommand()
        && let Some(sub_cmd) = cmd.find_subcommand(name)
    {
        check_texts(sub, sub_cmd)?;
    }
    Ok(())
}

/// A parse error as the JSON error object, keeping clap's detail: the whole message (which
/// names a missing flag), and the valid values of an invalid one.
fn usage_error_json(e: &clap::Error) -> serde_json::Value {
    use clap::error::{ContextKind, ContextValue};
    let text = e.to_string();
    let message = text
        .lines()
        .map(str::trim_end)
        .take_while(|l| !l.starts_with("Usage:") && !l.starts_with("For more information"))
        .filter(|l| !l.is_empty())
        .map(|l| l.trim_start_matches("error: ").trim())
        .collect::<Vec<_>>()
        .join(" ");
    let mut err = Error::usage(message);
    let strings = |v: &ContextValue| -> Vec<String> {
        match v {
            ContextValue::String(s) => vec![s.clone()],
            ContextValue::Strings(list) => list.clone(),
            _ => Vec::new(),
        }
    };
    for (kind, key) in [
        (ContextKind::InvalidArg, "argument"),
        (ContextKind::InvalidValue, "value"),
    ] {
        if let Some(v) = e.get(kind).map(strings).and_then(|l| l.into_iter().next()) {
            err = err.detail(key, v);
        }
    }
    if let Some(values) = e.get(ContextKind::ValidValue).map(strings) {
        err = err.detail("valid_values", values);
    }
    err.to_json()
}
