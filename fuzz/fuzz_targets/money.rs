#![no_main]
//! `lancer::fuzz::money` under libFuzzer: `bash fuzz/run.sh money 60`.
libfuzzer_sys::fuzz_target!(|data: &[u8]| lancer::fuzz::money(data));
