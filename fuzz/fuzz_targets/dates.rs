#![no_main]
//! `lancer::fuzz::dates` under libFuzzer: `bash fuzz/run.sh dates 60`.
libfuzzer_sys::fuzz_target!(|data: &[u8]| lancer::fuzz::dates(data));
