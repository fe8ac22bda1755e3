//! The rules, one module per area, each named after what it judges: evidence in, findings out.
//! A rule decides which finding applies and with which facts; how it reads lives in the
//! message catalogue, how findings are built in [`crate::finding`], their order in
//! [`crate::rank`].

mod certificate;
mod client;
mod dns;
mod file;
mod gateway;
pub(crate) mod host;
mod input;
mod network;
mod nla;
mod quality;
mod reach;
mod security;
mod service;
mod tls;

use rdp_doctor_model::{Evidence, Finding};

use crate::Context;

/// Evidence in, findings out, most important first.
pub fn diagnose(evidence: &Evidence, ctx: &Context<'_>) -> Vec<Finding> {
    crate::finding::with_neutral_evidence(|| worded(evidence, ctx))
}

fn worded(evidence: &Evidence, ctx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    input::error_code(ctx, &mut out);
    dns::dns(evidence, ctx, &mut out);
    network::network(evidence, &mut out);
    reach::reach(evidence, ctx, &mut out);
    security::rdp(evidence, ctx, &mut out);
    service::what_listens(evidence, ctx, &mut out);
    tls::tls(evidence, &mut out);
    certificate::certificate(evidence, ctx, &mut out);
    nla::nla(evidence, ctx, &mut out);
    match &evidence.watch {
        Some(watch) => quality::watched_quality(watch, &mut out),
        None => quality::quality(evidence, &mut out),
    }
    gateway::gateway(evidence, &mut out);
    file::file_settings(ctx, &mut out);
    reach::alternate_address(evidence, ctx, &mut out);
    gateway::through_gateway(evidence, ctx, &mut out);
    client::client(evidence, ctx, &mut out);
    crate::rank::rank(&mut out, ctx);
    out
}
