#![no_main]

use libfuzzer_sys::fuzz_target;
use rdp_doctor_wire::credssp::{decode_ts_request, der_message_len};

fuzz_target!(|data: &[u8]| {
    let _ = (der_message_len(data), decode_ts_request(data));
});
