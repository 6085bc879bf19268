//! The README's tour runs as written: its `sh` blocks, in order, in a fresh folder, as one
//! script under `set -euo pipefail`, with `lancer` on the PATH.

#[test]
fn the_readme_tour_runs_top_to_bottom() {
    let readme = include_str!("../../README.md");
    assert!(
        readme.contains("cargo install --path ."),
        "the README says how to put lancer on the PATH"
    );
    let mut script = String::from("set -euo pipefail\n");
    let mut inside = false;
    let mut blocks = 0;
    for line in readme.lines() {
        if inside {
            if line.starts_with("```") {
                inside = false;
            } else {
                script.push_str(line);
                script.push('\n');
            }
        } else if line == "```sh" {
            inside = true;
            blocks += 1;
        }
    }
    assert!(blocks >= 6, "the tour has {blocks} blocks");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("tour.sh"), &script).unwrap();
    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_lancer"))
        .parent()
        .unwrap()
        .to_path_buf();
    let path = std::env::join_paths(std::iter::once(bin).chain(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    )))
    .unwrap();
    let mut tour = std::process::Command::new("bash");
    tour.arg("-x")
        .arg("tour.sh")
        .current_dir(dir.path())
        .env_clear()
        .env("PATH", path)
        .env("HOME", dir.path())
        .env("LANCER_NOW", crate::common::NOW);
    // On the test server the tour's store is a database of its own (the tour keeps a
    // LANCER_DB it is given).
    let server = crate::common::server().map(|_| crate::common::Env::bare());
    if let Some(env) = &server {
        tour.env("LANCER_DB", &env.db);
    }
    let out = tour.output().expect("bash runs");
    assert!(
        out.status.success(),
        "the README tour failed ({:?}); the trace ends:\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
            .lines()
            .rev()
            .take(15)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect::<Vec<_>>()
            .join("\n")
    );
    // The tour's store holds what it built.
    let db = dir.path().join("demo.db");
    assert!(db.exists() || server.is_some());
    assert!(dir.path().join("copy.db").exists());
}
