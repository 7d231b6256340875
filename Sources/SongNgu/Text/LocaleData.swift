/// Facts from ICU's copy of the Unicode CLDR, read through `CLDRGlossary` (the one place songngu asks
/// ICU for CLDR data): the ISO 4217 currency codes in common use, and the names of countries and
/// regions in Vietnamese.
enum LocaleData {
  /// The codes of the currencies in common use, not deprecated (`USD`, `EUR`, `VND`, …), upper case.
  static let currencyCodes: [String] = CLDRGlossary.codes(of: .currency).filter { $0.utf8.count == 3 }

  /// The names of the ISO 3166 countries and regions in Vietnamese, as CLDR writes them (`Bồ Đào
  /// Nha`, `Hoa Kỳ`, `Ả Rập Xê-út`), NFC.
  static let vietnameseRegionNames: [String] = CLDRGlossary.codes(of: .country).compactMap {
    CLDRGlossary.name(of: $0, kind: .country, locale: "vi")
  }
}
