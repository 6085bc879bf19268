//! Hostile input, flag by flag and field by field: every command's text and number arguments
//! and every import field, fed escape sequences, control and bidi characters, invalid UTF-8,
//! oversized values and numbers past their bounds. Each is refused with exit 2, 3 or 4 and a
//! message naming what was wrong, never a panic, never a raw control character echoed back,
//! and the store is left exactly as it was.

use std::ffi::{OsStr, OsString};
use std::os::unix::ffi::OsStrExt;
use std::process::Output;

use clap::CommandFactory;
use serde_json::{Value, json};

use crate::common::{Env, store_dump};

/// The template is built at this time and every case runs two hours later, inside the six
/// hours a cover letter stays editable.
const BUILT: &str = "2026-03-10T10:00:00Z";
const RUN: &str = "2026-03-10T12:00:00Z";
const LETTER: &str = "Thank you for posting this. I have shipped three similar tools.";

/// One invocation per command that succeeds on the template store, with every optional value
/// flag it can take set, so that a refusal after a change is the changed value's doing.
const BASES: &[&str] = &[
    "clients add Zed --uid zed --country US --rating 4.5 --reviews 3 --hire-rate 50 --total-spent 1000 --avg-hourly-paid 30 --jobs-posted 4 --member-since 2020-01-01 --feedback Fine",
    "clients list --country US --name Acme --sort name --limit 5",
    "clients show acme",
    "clients edit acme --name Acme2 --uid acme2 --country DE --rating 4 --reviews 2 --hire-rate 40 --total-spent 100 --avg-hourly-paid 20 --jobs-posted 3 --member-since 2021-02-02 --feedback Good",
    "jobs add --client acme --title New --uid newjob --description Desc --skill rust --hourly 20-40 --connects 6 --question Why --experience expert --length 1-to-3-months --posted-at 2026-03-01 --proposals 5 --invites-sent 2 --interviewing 1 --last-viewed-at 2026-03-02 --bid-range 20-30-40",
    "jobs list --client acme --status open --skill rust --sort posted --limit 5",
    "jobs show pub",
    "jobs edit spare --title Spare2 --uid spare2 --description D --skill go --fixed 250 --connects 4 --question Q --experience entry --length less-than-1-month --posted-at 2026-03-01 --proposals 1 --invites-sent 1 --interviewing 0 --last-viewed-at 2026-03-02 --bid-range 100-200-300",
    "jobs close spare --reason filled",
    "profiles add Sam --uid sam --specialized --title Dev --rate 40 --skill rust",
    "profiles list --kind general --limit 5",
    "profiles show me",
    "profiles edit me --name Dana2 --uid me2 --title Eng --rate 60 --skill go",
    "agencies add Crew2 --uid crew2",
    "agencies list --limit 5",
    "agencies show crew",
    "agencies member-add crew Olu --role member",
    "invites receive --job spare --uid i3 --kind client --message Hi --received-at 2026-03-10T11:00:00Z",
    "invites list --status pending --kind client --job inv --client beta --since 2026-01-01 --until 2026-12-01 --sort score --min-score 0 --limit 5",
    "invites show i1",
    "invites accept i1 --bid 500 --duration 1-to-3-months --cover-letter Thanks.I.can.start.this.week --boost 1 --uid p9",
    "invites decline i1 --reason too-busy --message Sorry",
    "invites ignore i1",
    "invites mark-withdrawn i1",
    "invites interview i2 start",
    "proposals submit --job spare --bid 200 --duration 1-to-3-months --cover-letter Thanks.I.can.start.this.week --boost 1 --uid p9",
    "proposals list --status submitted --job fix --profile me --sort submitted --limit 5",
    "proposals show p1",
    "proposals attachment p1 brief.txt --output got.txt",
    "proposals edit p2 --bid 280 --duration 1-to-3-months --cover-letter Thanks.I.can.start.next.week",
    "proposals withdraw p2 --reason other --message Sorry",
    "proposals boost p3 2",
    "proposals mark-viewed p2",
    "proposals mark-declined p2",
    "proposals mark-outbid p2",
    "proposals lint p2",
    "messages send p1 Hello",
    "messages receive p1 Hello --from Acme",
    "messages list p1 --limit 5",
    "offers receive --proposal p2 --bid 300 --received-at 2026-03-10T11:00:00Z --uid o2",
    "offers list --status open --limit 5",
    "offers show o1",
    "offers accept o1 --uid k1",
    "offers decline o1 --reason other --message No",
    "contracts list --status active --limit 5",
    "contracts show c1",
    "contracts end c1 --reason done",
    "catalog add Audit --price 100 --delivery-days 3 --description D --profile me --uid cat2",
    "catalog list --limit 5",
    "catalog order cat1 --client beta --uid c2",
    "connects balance",
    "connects history --kind purchase --limit 5",
    "connects buy 10",
    "connects grant --month 2026-03",
    "connects spend --for availability-badge 1",
    "policy check Hello",
    "letter check --job pub letter.txt",
    "stats --since 2026-01-01 --profile me",
    "seed --invites 5 --seed 3 --if-empty",
    "schema invite",
    "export --output out.json",
    "import template.json",
    "log invite 1 --action received --since 2026-01-01 --until 2026-12-01 --limit 5",
    "db path",
    "db init",
    "db check",
    "db backup b.db",
    "db copy --to c.db",
    "config get plan",
    "config set plan plus",
    "config list",
    "completions bash",
];

