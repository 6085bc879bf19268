//! R30's check on a 5,000-character cover letter, in process (the figure in the README).
//!
//! Run: `cargo bench --bench contact`.

use lancer::rules::contact;

fn main() {
    divan::main();
}

const LETTER: &str = include_str!("data/letter.txt");

/// A clean letter full of look-alikes: prices, dates, versions, ids, quantities, coordinates.
#[divan::bench]
fn clean_letter_5000_chars() -> contact::Check {
    contact::check(divan::black_box(LETTER))
}

/// The same letter with an address, a phone number, a handle and a link at the end.
#[divan::bench]
fn letter_with_contact_details() -> contact::Check {
    static TEXT: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        let mut t = LETTER[..4850].to_string();
        t.push_str(
            " Write to dana dot reyes at gmail dot com, call +1 415 555 0134, \
             telegram @dana_r, or book at calendly.com/dana-reyes/30min.",
        );
        t
    });
    contact::check(divan::black_box(&TEXT))
}

/// A short message, the common case for messages and decline notes.
#[divan::bench]
fn short_message() -> contact::Check {
    contact::check(divan::black_box(
        "Thanks for the invite! I'm fully booked until March, so I have to pass this time.",
    ))
}
