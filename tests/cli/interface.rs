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
