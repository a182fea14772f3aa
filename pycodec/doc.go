// Package pycodec is CPython 3.13's text codecs for decoding bytes: the
// lookup of an encoding name (encodings.normalize_encoding and the alias
// table), and the decoders of every charmap codec (iso8859_*, cp*, mac_*,
// koi8_*, ...), the multibyte CJK table codecs (gbk, gb2312, gb18030, big5,
// big5hkscs, cp950, cp932, shift_jis*, euc_jp*, euc_kr, cp949, johab),
// UTF-8 (with and without signature), latin-1, ASCII and UTF-16/32, with
// CPython's UnicodeDecodeError messages.
//
// The facts are data: data/codecs.txt.gz, which scripts/codecs-data.sh
// writes from the oracle's encodings package (aliases, the 256 entries of
// each charmap, the multibyte codecs' byte sequences enumerated one by one
// and stored as runs). It is read once, on the first lookup of a codec that
// needs it; UTF-8, latin-1 and ASCII need nothing.
//
// The tokenizer uses it for PEP 263 coding declarations; the runtime's
// bytes.decode and _codecs will too.
package pycodec
