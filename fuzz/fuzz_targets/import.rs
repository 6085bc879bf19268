#![no_main]
//! `lancer::fuzz::import` under libFuzzer: `bash fuzz/run.sh import 60`.
libfuzzer_sys::fuzz_target!(|data: &[u8]| lancer::fuzz::import(data));