/// Numbers at a flag's bound (accepted) and just past it (refused), as (command, flag or
/// positional value name, at, past). `None` for "at" where reaching the bound needs more than
/// the template has.
const BOUNDS: &[(&str, &str, Option<&str>, &str)] = &[
    ("clients add", "--rating", Some("5"), "5.01"),
    ("clients add", "--rating", Some("0"), "-0.01"),
    ("clients add", "--hire-rate", Some("100"), "101"),
    ("clients add", "--reviews", Some("0"), "-1"),
    ("clients add", "--total-spent", Some("0"), "-0.01"),
    ("clients add", "--jobs-posted", Some("0"), "-1"),
    ("jobs add", "--connects", Some("16"), "17"),
    ("jobs add", "--proposals", Some("0"), "-1"),
    ("invites list", "--min-score", Some("100"), "101"),
    ("invites list", "--limit", Some("0"), "-1"),
    ("invites accept", "--boost", Some("100"), "101"),
    ("proposals boost", "CONNECTS", Some("100"), "101"),
    ("proposals boost", "CONNECTS", None, "0"),
    ("connects buy", "COUNT", Some("10000"), "10001"),
    ("connects buy", "COUNT", Some("1"), "0"),
    ("connects spend", "COUNT", None, "1001"),
    ("catalog add", "--delivery-days", Some("365"), "366"),
    ("catalog add", "--delivery-days", Some("1"), "0"),
    ("offers receive", "--weekly-limit", None, "169"),
    ("seed", "--invites", Some("1"), "0"),
    ("seed", "--invites", None, "1000001"),
];

/// The template store: two clients, six jobs, a profile, an agency, 400 Connects, two pending
/// invites (one asking for an interview), three proposals (one with an open offer and a room,
/// one boosted), a catalog project and its contract.
fn template() -> Env {
    let mut env = Env::new();
    env.now = BUILT.to_string();
    let job = |uid: &str, client: &str, pay: &str, amount: &str| {
        env.ok(&[
            "jobs", "add", "--client", client, "--uid", uid, "--title", uid, pay, amount,
        ]);
    };
    env.ok(&["clients", "add", "Acme", "--uid", "acme"]);
    env.ok(&["clients", "add", "Beta", "--uid", "beta"]);
    job("pub", "acme", "--hourly", "30-60");
    job("fix", "acme", "--fixed", "300");
    job("inv", "beta", "--fixed", "500");
    job("inv2", "beta", "--hourly", "40-80");
    job("spare", "beta", "--fixed", "200");
    job("extra", "beta", "--fixed", "150");
    env.ok(&["profiles", "add", "Dana", "--uid", "me", "--rate", "50"]);
    env.ok(&["agencies", "add", "Crew", "--uid", "crew"]);
    env.ok(&["connects", "buy", "400"]);
    let brief = env.path("brief.txt");
    std::fs::write(&brief, "A short brief.\n").unwrap();
    env.ok(&["invites", "receive", "--job", "inv", "--uid", "i1"]);
    env.ok(&[
        "invites",
        "receive",
        "--job",
        "inv2",
        "--uid",
        "i2",
        "--interview",
    ]);
    for (uid, job, terms) in [
        ("p1", "pub", ["--rate", "55"]),
        ("p2", "fix", ["--bid", "300"]),
        ("p3", "extra", ["--bid", "150"]),
    ] {
        let mut args = vec!["proposals", "submit", "--job", job, "--uid", uid];
        args.extend(terms);
        args.extend(["--cover-letter", LETTER]);
        if uid == "p2" {
            args.extend(["--boost", "1"]);
        }
        if uid == "p1" {
            args.extend(["--attach", brief.to_str().unwrap()]);
        }
        env.ok(&args);
    }
    env.ok(&["proposals", "mark-viewed", "p1"]);
    env.ok(&["messages", "receive", "p1", "Can you start Monday?"]);
    env.ok(&[
        "offers",
        "receive",
        "--proposal",
        "p1",
        "--rate",
        "55",
        "--uid",
        "o1",
    ]);
    env.ok(&[
        "catalog",
        "add",
        "Code review",
        "--price",
        "250",
        "--uid",
        "cat1",
    ]);
    env.ok(&[
        "catalog", "order", "cat1", "--client", "acme", "--uid", "c1",
    ]);
    env.now = RUN.to_string();
    let export = env.ok(&["export"]);
    std::fs::write(env.path("template.json"), export).unwrap();
    std::fs::write(env.path("letter.txt"), "Hello, I can start this week.\n").unwrap();
    env
}

