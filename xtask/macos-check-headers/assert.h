/* Stand-in for the macOS SDK's assert.h, for `cargo check` only (see README.md). */
#pragma once
#define assert(x) ((void)0)
