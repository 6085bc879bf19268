#![no_main]
//! `lancer::fuzz::contact` under libFuzzer: `bash fuzz/run.sh contact 60`.
libfuzzer_sys::fuzz_target!(|data: &[u8]| lancer::fuzz::contact(data));
