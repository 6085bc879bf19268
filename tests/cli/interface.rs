//! The command-line interface as a reviewer sees it: help texts, completions and man pages.

use std::path::Path;

use clap::CommandFactory;
use lancer::cli::Cli;

use crate::common::Env;

/// Every noun's `--help`, so that any interface change shows up in review.
#[test]
fn help_texts() {
    let env = Env::new();
    let mut all = String::new();
    let mut invocations: Vec<Vec<String>> = vec![vec!["--help".into()]];
    for sub in Cli::command().get_subcommands() {
        invocations.push(vec![sub.get_name().to_string(), "--help".into()]);
    }
    for args in invocations {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = env.ok(&args);
        all.push_str(&format!("===== lancer {}\n{out}\n", args.join(" ")));
    }
    insta::assert_snapshot!("help", all);
}

/// A verb's option written before the verb is named as the verb's, not met with clap's tip of a
/// similar option of the noun (`--version`); the usage shown is the noun's. Nothing runs.
#[test]
fn a_verb_option_before_its_verb_names_the_verb() {
    let env = Env::new();
    env.acme_job();
    env.ok(&["invites", "receive", "--job", "j1"]);
    let before = env.snapshot();
    let err = env.fails(2, &["invites", "--reason", "too-busy", "decline", "1"]);
    assert!(
        err.contains(
            "tip: '--reason' is an option of `lancer invites decline`: put it after the verb"
        ),
        "{err}"
    );
    assert!(!err.contains("--version"), "{err}");
    assert!(
        err.contains("Usage: lancer invites [OPTIONS] <COMMAND>"),
        "{err}"
    );
    let err = env.fails(2, &["proposal", "--rate=5", "submit"]);
    assert!(
        err.contains("`lancer proposals submit`, `lancer proposals edit`"),
        "{err}"
    );
    // In JSON mode the tip is part of the message.
    let err = env.fails(2, &["--json", "invite", "--reason", "spam", "decline", "1"]);
    let v: serde_json::Value = serde_json::from_str(err.trim()).unwrap();
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("`lancer invites decline`")
    );
    // Written after a verb that does not take it, or an option no verb takes: clap's message.
    let err = env.fails(2, &["invites", "list", "--reason", "x"]);
    assert!(!err.contains("put it after the verb"), "{err}");
    let err = env.fails(2, &["invites", "--bogus", "list"]);
    assert!(!err.contains("put it after the verb"), "{err}");
    assert_eq!(before, env.snapshot());
}

/// `help` before a misspelt command names the near miss, as the help flag does; spelt right,
/// it prints what the flag prints. A `help` line with more after its names is left to clap: it
/// never runs the command (a `--help` put after `--` would have been a value).
#[test]
fn help_names_a_near_miss() {
    let env = Env::new();
    let err = env.fails(2, &["help", "invite", "declin"]);
    assert!(
        err.contains("a similar subcommand exists: 'decline'"),
        "{err}"
    );
    let err = env.fails(2, &["help", "invit"]);
    assert!(
        err.contains("some similar subcommands exist: 'invites', 'invite'"),
        "{err}"
    );
    assert_eq!(
        env.ok(&["help", "invite", "decline"]),
        env.ok(&["invite", "decline", "--help"])
    );
    assert!(env.ok(&["help"]).contains("Usage: lancer"));
    assert!(env.ok(&["help", "help"]).contains("Usage: lancer help"));
    env.acme_job();
    env.ok(&["invites", "receive", "--job", "j1", "--uid", "inv1"]);
    let before = env.snapshot();
    for line in [
        &["help", "clients", "add", "--"][..],
        &["help", "messages", "send", "1", "--"],
        &[
            "help", "invite", "decline", "--reason", "too-busy", "--", "1",
        ],
        &["invite", "help", "ignore", "--", "1"],
    ] {
        env.fails(2, line);
    }
    assert_eq!(env.snapshot(), before, "a help line changed the store");
}

