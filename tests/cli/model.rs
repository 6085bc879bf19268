//! A smaller model-based run that drives the binary itself: random sequences of commands with
//! the clock moving forward; after every step the exit code is one the SPEC names, a refused
//! step left the store unchanged, and `db check` passes. (The larger run, against the
//! operations layer and a reference model, is in `src/app/model_tests.rs`.)

use proptest::prelude::*;

use crate::common::Env;

const LETTER: &str = "Hello, I have done this kind of work many times and can start this week.";
const STEPS: [i64; 5] = [1, 7, 8 * 24, 30 * 24, 366 * 24];

/// A command line with `{i}`, `{p}`, `{o}`, `{c}`, `{j}` standing for a record's id.
fn commands() -> Vec<&'static str> {
    vec![
        "invites receive --job {j}",
        "invite accept {i} --rate 45 --cover-letter LETTER",
        "invite accept {i} --bid 300 --cover-letter LETTER --boost 2",
        "invite decline {i} --reason too-busy",
        "invite ignore {i}",
        "invite mark-withdrawn {i}",
        "proposals submit --job {j} --rate 45 --cover-letter LETTER",
        "proposals submit --job {j} --bid 300 --cover-letter LETTER --profile Spec --boost 1",
        "proposal withdraw {p} --reason schedule-conflict",
        "proposal boost {p} 3",
        "proposal mark-viewed {p}",
        "proposal mark-declined {p}",
        "proposal mark-outbid {p}",
        "proposal edit {p} --cover-letter LETTER",
        "messages receive {p} Hello",
        "messages send {p} Thanks",
        "offers receive --proposal {p}",
        "offer accept {o}",
        "offer decline {o} --reason rate-too-low",
        "contract end {c}",
        "job close {j} --reason filled",
        "job close {j} --reason cancelled",
        "connects buy 5",
        "connects grant",
        "connects spend --for profile-boost 3",
    ]
}

fn world() -> Env {
    let env = Env::new();
    env.ok(&["clients", "add", "Acme"]);
    for (budget, amount) in [
        ("--fixed", "300"),
        ("--hourly", "30-60"),
        ("--fixed", "900"),
    ] {
        env.ok(&[
            "jobs",
            "add",
            "--client",
            "1",
            "--title",
            "Job",
            budget,
            amount,
            "--posted-at",
            "2026-01-01T00:00:00Z",
        ]);
    }
    env.ok(&["profiles", "add", "Dana", "--rate", "50"]);
    env.ok(&["profiles", "add", "Spec", "--specialized", "--rate", "80"]);
    env.ok(&["connects", "buy", "30"]);
    env
}

fn run_sequence(steps: &[(usize, u8, u8)]) -> Result<(), TestCaseError> {
    let mut env = world();
    let mut now: jiff::Timestamp = crate::common::NOW.parse().unwrap();
    let all = commands();
    for (k, &(which, id, advance)) in steps.iter().enumerate() {
        if advance < 2 {
            use jiff::ToSpan;
            now = now
                .checked_add(STEPS[id as usize % STEPS.len()].hours())
                .unwrap();
            env.now = now.to_string();
        }
        let line = all[which % all.len()];
        let n = (id % 4 + 1).to_string();
        let j = (id % 3 + 1).to_string();
        let args: Vec<String> = line
            .split(' ')
            .map(|w| match w {
                "{i}" | "{p}" | "{o}" | "{c}" => n.clone(),
                "{j}" => j.clone(),
                "LETTER" => LETTER.to_string(),
                w => w.to_string(),
            })
            .collect();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let before = env.snapshot();
        let out = env.run(&args);
        let code = out.status.code();
        prop_assert!(
            matches!(code, Some(0 | 2 | 3 | 4)),
            "step {k} lancer {args:?}: exit {code:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        if code != Some(0) {
            prop_assert!(
                env.snapshot() == before,
                "step {k} lancer {args:?} was refused but changed the store"
            );
        }
        let check = env.run(&["db", "check"]);
        prop_assert!(
            check.status.success(),
            "after step {k} lancer {args:?}: {}",
            String::from_utf8_lossy(&check.stdout)
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 6, ..ProptestConfig::default() })]

    /// Random command sequences through the binary keep the store valid, and a refusal
    /// writes nothing.
    #[test]
    fn random_command_sequences_keep_the_store_valid(
        steps in proptest::collection::vec((0usize..64, any::<u8>(), 0u8..8), 30..50)
    ) {
        run_sequence(&steps)?;
    }
}
