//! R30's detector measured on labelled sentences (`tests/data/contact/`).
//!
//! `test.jsonl` was written, with `dev.jsonl`, by people who had not seen the detector, split
//! at random before any tuning, and is never edited: a test pins its hash. The detector is
//! tuned on `dev.jsonl` only. A finding matches a label when the kinds agree and the two spans
//! share at least half of the longer one (where the label's text occurs more than once, any
//! occurrence may match); anything else found is a false positive.
//!
//! Print the figures: `cargo test --test cli contact_corpus -- --nocapture`.

use std::collections::BTreeMap;

use lancer::rules::contact::{Finding, scan};
use serde::Deserialize;

#[derive(Deserialize)]
struct Line {
    text: String,
    findings: Vec<Label>,
    lang: String,
}

#[derive(Deserialize)]
struct Label {
    kind: String,
    text: String,
}

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: u32,
    fp: u32,
    fn_: u32,
}

impl Counts {
    fn precision(self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            f64::from(self.tp) / f64::from(self.tp + self.fp)
        }
    }
    fn recall(self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            f64::from(self.tp) / f64::from(self.tp + self.fn_)
        }
    }
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

struct Report {
    sentences: usize,
    by_kind: BTreeMap<String, Counts>,
    by_lang: BTreeMap<String, Counts>,
    /// Sentence level: refused when it should be, allowed when it should be.
    refused_right: u32,
    refused_wrong: u32,
    allowed_wrong: u32,
    exact_text: u32,
    warnings: u32,
    /// Why labelled details were missed: nothing there, only a warning, or another kind.
    missed_nothing: u32,
    missed_warning: u32,
    missed_other_kind: u32,
    misses: Vec<String>,
}

impl Report {
    fn overall(&self) -> Counts {
        let mut all = Counts::default();
        for c in self.by_kind.values() {
            all.add(*c);
        }
        all
    }

    fn print(&self, name: &str) {
        let all = self.overall();
        println!(
            "\n{name}: {} sentences, {} labelled findings",
            self.sentences,
            all.tp + all.fn_
        );
        println!("| kind | labelled | found | precision | recall |");
        println!("|---|---|---|---|---|");
        for (kind, c) in self.by_kind.iter().chain([(&"all".to_string(), &all)]) {
            println!(
                "| {kind} | {} | {} | {:.3} | {:.3} |",
                c.tp + c.fn_,
                c.tp + c.fp,
                c.precision(),
                c.recall()
            );
        }
        let langs: Vec<String> = self
            .by_lang
            .iter()
            .map(|(l, c)| format!("{l} P {:.3} R {:.3}", c.precision(), c.recall()))
            .collect();
        println!("by language: {}", langs.join(", "));
        println!(
            "sentences refused rightly {}, refused wrongly {}, allowed wrongly {}; \
             matched findings with the labelled text exactly {} of {}; warnings {}",
            self.refused_right,
            self.refused_wrong,
            self.allowed_wrong,
            self.exact_text,
            all.tp,
            self.warnings
        );
        println!(
            "missed details: {} found nothing, {} only warned, {} found as another kind or span",
            self.missed_nothing, self.missed_warning, self.missed_other_kind
        );
    }
}

fn norm(s: &str) -> String {
    s.trim_matches(|c: char| c.is_whitespace() || ".,;:!?\"'()[]".contains(c))
        .to_lowercase()
}

