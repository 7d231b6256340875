extension String {
  /// Creates a string from UTF-16 code units, transcoding straight to UTF-8 (see `UTF16Text`).
  ///
  /// Lone surrogates become U+FFFD, as in the standard library.
  public init(utf16Units units: UnsafeBufferPointer<UInt16>) {
    self = UTF16Text.string(units)
  }

  /// Creates a string from an array of UTF-16 code units.
  public init(utf16Units units: [UInt16]) {
    self = UTF16Text.string(units)
  }
}
