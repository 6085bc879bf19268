//! Start-up: every command pays the cost of starting the process, so two link choices keep it
//! small on Linux with glibc.
//!
//! - The `lancer` binary is a position-dependent executable: with no load-time relocations to
//!   apply, every command starts about a millisecond sooner.
//! - Rust's standard library asks for the shared unwinder `libgcc_s.so.1` by name. Loading it
//!   costs an extra library to find, map and relocate, and its constructor probes the CPU
//!   (slow under a hypervisor). The same unwinder ships as the static archive `libgcc_eh.a`
//!   with the C compiler; when that archive is found, it is offered to the linker under the
//!   name `libgcc_s.a` in a folder searched first, so the unwinder is linked in instead. Panics
//!   and backtraces work as before. Without the archive, the link is left as it was.
use std::path::PathBuf;
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=CC");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os != "linux" {
        return;
    }
    println!("cargo:rustc-link-arg-bins=-no-pie");
    if env != "gnu" {
        return;
    }
    let Some(archive) = static_unwinder() else {
        return;
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let dir = out.join("unwind");
    let target = dir.join("libgcc_s.a");
    let copied = std::fs::create_dir_all(&dir)
        .and_then(|()| std::fs::copy(&archive, &target))
        .is_ok();
    if copied {
        println!("cargo:rustc-link-search=native={}", dir.display());
    }
}

/// The C compiler's static unwinder archive, if it has one.
fn static_unwinder() -> Option<PathBuf> {
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    let output = Command::new(cc)
        .arg("-print-file-name=libgcc_eh.a")
        .output()
        .ok()?;
    if !output.status.success() {
        return None;
    }
    let path = PathBuf::from(String::from_utf8(output.stdout).ok()?.trim());
    // The compiler echoes the bare name back when it has no such file.
    (path.is_absolute() && path.is_file()).then_some(path)
}
