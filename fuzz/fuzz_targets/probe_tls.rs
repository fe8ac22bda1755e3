#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| rdp_doctor_fuzzing::oracles::probe_tls(data));
