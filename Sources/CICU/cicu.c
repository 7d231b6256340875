#include "cicu.h"

#include <unicode/ubrk.h>
#include <unicode/ucurr.h>
#include <unicode/uenum.h>
#include <unicode/uloc.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>
#include <unicode/utypes.h>

#include <stdio.h>
#include <stdlib.h>

const char *cicu_status_name(int32_t status) { return u_errorName((UErrorCode)status); }

const char *cicu_version(void) {
  static char text[U_MAX_VERSION_STRING_LENGTH];
  UVersionInfo info;
  u_getVersion(info);
  u_versionToString(info, text);
  return text;
}

struct cicu_sentence_iterator {
  UBreakIterator *iterator;
};

cicu_sentence_iterator *cicu_sentences_open(const char *locale, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  UBreakIterator *iterator = ubrk_open(UBRK_SENTENCE, locale, NULL, 0, &error);
  *status = error;
  if (U_FAILURE(error)) return NULL;
  cicu_sentence_iterator *result = malloc(sizeof(cicu_sentence_iterator));
  if (result == NULL) {
    ubrk_close(iterator);
    *status = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  result->iterator = iterator;
  return result;
}

int32_t cicu_sentences_set_text(cicu_sentence_iterator *iterator, const uint16_t *text, int32_t length) {
  UErrorCode error = U_ZERO_ERROR;
  ubrk_setText(iterator->iterator, (const UChar *)text, length, &error);
  return error;
}

int32_t cicu_sentences_boundaries(cicu_sentence_iterator *iterator, int32_t *boundaries, int32_t capacity) {
  int32_t count = 0;
  ubrk_first(iterator->iterator);
  for (int32_t position = ubrk_next(iterator->iterator); position != UBRK_DONE;
       position = ubrk_next(iterator->iterator)) {
    if (count < capacity) boundaries[count] = position;
    count++;
  }
  return count;
}

void cicu_sentences_close(cicu_sentence_iterator *iterator) {
  if (iterator == NULL) return;
  ubrk_close(iterator->iterator);
  free(iterator);
}

int64_t cicu_sentences_count(const char *locale, const uint16_t *text, int32_t length, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  UBreakIterator *iterator = ubrk_open(UBRK_SENTENCE, locale, (const UChar *)text, length, &error);
  *status = error;
  if (U_FAILURE(error)) return -1;
  int64_t count = 0;
  for (int32_t position = ubrk_next(iterator); position != UBRK_DONE; position = ubrk_next(iterator)) count++;
  ubrk_close(iterator);
  return count;
}

static const UNormalizer2 *nfc_instance(UErrorCode *error) { return unorm2_getNFCInstance(error); }

int32_t cicu_nfc_span(const uint16_t *text, int32_t length, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  const UNormalizer2 *nfc = nfc_instance(&error);
  if (U_FAILURE(error)) {
    *status = error;
    return 0;
  }
  int32_t span = unorm2_spanQuickCheckYes(nfc, (const UChar *)text, length, &error);
  *status = error;
  return span;
}

int32_t cicu_nfc(const uint16_t *text, int32_t length, uint16_t *dest, int32_t capacity, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  const UNormalizer2 *nfc = nfc_instance(&error);
  int32_t result = 0;
  if (U_SUCCESS(error)) result = unorm2_normalize(nfc, (const UChar *)text, length, (UChar *)dest, capacity, &error);
  *status = error;
  return result;
}

int cicu_nfc_is_inert(uint32_t c) {
  UErrorCode error = U_ZERO_ERROR;
  const UNormalizer2 *nfc = nfc_instance(&error);
  if (U_FAILURE(error)) return 0;
  return unorm2_isInert(nfc, (UChar32)c) ? 1 : 0;
}

int32_t cicu_nfd(const uint16_t *text, int32_t length, uint16_t *dest, int32_t capacity, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  const UNormalizer2 *nfd = unorm2_getNFDInstance(&error);
  int32_t result = 0;
  if (U_SUCCESS(error)) result = unorm2_normalize(nfd, (const UChar *)text, length, (UChar *)dest, capacity, &error);
  *status = error;
  return result;
}

int cicu_is_alphabetic(uint32_t c) { return u_isUAlphabetic((UChar32)c) ? 1 : 0; }
int cicu_is_upper(uint32_t c) { return (u_isUUppercase((UChar32)c) || u_istitle((UChar32)c)) ? 1 : 0; }
int cicu_is_lower(uint32_t c) { return u_isULowercase((UChar32)c) ? 1 : 0; }
int cicu_is_digit(uint32_t c) { return u_isdigit((UChar32)c) ? 1 : 0; }
int cicu_is_mark(uint32_t c) {
  int8_t type = u_charType((UChar32)c);
  return (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_COMBINING_SPACING_MARK) ? 1 : 0;
}
uint32_t cicu_to_lower(uint32_t c) { return (uint32_t)u_tolower((UChar32)c); }
uint32_t cicu_to_upper(uint32_t c) { return (uint32_t)u_toupper((UChar32)c); }

int64_t cicu_sentences_count_utf8(const char *locale, const uint8_t *text, int32_t length, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  UChar *units = malloc(sizeof(UChar) * (size_t)(length + 1));
  if (units == NULL) {
    *status = U_MEMORY_ALLOCATION_ERROR;
    return -1;
  }
  int32_t written = 0;
  u_strFromUTF8(units, length + 1, &written, (const char *)text, length, &error);
  int64_t count = -1;
  if (U_SUCCESS(error)) count = cicu_sentences_count(locale, units, written, &error);
  free(units);
  *status = error;
  return count;
}

int32_t cicu_currency_codes(char *codes, int32_t capacity) {
  UErrorCode error = U_ZERO_ERROR;
  UEnumeration *currencies = ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &error);
  if (U_FAILURE(error)) return 0;
  int32_t needed = 0;
  int32_t length = 0;
  for (const char *code = uenum_next(currencies, &length, &error); code != NULL && U_SUCCESS(error);
       code = uenum_next(currencies, &length, &error)) {
    if (length != 3) continue;
    if (needed + 3 <= capacity) {
      codes[needed] = code[0];
      codes[needed + 1] = code[1];
      codes[needed + 2] = code[2];
    }
    needed += 3;
  }
  uenum_close(currencies);
  return needed;
}

const char *cicu_region_code(int32_t index) {
  const char *const *codes = uloc_getISOCountries();
  for (int32_t position = 0; codes[position] != NULL; position++) {
    if (position == index) return codes[position];
  }
  return NULL;
}

int32_t cicu_region_name(const char *region, const char *locale, uint16_t *dest, int32_t capacity, int32_t *status) {
  char tag[16];
  snprintf(tag, sizeof tag, "und_%s", region);
  UErrorCode error = U_ZERO_ERROR;
  int32_t length = uloc_getDisplayCountry(tag, locale, (UChar *)dest, capacity, &error);
  *status = error;
  return length;
}