/// A fresh copy of the template's folder (store, letter and export), to run one case in.
fn copy_of(template: &Env) -> Env {
    let mut env = Env::bare();
    for entry in std::fs::read_dir(template.dir.path()).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_file() {
            std::fs::copy(entry.path(), env.dir.path().join(entry.file_name())).unwrap();
        }
    }
    if crate::common::server().is_some() {
        crate::common::copy_store(template, &env);
    }
    env.now = RUN.to_string();
    env
}

fn run_os(env: &Env, args: &[OsString]) -> Output {
    env.cmd().args(args).output().expect("lancer runs")
}

fn words(line: &str) -> Vec<OsString> {
    line.split_whitespace().map(OsString::from).collect()
}

/// The command tree, built so that positionals know their index.
fn root() -> clap::Command {
    let mut root = lancer::cli::Cli::command();
    root.build();
    root
}

/// The leaf command a base line runs, and how many words its path takes.
fn leaf<'a>(root: &'a clap::Command, line: &str) -> (&'a clap::Command, usize) {
    let mut cmd = root;
    let mut depth = 0;
    for word in line.split_whitespace() {
        match cmd.find_subcommand(word) {
            Some(sub) => {
                cmd = sub;
                depth += 1;
            }
            None => break,
        }
    }
    (cmd, depth)
}

fn leaf_paths(cmd: &clap::Command, path: &mut Vec<String>, out: &mut Vec<String>) {
    let subs: Vec<_> = cmd
        .get_subcommands()
        .filter(|s| s.get_name() != "help")
        .collect();
    if subs.is_empty() {
        out.push(path.join(" "));
    }
    for sub in subs {
        path.push(sub.get_name().to_string());
        leaf_paths(sub, path, out);
        path.pop();
    }
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Kind {
    Text,
    Path,
    Typed,
}

fn kind(arg: &clap::Arg) -> Kind {
    let id = arg.get_value_parser().type_id();
    if id == clap::builder::ValueParser::string().type_id() {
        Kind::Text
    } else if id == clap::builder::ValueParser::path_buf().type_id() {
        Kind::Path
    } else {
        Kind::Typed
    }
}

/// How a refusal names the argument: its long flag, or the positional's value name.
fn shown(arg: &clap::Arg) -> String {
    match arg.get_long() {
        Some(long) => format!("--{long}"),
        None => arg
            .get_value_names()
            .and_then(|v| v.first())
            .map_or(arg.get_id().as_str().to_uppercase(), |v| v.to_string()),
    }
}

/// The base line with this argument's value replaced (or the flag added).
fn with_value(
    cmd: &clap::Command,
    depth: usize,
    line: &str,
    arg: &clap::Arg,
    value: &OsStr,
) -> Vec<OsString> {
    let mut args = words(line);
    match arg.get_long() {
        Some(long) => {
            let flag = format!("--{long}");
            match args.iter().position(|a| *a == *flag) {
                Some(i) => args[i + 1] = value.to_owned(),
                None => args.extend([OsString::from(flag), value.to_owned()]),
            }
        }
        None => {
            // The n-th positional after the command path, skipping flags and their values.
            let want = arg.get_index().expect("positional index");
            let mut seen = 0;
            let mut i = depth;
            let mut done = false;
            while i < args.len() {
                let word = args[i].to_str().unwrap().to_string();
                if let Some(long) = word.strip_prefix("--") {
                    let takes = cmd
                        .get_arguments()
                        .find(|a| a.get_long() == Some(long))
                        .is_some_and(|a| a.get_action().takes_values());
                    i += if takes { 2 } else { 1 };
                    continue;
                }
                seen += 1;
                if seen == want {
                    args[i] = value.to_owned();
                    done = true;
                    break;
                }
                i += 1;
            }
            assert!(done, "{line}: no positional {} to replace", shown(arg));
        }
    }
    args
}

/// What no output may carry back from input: ESC, BEL, the C1 CSI and bidi overrides.
fn has_raw_control(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes);
    text.chars()
        .any(|c| matches!(c, '\u{1b}' | '\u{7}' | '\u{9b}' | '\u{202e}' | '\u{2066}'))
}

