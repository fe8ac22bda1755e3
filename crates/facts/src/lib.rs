//! Sans-IO parsers for the output of the standard Windows commands host mode and the client
//! checks run. Pure functions on text, compiled and tested on every platform against recorded
//! outputs in `samples/` (English and German Windows).
