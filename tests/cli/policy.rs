//! R30's detector against a labelled corpus: precision and recall must stay at least 0.95.

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
