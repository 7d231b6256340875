// A thin C shim over the system ICU (libicuuc, libicui18n).
//
// This header deliberately includes no <unicode/...> header and exposes plain C types only:
// ICU renames every symbol with a version suffix through macros Swift cannot see, and
// Foundation on Linux carries a private ICU whose headers clash with the system's.
// Text is UTF-16 (`uint16_t`), ICU's code unit; lengths and offsets are in UTF-16 code units.
// Status values are ICU's UErrorCode numbers: 0 is success, > 0 is failure, < 0 a warning.
#ifndef CICU_H
#define CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Returns ICU's name for a status code, such as "U_ILLEGAL_ARGUMENT_ERROR".
const char *cicu_status_name(int32_t status);

/// Returns the ICU version string, such as "72.1".
const char *cicu_version(void);

// MARK: Sentence break iteration

/// An opaque sentence break iterator. Open once, reuse for many texts.
typedef struct cicu_sentence_iterator cicu_sentence_iterator;

/// Opens a sentence iterator for `locale` ("vi", "en"). Returns NULL and sets `*status` on failure.
cicu_sentence_iterator *cicu_sentences_open(const char *locale, int32_t *status);

/// Points the iterator at `text` (not copied: it must outlive the iteration). Returns a status.
int32_t cicu_sentences_set_text(cicu_sentence_iterator *iterator, const uint16_t *text, int32_t length);

/// Writes the boundaries after position 0 (the last one is `length`) into `boundaries`, at most
/// `capacity` of them, and returns how many there are in all (which may exceed `capacity`).
int32_t cicu_sentences_boundaries(cicu_sentence_iterator *iterator, int32_t *boundaries, int32_t capacity);

/// Closes the iterator.
void cicu_sentences_close(cicu_sentence_iterator *iterator);

/// Benchmark baseline: counts sentences in `text` with a plain C loop over ubrk_next.
/// Returns the count, or -1 and sets `*status` on failure.
int64_t cicu_sentences_count(const char *locale, const uint16_t *text, int32_t length, int32_t *status);

// MARK: Normalization

/// Returns the length of the longest prefix of `text` that is certainly NFC (ICU quick check "yes").
int32_t cicu_nfc_span(const uint16_t *text, int32_t length, int32_t *status);

/// Normalizes `text` to NFC into `dest` (capacity `capacity`); returns the needed length.
/// When the result does not fit, `*status` is set to a buffer overflow error (15).
int32_t cicu_nfc(const uint16_t *text, int32_t length, uint16_t *dest, int32_t capacity, int32_t *status);

/// 1 when `c` is NFC-inert: NFC leaves it alone and it never combines with a neighbour, so text made of
/// such characters (and of characters known to be NFC starters) needs no composition; else 0.
int cicu_nfc_is_inert(uint32_t c);

/// Normalizes `text` to NFD into `dest`; returns the needed length (see `cicu_nfc`).
int32_t cicu_nfd(const uint16_t *text, int32_t length, uint16_t *dest, int32_t capacity, int32_t *status);

// MARK: Conversion

/// Benchmark baseline: converts UTF-8 `text` to UTF-16 with ICU and counts its sentences with a plain
/// C loop over ubrk_next, as any ICU-based tool reading a UTF-8 file must. Returns the count, or -1 and
/// sets `*status` on failure.
int64_t cicu_sentences_count_utf8(const char *locale, const uint8_t *text, int32_t length, int32_t *status);

// MARK: Character properties (code points)

/// 1 when `c` is alphabetic (Unicode Alphabetic property), else 0.
int cicu_is_alphabetic(uint32_t c);
/// 1 when `c` is upper- or title-case, else 0.
int cicu_is_upper(uint32_t c);
/// 1 when `c` is lower-case, else 0.
int cicu_is_lower(uint32_t c);
/// 1 when `c` is a decimal digit, else 0.
int cicu_is_digit(uint32_t c);
/// 1 when `c` is a combining mark (general category Mn, Mc or Me), else 0.
int cicu_is_mark(uint32_t c);
/// The simple lower-case mapping of `c`.
uint32_t cicu_to_lower(uint32_t c);
/// The simple upper-case mapping of `c`.
uint32_t cicu_to_upper(uint32_t c);

// MARK: Locale data (CLDR)

/// Writes the ISO 4217 codes of the currencies in common use and not deprecated into `codes`, three
/// ASCII letters each with no separator, at most `capacity` bytes; returns the bytes needed.
int32_t cicu_currency_codes(char *codes, int32_t capacity);

/// The `index`-th ISO 3166 region code ICU knows ("VN", "PT"), or NULL past the last one.
const char *cicu_region_code(int32_t index);

/// Writes the name of region `region` ("PT") in the language of `locale` ("vi") into `dest`, at most
/// `capacity` code units; returns the length needed and sets `*status`.
int32_t cicu_region_name(const char *region, const char *locale, uint16_t *dest, int32_t capacity, int32_t *status);

#ifdef __cplusplus
}
#endif

#endif
