#![no_main]

use libfuzzer_sys::fuzz_target;
use rdp_doctor_wire::service::classify_reply;

fuzz_target!(|data: &[u8]| {
    let _ = classify_reply(data, false);
    let _ = classify_reply(data, true);
});
