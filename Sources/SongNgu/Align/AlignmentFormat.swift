/// The formats `align` and `corpus` write aligned pairs in.
///
/// Raw values are the command-line spellings.
public enum AlignmentFormat: String, Sendable, Codable, CaseIterable {
  /// One JSON object a line: `{"vi","en","score","bead"}` (with `"id"` first in files).
  case jsonl
  /// Tab-separated: vi, en, score, bead (tabs and line breaks inside text become spaces).
  case tsv
  /// TMX 1.4b, the English as a human translation (1–0 and 0–1 beads left out).
  case tmx
  /// CSV with the score and bead columns (1–0 and 0–1 beads left out).
  case csv
  /// Moses plain text: `NAME.vi` and `NAME.en`, line-aligned, 1–0 and 0–1 beads left out.
  case moses

  /// The file names written for the output name `name`.
  public func fileNames(for name: String) -> [String] {
    switch self {
    case .jsonl: [name + ".jsonl"]
    case .tsv: [name + ".tsv"]
    case .tmx: [name + ".tmx"]
    case .csv: [name + ".csv"]
    case .moses: [name + ".vi", name + ".en"]
    }
  }
}
