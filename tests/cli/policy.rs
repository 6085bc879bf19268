//! R30 end to end: the old hand-written regression corpus, look-alikes that must pass, findings with spans and confidence, warnings that never refuse.

use lancer::rules::contact::find_contact_info;

#[test]
fn contact_detector_precision_and_recall() {
    let corpus = include_str!("../data/contact_corpus.tsv");
    let (mut tp, mut fp, mut fn_, mut tn) = (0, 0, 0, 0);
    let mut misses = Vec::new();
    for line in corpus
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let (label, text) = line.split_once('\t').expect("label<TAB>sentence");
        let expected = label == "1";
        let found = !find_contact_info(text).is_empty();
        match (expected, found) {
            (true, true) => tp += 1,
            (false, true) => {
                fp += 1;
                misses.push(format!(
                    "false positive: {text} -> {:?}",
                    find_contact_info(text)
                ));
            }
            (true, false) => {
                fn_ += 1;
                misses.push(format!("missed: {text}"));
            }
            (false, false) => tn += 1,
        }
    }
    assert!(
        tp + fn_ >= 60 && tn + fp >= 60,
        "the corpus needs 60 of each"
    );
    let precision = f64::from(tp) / f64::from(tp + fp);
    let recall = f64::from(tp) / f64::from(tp + fn_);
    println!(
        "contact detector: {} positive, {} negative sentences; precision {precision:.3}, recall {recall:.3}",
        tp + fn_,
        tn + fp
    );
    for m in &misses {
        println!("  {m}");
    }
    assert!(
        precision >= 0.95 && recall >= 0.95,
        "precision {precision:.3}, recall {recall:.3}\n{}",
        misses.join("\n")
    );
}

/// A client, an hourly public job `pub`, a profile and Connects to submit with.
fn submit_world() -> crate::common::Env {
    crate::proposals::world()
}

/// R30: numbers and names that only look like contact details pass in a real submission.
#[test]
fn a_letter_full_of_look_alikes_is_accepted() {
    let env = submit_world();
    let letter = "Thank you for the invitation. Invoice INV-2024-00731 covers the audit; \
        the parts are SKU 4006381333931 and ISBN 978-3-16-148410-0, serial SN A7X9-22831-0045, \
        ticket #4829173. I ship v2.14.3 (build 20240511.3) for $12,500 or 1.250,00 € by \
        2024-05-01 or 05/06/2024, from the office at 40.7128, -74.0060, importing \
        1 250 000 rows a day since 1717171717 (error at line 10432). I build Telegram bots \
        and we can talk on Zoom here; see github.com/acme/widgets for the code.";
    let out = env.json(&[
        "proposals",
        "submit",
        "--job",
        "pub",
        "--rate",
        "55",
        "--cover-letter",
        letter,
    ]);
    assert_eq!(out["status"], "submitted", "{out}");
    let warnings = out["warnings"].as_array().unwrap();
    assert!(
        warnings
            .iter()
            .all(|w| w["confidence"].as_f64().unwrap() < 0.7),
        "{warnings:?}"
    );
}

/// R30: each finding carries its kind, the text as written, its byte span and a confidence;
/// `--explain` says why.
#[test]
fn policy_check_reports_kind_text_span_and_confidence() {
    let env = crate::common::Env::new();
    let text = "Hé — write to dana.r at gmail or call +44 7700 900123, and see t.me/danar";
    let out = env.run(&["policy", "check", "--json", text]);
    assert_eq!(out.status.code(), Some(4));
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let found: Vec<(String, String)> = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let (s, e) = (
                f["start"].as_u64().unwrap() as usize,
                f["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&text[s..e], f["text"].as_str().unwrap(), "span of {f}");
            let c = f["confidence"].as_f64().unwrap();
            assert!((0.7..=1.0).contains(&c), "{f}");
            assert!(!f["reasons"].as_array().unwrap().is_empty(), "{f}");
            (
                f["kind"].as_str().unwrap().to_string(),
                f["text"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let want = [
        ("email", "dana.r at gmail"),
        ("phone", "+44 7700 900123"),
        ("link", "t.me/danar"),
    ];
    assert_eq!(
        found,
        want.map(|(k, t)| (k.to_string(), t.to_string())).to_vec()
    );

    let explained = env.run(&["policy", "check", "--explain", "call me: 415 555 0134"]);
    assert_eq!(explained.status.code(), Some(4));
    let text = String::from_utf8(explained.stdout).unwrap();
    assert!(text.contains("refuse\tphone"), "{text}");
    assert!(text.contains("'call' nearby"), "{text}");
    assert!(text.contains("not looked up"), "{text}");
    // Without words around it, libphonenumber's metadata decides, and says so.
    let bare = env.run(&["policy", "check", "--explain", "415 555 0134"]);
    assert_eq!(bare.status.code(), Some(4));
    let text = String::from_utf8(bare.stdout).unwrap();
    assert!(text.contains("a valid number in US"), "{text}");
}

/// R30: an uncertain finding is a warning: shown, in JSON, and never a refusal.
#[test]
fn uncertain_findings_warn_and_never_refuse() {
    let env = crate::common::Env::new();
    let id = env.json(&["policy", "check", "reference 4155550134"]);
    assert_eq!(id["findings"].as_array().unwrap().len(), 0, "{id}");
    assert_eq!(id["warnings"].as_array().unwrap().len(), 0, "{id}");
    let r = env.json(&["policy", "check", "see 4155550199 in the tracker"]);
    assert_eq!(r["allowed"], true);
    assert_eq!(r["findings"].as_array().unwrap().len(), 0);
    let w = &r["warnings"][0];
    assert_eq!(w["kind"], "phone");
    assert_eq!(w["text"], "4155550199");
    let c = w["confidence"].as_f64().unwrap();
    assert!((0.4..0.7).contains(&c), "{w}");

    // The same in a real message: allowed, with the warning on stderr and in the JSON.
    let env = submit_world();
    env.ok(&[
        "proposals",
        "submit",
        "--job",
        "pub",
        "--rate",
        "55",
        "--cover-letter",
        "Thank you for posting this. I have shipped three similar tools.",
    ]);
    env.ok(&["messages", "receive", "1", "Hi! What is the ticket?"]);
    let out = env.run(&[
        "messages",
        "send",
        "1",
        "It is 4155550199, as in the tracker.",
    ]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("may be contact information"), "{err}");
}

/// R30: a refused text changes nothing in the store.
#[test]
fn a_refused_obfuscated_letter_changes_nothing() {
    let env = submit_world();
    let before = env.snapshot();
    for letter in [
        "Thanks! Reach me: maria arroba gmail punto com",
        "Thanks! Ruf an: null eins fünf eins, zwei drei vier, fünf sechs sieben acht",
        "Thanks! Mon pseudo Discord : lucas_draws",
        "Thanks! k e n j i . d e v @ g m a i l . c o m",
        "Thanks! dana\u{200B}@exa\u{200B}mple.com",
    ] {
        let err = env.fails(
            4,
            &[
                "proposals",
                "submit",
                "--job",
                "pub",
                "--rate",
                "55",
                "--cover-letter",
                letter,
            ],
        );
        assert!(err.contains("contact information"), "{letter}: {err}");
    }
    assert_eq!(env.snapshot(), before);
}
