// ArchiveMatching: the lookups the text and extraction scans make at nearly every character.
//
// What it holds, and the standard type each one stands in for:
//
// - ScalarSet, ScalarMap (one scalar), ScalarPairSet (two neighbouring scalars): a
//   Set/Dictionary keyed by scalars, in one open-addressed table of 32-bit keys (ScalarSlots)
//   hashed by one multiply and probed linearly.
// - ScalarBitmap: a set of BMP scalars as one bit each, for the large classes (Han, traditional
//   only, simplified only) asked about at every character of a document.
// - ScalarKeyedTable: a read-only Dictionary keyed by 64 bits (a trie node and a scalar).
// - PhraseTable: longest-first phrase matching at a position, phrases grouped by first scalar.
// - PatternHead: what every match of a regular expression starts with (alternatives split at a
//   top-level `|`, a count of leading digits), so a pattern is tried only where a match can start.
//
// Why they are correct: each answers exactly what the type it replaces would. The hashed tables
// keep every key they were built with, at most half full, so a probe ends at the key or at an empty
// slot; UInt32.max (or UInt64.max) marks an empty slot and cannot be a key (pairs that would pack to
// it are kept aside). PhraseTable compares whole phrases, longest first within a first scalar, as
// trying each phrase in order of length would. PatternHead is conservative: when it cannot read a
// pattern's head (a class, an optional group, a lookahead, an escape it does not know) it answers
// "anywhere" (zero leading digits), so a pre-filter built on it can skip a position only where the
// pattern cannot match.
//
// What they buy: `Set<Unicode.Scalar>` and `[Unicode.Scalar: V]` pay a seeded SipHash per
// question, and trying an ICU pattern at every position of a report pays a call per position; the
// scans ask millions of such questions per second of ingest, and these answer with a multiply and a
// load, or a bit test. Measurements are in Benchmarks/README.md.
//
// Across modules: the scans that ask are in other targets (ArchiveText, ArchiveExtract), compiled
// module by module. The lookups and the generic PhraseTable's matching are public and @inlinable,
// so each caller's module specializes and inlines them as if they were its own; behind `package`
// without @inlinable every call went through the runtime's generic metadata.
//
// They know no words of the language; the words come from data/ through ArchiveExtract.
