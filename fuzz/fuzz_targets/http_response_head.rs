#![no_main]

use libfuzzer_sys::fuzz_target;
use rdp_doctor_wire::gateway::{auth_schemes, decode_response_head};

fuzz_target!(|data: &[u8]| {
    let _ = decode_response_head(data).map(|r| r.map(|(head, _)| auth_schemes(&head)));
});
