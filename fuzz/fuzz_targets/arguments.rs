#![no_main]
//! `lancer::fuzz::arguments` under libFuzzer: `bash fuzz/run.sh arguments 60`.
libfuzzer_sys::fuzz_target!(|data: &[u8]| lancer::fuzz::arguments(data));
