/// What a coverage candidate is.
///
/// Raw values are the spellings in JSON output.
public enum CandidateKind: String, Sendable, Codable, CaseIterable {
  /// A person, place, company or other proper name (`Mark Rutte`, `Bình Nhưỡng`, `Vingroup`).
  case name
  /// An all-capitals token of two letters or more, digits and inner periods allowed (`NATO`, `TP.HCM`).
  case acronym
  /// A title capitalised on its first syllable (`Tổng thống`, `Bộ trưởng Quốc phòng`).
  case title
  /// An institution: a head word and its name (`Bộ Y tế`, `Ngân hàng Nhà nước Việt Nam`, `Quốc hội`).
  case institution
}
