#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = rdp_doctor_wire::cmdline::parse_command_line(&String::from_utf8_lossy(data)).shown();
});