fn text_values() -> Vec<(&'static str, OsString)> {
    vec![
        (
            "an OSC 52 clipboard write",
            OsString::from("x\u{1b}]52;c;aGVsbG8=\u{7}y"),
        ),
        ("a colour escape", OsString::from("\u{1b}[31mred\u{1b}[0m")),
        ("a bell", OsString::from("ring\u{7}")),
        ("a C1 CSI", OsString::from("a\u{9b}2Jb")),
        ("DEL", OsString::from("a\u{7f}b")),
        ("a bidi override", OsString::from("abc\u{202e}fdp.exe")),
        (
            "invalid UTF-8",
            OsStr::from_bytes(b"ab\xff\xfecd").to_owned(),
        ),
        // One argument can hold at most 128 KiB on Linux, so 100,000 characters stands for
        // "far too long" here; the import cases use a full megabyte.
        ("100,000 characters", OsString::from("x".repeat(100_000))),
    ]
}

fn typed_values() -> Vec<(&'static str, OsString)> {
    vec![
        ("an empty value", OsString::from("")),
        ("NaN", OsString::from("NaN")),
        ("1e400", OsString::from("1e400")),
        (
            "a number past 64 bits",
            OsString::from("99999999999999999999999"),
        ),
        (
            "a negative number past 64 bits",
            OsString::from("-99999999999999999999999"),
        ),
        ("a colour escape", OsString::from("\u{1b}[31m5")),
        ("invalid UTF-8", OsStr::from_bytes(b"5\xff").to_owned()),
        ("100,000 digits", OsString::from("9".repeat(100_000))),
    ]
}

