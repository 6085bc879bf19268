use std::process::ExitCode;

use clap::Parser;
use lancer::cli::{Cli, args_want_json};
use lancer::error::{Error, ErrorKind};

fn main() -> ExitCode {
    // `COMPLETE=bash lancer` prints a registration script; the shell then calls back here.
    clap_complete::CompleteEnv::with_factory(<Cli as clap::CommandFactory>::command)
        .var("LANCER_COMPLETE")
        .complete();
    // args_os: an argument that is not UTF-8 is a usage error from clap, not a panic here.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lossy: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let json = args_want_json(&lossy);
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(e) if json && e.use_stderr() => {
            let message = e.kind().as_str().map(str::to_string).unwrap_or_else(|| {
                e.to_string()
                    .lines()
                    .next()
                    .unwrap_or_default()
                    .trim_start_matches("error: ")
                    .to_string()
            });
            let detail = e
                .to_string()
                .lines()
                .next()
                .unwrap_or_default()
                .trim_start_matches("error: ")
                .to_string();
            let err = Error::usage(if detail.is_empty() { message } else { detail });
            eprintln!("{}", err.to_json());
            return ExitCode::from(2);
        }
        Err(e) => e.exit(),
    };
    match lancer::commands::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => report(&e, json),
    }
}

/// Prints the error for a person or a script and picks the exit code.
fn report(e: &Error, json: bool) -> ExitCode {
    // A closed output pipe (`lancer jobs list | head -1`) is not an error.
    if e.is_broken_pipe() {
        return ExitCode::SUCCESS;
    }
    if json {
        eprintln!("{}", e.to_json());
    } else {
        eprintln!("error: {}", e.message);
        for hint in e.hints() {
            eprintln!("hint: {hint}");
        }
    }
    if e.kind == ErrorKind::Internal {
        eprintln!("(this is a bug in lancer; please report it)");
    }
    ExitCode::from(e.exit_code())
}
