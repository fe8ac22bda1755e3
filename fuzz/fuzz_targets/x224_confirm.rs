#![no_main]

use libfuzzer_sys::fuzz_target;
use rdp_doctor_wire::x224::{decode_connection_confirm, tpkt_packet_len};

fuzz_target!(|data: &[u8]| {
    let _ = (tpkt_packet_len(data), decode_connection_confirm(data));
});
