import CICU

/// Facts from ICU's copy of the Unicode CLDR (through the `CICU` shim): the ISO 4217 currency codes
/// in common use, and the names of countries and regions in Vietnamese.
enum LocaleData {
  /// The codes of the currencies in common use, not deprecated (`USD`, `EUR`, `VND`, …), upper case.
  static let currencyCodes: [String] = {
    let needed = Int(cicu_currency_codes(nil, 0))
    guard needed > 0 else { return [] }
    var bytes = [CChar](repeating: 0, count: needed)
    _ = cicu_currency_codes(&bytes, Int32(needed))
    return stride(from: 0, to: needed, by: 3).map { start in
      String(decoding: bytes[start..<(start + 3)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
  }()

  /// The names of the ISO 3166 countries and regions in Vietnamese, as CLDR writes them (`Bồ Đào
  /// Nha`, `Hoa Kỳ`, `Ả Rập Xê-út`), NFC.
  static let vietnameseRegionNames: [String] = {
    var names: [String] = []
    var index: Int32 = 0
    var buffer = [UInt16](repeating: 0, count: 128)
    while let code = cicu_region_code(index) {
      index += 1
      var status: Int32 = 0
      let length = Int(cicu_region_name(code, "vi", &buffer, Int32(buffer.count), &status))
      guard status <= 0, length > 0, length <= buffer.count else { continue }
      names.append(String(decoding: buffer[0..<length], as: UTF16.self))
    }
    return names
  }()
}