/// The committed completions and man pages match what the binary generates.
/// Regenerate them with `LANCER_BLESS=1 cargo test --test cli generated`.
#[test]
fn generated_files_are_fresh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bless = std::env::var_os("LANCER_BLESS").is_some();
    let mut stale = Vec::new();
    let files = lancer::docs::generated_files();
    for (rel, bytes) in &files {
        let path = root.join(rel);
        if std::fs::read(&path).ok().as_deref() != Some(bytes.as_slice()) {
            if bless {
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(&path, bytes).unwrap();
            } else {
                stale.push(rel.display().to_string());
            }
        }
    }
    for dir in ["man", "completions"] {
        for entry in std::fs::read_dir(root.join(dir))
            .into_iter()
            .flatten()
            .flatten()
        {
            let rel = Path::new(dir).join(entry.file_name());
            if !files.iter().any(|(p, _)| *p == rel) {
                if bless {
                    std::fs::remove_file(entry.path()).unwrap();
                } else {
                    stale.push(format!("{} (no longer generated)", rel.display()));
                }
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated files: {stale:?}; run LANCER_BLESS=1 cargo test --test cli generated"
    );
}

#[test]
fn completions_command_prints_the_generated_script() {
    let env = Env::new();
    let bash = env.ok(&["completions", "bash"]);
    let generated = lancer::docs::generated_files();
    let (_, expected) = generated
        .iter()
        .find(|(p, _)| p.ends_with("lancer.bash"))
        .unwrap();
    assert_eq!(bash.as_bytes(), expected.as_slice());
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn shell(program: &str, script: &str) -> String {
    let out = std::process::Command::new(program)
        .arg("-c")
        .arg(script)
        .current_dir(root())
        .output()
        .unwrap_or_else(|e| panic!("{program} is needed for this test (.ci/run installs it): {e}"));
    assert!(
        out.status.success(),
        "{program}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn bash_registers_the_completion() {
    let out = shell(
        "bash",
        "source completions/lancer.bash && complete -p lancer",
    );
    assert!(out.contains("-F _lancer lancer"), "{out}");
}

#[test]
fn zsh_loads_the_completion_function() {
    let out = shell(
        "zsh",
        "fpath=(completions $fpath); autoload -U compinit; compinit -u; autoload -Uz +X _lancer && whence -v _lancer",
    );
    assert!(out.contains("_lancer is a shell function"), "{out}");
}

#[test]
fn fish_completes_nouns_in_both_spellings() {
    let out = shell(
        "fish",
        "source completions/lancer.fish; complete -C 'lancer inv'",
    );
    let words: Vec<&str> = out
        .lines()
        .map(|l| l.split('\t').next().unwrap_or_default())
        .collect();
    assert_eq!(words, ["invite", "invites"], "{out}");
    let out = shell(
        "fish",
        "source completions/lancer.fish; complete -C 'lancer invite decline 1 --reason '",
    );
    assert!(
        out.contains("too-busy") && out.contains("not-my-skills"),
        "{out}"
    );
}

#[test]
fn man_pages_exist_for_every_command_and_lint_clean() {
    let pages: Vec<_> = std::fs::read_dir(root().join("man"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    assert!(pages.iter().any(|p| p.ends_with("lancer.1")));
    for noun in Cli::command()
        .get_subcommands()
        .filter(|c| c.get_name() != "help")
    {
        let page = root()
            .join("man")
            .join(format!("lancer-{}.1", noun.get_name()));
        assert!(page.exists(), "{} has no man page", noun.get_name());
    }
    let out = std::process::Command::new("mandoc")
        .args(["-T", "lint", "-W", "warning"])
        .args(&pages)
        .output()
        .expect("mandoc is needed for this test (.ci/run installs it)");
    // Every page has the sections a script author looks for, and every page it names exists.
    let ref_pattern = regex::Regex::new(r"(lancer(?:\\-[a-z]+)*)(?:\\fR)?\(1\)").unwrap();
    for page in &pages {
        let text = std::fs::read_to_string(page).unwrap();
        for section in [".SH EXAMPLES", ".SH \"EXIT STATUS\"", ".SH ENVIRONMENT"] {
            assert!(text.contains(section), "{} lacks {section}", page.display());
        }
        for m in ref_pattern.captures_iter(&text) {
            let name = m[1].replace("\\-", "-");
            assert!(
                root().join("man").join(format!("{name}.1")).exists(),
                "{} refers to {name}(1), which does not exist",
                page.display()
            );
        }
    }
    assert!(
        out.status.success() && out.stdout.is_empty(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// On a terminal, a missing decline reason is asked for with the list of reasons.
#[test]
fn decline_on_a_terminal_offers_the_reasons() {
    let env = Env::new();
    env.ok(&["clients", "add", "Acme"]);
    env.ok(&[
        "jobs", "add", "--client", "1", "--title", "T", "--fixed", "300",
    ]);
    env.ok(&["invites", "receive", "--job", "1"]);
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_lancer"));
    cmd.args(["invite", "decline", "1"])
        .env("LANCER_DB", &env.db)
        .env("LANCER_NOW", crate::common::NOW)
        .env("TERM", "xterm")
        .env_remove("LANCER_NO_INPUT");
    let mut session = rexpect::session::spawn_command(cmd, Some(10_000)).expect("spawn on a pty");
    session
        .exp_string("Why are you declining?")
        .expect("the question");
    session
        .exp_string("Too busy with other work")
        .expect("the reasons are listed");
    // Down twice to "Too busy", choose it, then confirm.
    session.send("\x1b[B\x1b[B").unwrap();
    session.send_line("").unwrap();
    session
        .exp_string("Decline invite 1?")
        .expect("a confirmation");
    session.send_line("y").unwrap();
    session.exp_eof().expect("lancer exits");
    let invite = env.json(&["invite", "show", "1"]);
    assert_eq!(invite["status"], "declined");
    assert_eq!(invite["decline_reason"], "too-busy");
}

/// `LANCER_COMPLETE=fish lancer | source` completes record ids from the store.
#[test]
fn dynamic_completion_offers_answerable_invites() {
    let env = Env::new();
    env.ok(&["clients", "add", "Acme"]);
    env.ok(&[
        "jobs",
        "add",
        "--client",
        "1",
        "--title",
        "Logo refresh",
        "--fixed",
        "300",
    ]);
    env.ok(&[
        "jobs", "add", "--client", "1", "--title", "Rust CLI", "--fixed", "300",
    ]);
    env.ok(&["invites", "receive", "--job", "1"]);
    env.ok(&["invites", "receive", "--job", "2"]);
    env.ok(&["invite", "decline", "2", "--reason", "too-busy"]);
    let bin_dir = Path::new(env!("CARGO_BIN_EXE_lancer")).parent().unwrap();
    let out = std::process::Command::new("fish")
        .arg("-c")
        .arg("LANCER_COMPLETE=fish lancer | source; complete -C 'lancer invite accept '")
        .env(
            "PATH",
            format!(
                "{}:{}",
                bin_dir.display(),
                std::env::var("PATH").unwrap_or_default()
            ),
        )
        .env("LANCER_DB", &env.db)
        .output()
        .expect("fish is needed for this test (.ci/run installs it)");
    let text = String::from_utf8_lossy(&out.stdout);
    let ids: Vec<&str> = text.lines().filter(|l| !l.starts_with('-')).collect();
    assert_eq!(ids, ["1\tLogo refresh (pending)"], "{text}");
}

/// The completer reads the store named by --db on the line being completed, and every id
/// argument offers only what its verb accepts: `proposal withdraw` only live proposals,
/// `job show` every job, `--client` the clients.
#[test]
fn dynamic_completion_honours_db_and_the_verb() {
    let env = Env::new();
    env.acme_job();
    env.ok(&["profiles", "add", "Dana Reyes", "--rate", "50"]);
    env.ok(&["connects", "buy", "40"]);
    env.ok(&[
        "jobs",
        "add",
        "--client",
        "acme",
        "--uid",
        "j2",
        "--title",
        "Second job",
        "--fixed",
        "300",
    ]);
    let letter = "Thank you for posting this, I would be glad to help with the whole project.";
    for job in ["j1", "j2"] {
        env.ok(&[
            "proposals",
            "submit",
            "--job",
            job,
            "--bid",
            "300",
            "--cover-letter",
            letter,
        ]);
    }
    env.ok(&["proposal", "withdraw", "2", "--reason", "schedule-conflict"]);
    let bin_dir = Path::new(env!("CARGO_BIN_EXE_lancer")).parent().unwrap();
    let complete = |line: &str| -> Vec<String> {
        let out = std::process::Command::new("fish")
            .arg("-c")
            .arg(format!(
                "LANCER_COMPLETE=fish lancer | source; complete -C '{line}'"
            ))
            .env(
                "PATH",
                format!(
                    "{}:{}",
                    bin_dir.display(),
                    std::env::var("PATH").unwrap_or_default()
                ),
            )
            .env("HOME", env.dir.path())
            .env_remove("LANCER_DB")
            .output()
            .expect("fish is needed for this test (.ci/run installs it)");
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter(|l| !l.starts_with('-'))
            .map(str::to_string)
            .collect()
    };
    let db = env.db.display().to_string();
    assert_eq!(
        complete(&format!("lancer --db {db} proposal withdraw ")),
        ["1\tBuild a CLI (submitted)"]
    );
    assert_eq!(
        complete(&format!("lancer --db {db} job show ")).len(),
        2,
        "every job"
    );
    assert_eq!(
        complete(&format!("lancer --db {db} jobs list --client ")),
        ["1\tAcme"]
    );
    // Without --db (and no LANCER_DB) the default store, which does not exist: nothing.
    assert!(complete("lancer proposal withdraw ").is_empty());
}
