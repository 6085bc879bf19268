//! Output is byte-identical across speed work: a seeded store's lists, cards, stats, log and
//! export compared with files recorded before that work began (`tests/data/golden/`, one
//! command a line in `CASES.tsv`). `LANCER_BLESS=1` rewrites them, for an intended change of
//! output only; the commit that does so says why.

use crate::common::Env;

const CASES: &str = include_str!("../data/golden/CASES.tsv");

#[test]
fn outputs_match_the_recorded_ones() {
    let env = Env::bare();
    env.ok(&["seed", "--invites", "120", "--seed", "7", "-q"]);
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/golden");
    let bless = std::env::var_os("LANCER_BLESS").is_some();
    let mut differ = Vec::new();
    for line in CASES.lines().filter(|l| !l.trim().is_empty()) {
        let (name, args) = line.split_once('\t').expect("name<TAB>command");
        let args: Vec<&str> = args.split_whitespace().collect();
        let got = env.ok(&args);
        let path = dir.join(name);
        if bless {
            std::fs::write(&path, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&path).unwrap_or_default();
        if got != want {
            let at = got
                .bytes()
                .zip(want.bytes())
                .position(|(a, b)| a != b)
                .unwrap_or(got.len().min(want.len()));
            let show = |s: &str| {
                s.get(at.saturating_sub(40)..(at + 40).min(s.len()))
                    .unwrap_or("")
                    .to_string()
            };
            differ.push(format!(
                "lancer {}: differs from {name} at byte {at}\n    got:  {:?}\n    want: {:?}",
                args.join(" "),
                show(&got),
                show(&want)
            ));
        }
    }
    assert!(differ.is_empty(), "{}", differ.join("\n"));
}

/// A list's JSON is written straight from the rows where it can be; it is the same text the
/// records themselves serialize to (asking for every field by name takes that path), on
/// either plan, with offsets, limits and filters.
#[test]
fn list_json_from_the_rows_is_the_records_own() {
    let env = Env::bare();
    env.ok(&["seed", "--invites", "300", "--seed", "11", "-q"]);
    // Every field of an invite, in order (a field added to invites and not here fails below).
    let all = "id,uid,job_id,job_title,client_id,client_name,pay_type,bid_low_cents,bid_avg_cents,\
               bid_high_cents,kind,status,message,received_at,responded_at,viewed_at,withdrawn_at,\
               decline_reason,decline_message,referral,interview,proposal_id,score,created_at,\
               interview_required,interview_started_at,interview_submitted_at";
    for plan in ["basic", "plus"] {
        env.ok(&["config", "set", "plan", plan]);
        for extra in [
            &[][..],
            &["--offset", "7", "--limit", "40"],
            &["--status", "pending"],
            &["--sort", "oldest", "--limit", "250"],
        ] {
            for format in ["json", "ndjson"] {
                let mut args = vec!["invites", "list", "--format", format];
                args.extend_from_slice(extra);
                let plain = env.ok(&args);
                args.extend_from_slice(&["--fields", all]);
                assert_eq!(plain, env.ok(&args), "{plan}: {}", args.join(" "));
                assert!(plain.len() > 1000, "{plan}: {}", args.join(" "));
            }
        }
    }
}