/// Runs `f` over the items on four threads, keeping the failures in order.
fn in_parallel<T: Sync>(items: &[T], f: impl Fn(&T) -> Vec<String> + Sync) -> Vec<String> {
    let chunks: Vec<&[T]> = items.chunks(items.len().div_ceil(4)).collect();
    std::thread::scope(|s| {
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| s.spawn(|| chunk.iter().flat_map(&f).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    })
}

fn shell(args: &[OsString]) -> String {
    let text: Vec<String> = args
        .iter()
        .map(|a| {
            let s = a.to_string_lossy();
            if s.len() > 40 {
                format!(
                    "{}…({} bytes)",
                    s.chars().take(12).collect::<String>().escape_debug(),
                    s.len()
                )
            } else {
                s.escape_debug().to_string()
            }
        })
        .collect();
    text.join(" ")
}

/// Checks one refused case: the exit code, the message, no panic, no raw control character
/// back, the store untouched. Returns what went wrong, if anything.
/// A case that changed the store is reported and the store put back from `template`, so the
/// next case starts clean.
fn refused(
    template: &Env,
    env: &Env,
    before: &str,
    args: &[OsString],
    codes: &[i32],
    names: &[String],
) -> Option<String> {
    let out = run_os(env, args);
    let code = out.status.code();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let mut wrong = Vec::new();
    if !codes.iter().any(|c| Some(*c) == code) {
        wrong.push(format!("exit {code:?}, want one of {codes:?}"));
    }
    if stderr.contains("panicked") {
        wrong.push("panicked".to_string());
    }
    if has_raw_control(&out.stderr) || has_raw_control(&out.stdout) {
        wrong.push("a raw control character in the output".to_string());
    }
    if !names.is_empty() && !names.iter().any(|n| stderr.contains(n.as_str())) {
        wrong.push(format!("the message names none of {names:?}"));
    }
    if store_dump(&env.db) != before {
        wrong.push("the store changed".to_string());
        crate::common::restore_store(template, env);
    }
    (!wrong.is_empty()).then(|| {
        format!(
            "lancer {}: {}\n    stderr: {}",
            shell(args),
            wrong.join("; "),
            stderr
                .trim()
                .chars()
                .take(300)
                .collect::<String>()
                .escape_debug()
        )
    })
}

#[test]
fn every_command_has_a_base_case_that_succeeds() {
    let root = root();
    let mut leaves = Vec::new();
    leaf_paths(&root, &mut Vec::new(), &mut leaves);
    for path in &leaves {
        assert!(
            BASES.iter().any(
                |b| leaf(&root, b).1 == path.split(' ').count() && b.starts_with(path.as_str())
            ),
            "no hostile-input base case for `lancer {path}`: add one to BASES"
        );
    }
    let template = template();
    let failures = in_parallel(BASES, |line| {
        let env = copy_of(&template);
        let out = run_os(&env, &words(line));
        if out.status.success() {
            vec![]
        } else {
            vec![format!(
                "{line}: exit {:?}: {}",
                out.status.code(),
                String::from_utf8_lossy(&out.stderr)
            )]
        }
    });
    assert!(
        failures.is_empty(),
        "base cases fail:\n{}",
        failures.join("\n")
    );
}

/// Every text and number argument of every command, fed each hostile value.
#[test]
fn every_argument_refuses_hostile_values() {
    let root = root();
    let template = template();
    let mut cases = 0usize;
    let failures = in_parallel(BASES, |line| {
        let env = copy_of(&template);
        let before = store_dump(&env.db);
        let (cmd, depth) = leaf(&root, line);
        let mut wrong = Vec::new();
        for arg in cmd.get_arguments() {
            if arg.is_global_set() || !arg.get_action().takes_values() {
                continue;
            }
            let kind = kind(arg);
            let values = match kind {
                Kind::Text => text_values(),
                Kind::Typed => typed_values(),
                // Paths are the user's own names; what matters for them is covered by
                // file_inputs_are_regular_and_bounded. Here: none is echoed back raw, and a
                // refused one writes nothing.
                Kind::Path => text_values().into_iter().take(2).collect(),
            };
            for (_, value) in values {
                let args = with_value(cmd, depth, line, arg, &value);
                let problem = if kind == Kind::Path {
                    let out = run_os(&env, &args);
                    let code = out.status.code();
                    let mut bad = Vec::new();
                    if has_raw_control(&out.stderr) || has_raw_control(&out.stdout) {
                        bad.push("a raw control character in the output");
                    }
                    if String::from_utf8_lossy(&out.stderr).contains("panicked") {
                        bad.push("panicked");
                    }
                    if code != Some(0) && store_dump(&env.db) != before {
                        bad.push("a refusal changed the store");
                    }
                    if !matches!(code, Some(0 | 2 | 3 | 4 | 5)) {
                        bad.push("an unexpected exit code");
                    }
                    if code == Some(0) {
                        // A path that worked (an output file with an odd name): start the
                        // next case from the template again.
                        crate::common::restore_store(&template, &env);
                    }
                    (!bad.is_empty())
                        .then(|| format!("lancer {}: {}", shell(&args), bad.join("; ")))
                } else {
                    refused(&template, &env, &before, &args, &[2, 3, 4], &[shown(arg)])
                };
                wrong.extend(problem);
            }
        }
        wrong
    });
    for line in BASES {
        let (cmd, _) = leaf(&root, line);
        cases += cmd
            .get_arguments()
            .filter(|a| !a.is_global_set() && a.get_action().takes_values())
            .count();
    }
    assert!(cases > 200, "only {cases} arguments covered");
    assert!(
        failures.is_empty(),
        "{} hostile values were not refused cleanly:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Numbers at each bound are accepted; one step past it is refused, naming the argument.
#[test]
fn numbers_at_and_past_their_bounds() {
    let root = root();
    let template = template();
    let failures = in_parallel(BOUNDS, |(command, name, at, past)| {
        let line = BASES
            .iter()
            .find(|b| b.starts_with(command) && leaf(&root, b).1 == command.split(' ').count())
            .unwrap();
        let (cmd, depth) = leaf(&root, line);
        let arg = cmd
            .get_arguments()
            .find(|a| shown(a) == *name)
            .unwrap_or_else(|| panic!("{command} has no {name}"));
        let mut wrong = Vec::new();
        if let Some(at) = at {
            let env = copy_of(&template);
            let args = with_value(cmd, depth, line, arg, OsStr::new(at));
            let out = run_os(&env, &args);
            if !out.status.success() {
                wrong.push(format!(
                    "lancer {}: the bound itself is refused: {}",
                    shell(&args),
                    String::from_utf8_lossy(&out.stderr)
                ));
            }
        }
        let env = copy_of(&template);
        let before = store_dump(&env.db);
        let args = with_value(cmd, depth, line, arg, OsStr::new(past));
        wrong.extend(refused(
            &template,
            &env,
            &before,
            &args,
            &[2],
            &[name.to_string()],
        ));
        wrong
    });
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The hostile values an import field of this JSON type is fed.
fn field_values(value: &Value) -> Vec<(&'static str, Value)> {
    let esc = json!("x\u{1b}]52;c;aGVsbG8=\u{7}y");
    let megabyte = json!("x".repeat(1 << 20));
    let mut values = vec![
        ("an OSC 52 clipboard write", esc.clone()),
        ("a bidi override", json!("abc\u{202e}fdp.exe")),
        ("a C1 CSI", json!("a\u{9b}2Jb")),
        ("a megabyte", megabyte.clone()),
    ];
    match value {
        Value::Number(_) => {
            values = vec![
                ("1e30", json!(1e30)),
                ("-1e30", json!(-1e30)),
                ("2^63", serde_json::from_str("9223372036854775808").unwrap()),
                ("a string", json!("12")),
                ("an escape", esc),
            ]
        }
        Value::Bool(_) => values = vec![("a string", json!("yes")), ("a number", json!(2))],
        Value::Array(_) => {
            values = vec![
                ("an escape inside", json!([esc])),
                ("a megabyte inside", json!([megabyte])),
                ("a string", json!("notalist")),
            ]
        }
        Value::Object(_) => {
            values = vec![
                ("an escape inside", json!({"name": esc})),
                ("a megabyte inside", json!({"name": megabyte})),
                ("a string", json!("notanobject")),
            ]
        }
        _ => {}
    }
    values
}

/// Every field of every kind of record, fed each hostile value through `import`.
#[test]
fn every_import_field_refuses_hostile_values() {
    let template = template();
    let export: Value =
        serde_json::from_str(&std::fs::read_to_string(template.path("template.json")).unwrap())
            .unwrap();
    let mut firsts: Vec<Value> = Vec::new();
    for record in export["records"].as_array().unwrap() {
        if !firsts.iter().any(|r| r["type"] == record["type"]) {
            firsts.push(record.clone());
        }
    }
    assert!(
        firsts.len() >= 14,
        "only {} record kinds in the template",
        firsts.len()
    );
    let failures = in_parallel(&firsts, |record| {
        let env = copy_of(&template);
        let before = store_dump(&env.db);
        let file = env.path("case.json");
        let mut wrong = Vec::new();
        // Imports `bytes` as the case file; what went wrong, if the refusal was not clean.
        let import = |bytes: &[u8], codes: &[i32], name: &str| {
            std::fs::write(&file, bytes).unwrap();
            let args = [OsString::from("import"), file.clone().into_os_string()];
            refused(&template, &env, &before, &args, codes, &[name.to_string()])
        };
        let object = record.as_object().unwrap();
        for (field, value) in object {
            if field == "type" {
                continue;
            }
            for (what, bad) in field_values(value) {
                let mut changed = object.clone();
                changed.insert(field.clone(), bad);
                let doc = json!({"lancer_export": 1, "records": [changed]});
                wrong.extend(
                    import(&serde_json::to_vec(&doc).unwrap(), &[2, 3, 4], field)
                        .map(|p| format!("{} {field} = {what}: {p}", record["type"])),
                );
            }
        }
        // Invalid UTF-8 inside a string: refused with the place named.
        let text =
            serde_json::to_string(&json!({"lancer_export": 1, "records": [record]})).unwrap();
        if let Some(at) = text.find("\":\"") {
            let mut bytes = text.into_bytes();
            bytes.splice(at + 3..at + 3, [0xff, 0xfe]);
            wrong.extend(
                import(&bytes, &[2], "line 1")
                    .map(|p| format!("{} invalid UTF-8: {p}", record["type"])),
            );
        }
        wrong
    });
    assert!(
        failures.is_empty(),
        "{} hostile import values were not refused cleanly:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