fn evaluate(corpus: &str) -> Report {
    let mut r = Report {
        sentences: 0,
        by_kind: BTreeMap::new(),
        by_lang: BTreeMap::new(),
        refused_right: 0,
        refused_wrong: 0,
        allowed_wrong: 0,
        exact_text: 0,
        warnings: 0,
        missed_nothing: 0,
        missed_warning: 0,
        missed_other_kind: 0,
        misses: Vec::new(),
    };
    for (n, raw) in corpus.lines().enumerate() {
        if raw.trim().is_empty() {
            continue;
        }
        let line: Line =
            serde_json::from_str(raw).unwrap_or_else(|e| panic!("line {}: {e}", n + 1));
        r.sentences += 1;
        let all = scan(&line.text);
        let found: Vec<&Finding> = all.iter().filter(|f| f.refuses()).collect();
        r.warnings += u32::try_from(all.len() - found.len()).unwrap();
        let mut used = vec![false; found.len()];
        let lang = r.by_lang.entry(line.lang.clone()).or_default();
        let mut sentence = Counts::default();
        for label in &line.findings {
            // A label is text, not a span: where its text occurs more than once (a handle
            // that is also an email's domain), the occurrence a finding matches is the one.
            let hit_at = |start: usize| {
                let end = start + label.text.len();
                found.iter().enumerate().position(|(i, f)| {
                    !used[i] && f.kind.as_str() == label.kind && {
                        let overlap = end.min(f.end).saturating_sub(start.max(f.start));
                        2 * overlap >= (end - start).max(f.end - f.start)
                    }
                })
            };
            let starts: Vec<usize> = line
                .text
                .match_indices(&label.text)
                .map(|(i, _)| i)
                .collect();
            assert!(!starts.is_empty(), "line {}: label not in text", n + 1);
            let start = starts
                .iter()
                .copied()
                .find(|s| hit_at(*s).is_some())
                .unwrap_or(starts[0]);
            let end = start + label.text.len();
            let hit = hit_at(start);
            let c = r.by_kind.entry(label.kind.clone()).or_default();
            match hit {
                Some(i) => {
                    used[i] = true;
                    c.tp += 1;
                    sentence.tp += 1;
                    if norm(&found[i].text) == norm(&label.text) {
                        r.exact_text += 1;
                    }
                }
                None => {
                    c.fn_ += 1;
                    sentence.fn_ += 1;
                    let near = |f: &&Finding| start < f.end && end > f.start;
                    if found.iter().any(near) {
                        r.missed_other_kind += 1;
                    } else if all.iter().filter(|f| !f.refuses()).any(|f| near(&f)) {
                        r.missed_warning += 1;
                    } else {
                        r.missed_nothing += 1;
                    }
                    r.misses.push(format!(
                        "line {}: missed {} '{}' in: {}\n    found: {:?}",
                        n + 1,
                        label.kind,
                        label.text,
                        line.text,
                        all.iter()
                            .map(|f| format!("{} '{}' {:.2}", f.kind, f.text, f.confidence))
                            .collect::<Vec<_>>()
                    ));
                }
            }
        }
        for (i, f) in found.iter().enumerate() {
            if !used[i] {
                r.by_kind.entry(f.kind.as_str().to_string()).or_default().fp += 1;
                sentence.fp += 1;
                r.misses.push(format!(
                    "line {}: wrongly found {} '{}' ({:.2}: {}) in: {}",
                    n + 1,
                    f.kind,
                    f.text,
                    f.confidence,
                    f.reasons.join("; "),
                    line.text
                ));
            }
        }
        lang.add(sentence);
        match (line.findings.is_empty(), found.is_empty()) {
            (false, false) => r.refused_right += 1,
            (true, false) => r.refused_wrong += 1,
            (false, true) => r.allowed_wrong += 1,
            (true, true) => {}
        }
    }
    r
}

const TEST_SET: &str = include_str!("../data/contact/test.jsonl");
const DEV_SET: &str = include_str!("../data/contact/dev.jsonl");
/// The test set's SHA-256, pinned when it was committed: it must never change.
const TEST_SET_SHA256: &str = "8ae01843320d2e213bee39b75a5b08a1d2337153d17f8a43f741ebcc82e84621";

#[test]
fn contact_corpus_test_set_is_frozen() {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(TEST_SET.as_bytes());
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(
        hex, TEST_SET_SHA256,
        "tests/data/contact/test.jsonl is frozen"
    );
}

/// The targets: precision and recall at least 0.98 overall and 0.95 for each kind.
const TEST_FLOOR_OVERALL: (f64, f64) = (0.98, 0.98);
const TEST_FLOOR_KIND: f64 = 0.95;

#[test]
fn contact_corpus_test_set() {
    let r = evaluate(TEST_SET);
    r.print("held-out test set (tests/data/contact/test.jsonl)");
    assert!(
        r.sentences >= 400,
        "the test set has {} sentences",
        r.sentences
    );
    let all = r.overall();
    assert!(
        all.precision() >= TEST_FLOOR_OVERALL.0 && all.recall() >= TEST_FLOOR_OVERALL.1,
        "overall precision {:.3}, recall {:.3}",
        all.precision(),
        all.recall()
    );
    for (kind, c) in &r.by_kind {
        assert!(
            c.precision() >= TEST_FLOOR_KIND && c.recall() >= TEST_FLOOR_KIND,
            "{kind}: precision {:.3}, recall {:.3}",
            c.precision(),
            c.recall()
        );
    }
}

#[test]
fn contact_corpus_dev_set() {
    let r = evaluate(DEV_SET);
    r.print("development set (tests/data/contact/dev.jsonl)");
    if std::env::var_os("LANCER_SHOW_MISSES").is_some() {
        for m in &r.misses {
            println!("{m}");
        }
    }
    let all = r.overall();
    assert!(
        all.precision() >= 0.98 && all.recall() >= 0.98,
        "overall precision {:.3}, recall {:.3}",
        all.precision(),
        all.recall()
    );
}

/// Any other labelled file in the same format: `LANCER_CORPUS=path cargo test --test cli
/// contact_corpus_file -- --nocapture` prints its figures (nothing is asserted).
#[test]
fn contact_corpus_file() {
    let Some(path) = std::env::var_os("LANCER_CORPUS") else {
        return;
    };
    let text = std::fs::read_to_string(&path).expect("LANCER_CORPUS names a readable file");
    let r = evaluate(&text);
    r.print(&path.to_string_lossy());
    if std::env::var_os("LANCER_SHOW_MISSES").is_some() {
        for m in &r.misses {
            println!("{m}");
        }
    }
}
