/* Stand-in for the macOS SDK's stdlib.h, for `cargo check` only (see README.md). */
#pragma once
#include <stddef.h>
void abort(void);
