// Package sre is CPython 3.13's regular-expression engine (Modules/_sre:
// sre.c and sre_lib.h), the machine under the stdlib's pure-Python re
// package. re._compiler turns a pattern into a list of int codes
// (Lib/re/_constants.py: OPCODES, ATCODES, CHCODES, MAGIC 20230612); this
// package validates such a list (Compile, as _validate does: a bad list is
// ErrInvalidCode, never a panic) and runs it over a subject.
//
// The machine: a State holds a subject (bytes, or a str as WTF-8 viewed as
// code points: an ASCII str's own bytes, a Latin-1 str decoded to bytes,
// anything wider decoded once to runes), the window [pos, endpos), the
// marks (two code point offsets per group, -1 unset) with lastmark and
// lastindex, and the stack of match frames. run is SRE(match): a dispatch
// loop over the codes in which every place where sre_lib.h recurses (a
// BRANCH alternative, a REPEAT_ONE tail, an UNTIL's item or tail, an
// assertion, an atomic group, a possessive repeat) pushes a frame with the
// continuation to resume at and restarts the loop, so backtracking over long
// subjects grows a heap slice, never the Go stack. Marks are saved and
// restored on a data stack exactly where sre_lib.h does (MARK_PUSH when a
// repeat is active, LASTMARK_SAVE/RESTORE), which is what makes group
// spans, lastindex and the zero-width-repeat rules (last_ptr) CPython's.
// search is SRE(search): the INFO block's literal prefix (with its overlap
// table, KMP-style) or first-character charset skips ahead; otherwise every
// position is tried, the first as "toplevel" so that must_advance applies.
//
// Repeated searches (findall, finditer, sub, split, the scanner) are the
// caller's loop: Reset, Search (or Match), read the marks, Advance. Advance
// is 3.13's empty-match rule: after an empty match the next match may start
// at the same place but must not be empty there (must_advance).
//
// Character predicates are _sre's: ASCII categories for the plain codes,
// Py_UNICODE_ISDECIMAL/ISSPACE/ISLINEBREAK/ISALNUM for the UNI_ ones and
// Py_UNICODE_TOLOWER/TOUPPER for case folding, from data/unicode.txt.gz
// (written from the oracle by scripts/sre_unicode.py). LOCALE codes behave
// as CPython does under a UTF-8 or C LC_CTYPE: only ASCII is alphanumeric
// or cased. BIGCHARSET block tables are read in little-endian byte order,
// which is what re._compiler produces on the machines peglab runs on.
//
// State.Check, if set, is called every 4096 steps; its error stops the
// match (the VM's signal check). A Go panic inside the engine (a bug, or a
// code list the validator accepts but CPython would read out of bounds
// with) is reported as ErrInternal, never propagated.
//
// Tests: testdata/cases.jsonl.gz, written by scripts/sre_golden.py from
// the oracle (patterns of Lib/test/re_tests.py and Lib/test/test_re.py,
// compiled by the oracle's re._compiler, plus a directed set), replayed
// with no Python; testdata/validate.jsonl.gz (scripts/sre_validate_golden.py)
// holds mutated code lists with the oracle validator's verdicts; fuzz
// targets for random code lists and random patterns.
package sre
