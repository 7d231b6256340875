import Testing

@testable import SongNgu

/// The block classifier's UTF-16 path (what the reader calls, making strings only when a line may
/// be boilerplate or a source line) against its string path, which states the rules.
@Suite struct BlockClassifierTests {
  /// Pieces of lines: every built-in boilerplate pattern (wildcards filled in), source lines,
  /// headings, sentences, closing quotes and brackets, final punctuation, other scripts and cases
  /// (`İ`, Greek, emoji), spaces.
  static let pieces: [String] = {
    let patterns = BuiltInLists.boilerplate.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty && !$0.hasPrefix("#") }.map { $0.replacingOccurrences(of: "*", with: "bài viết") }
    return patterns + patterns.map { $0.uppercased() } + [
      "Nguồn: VnExpress", "nguồn : TTXVN", "Source: Reuters", "(Theo TTXVN)", "Theo Reuters", "THEO AP",
      "theo dõi", "Nguồn tin:", "Nguồn ảnh: AFP", "Số liệu", "Thủ tướng", "Hiệp ước hợp tác giữa Nga và Triều Tiên",
      "Tin tức quốc tế số 5", "Ông Putin nói.", "Vì sao giá tăng?", "“Tôi đồng ý”", "(", ")", "”", "’", "»", "]",
      ".", "!", "?", "…", ":", ";", ",", " ", "  ", "İstanbul", "Σ", "Ωμέγα", "😀", "Đà Nẵng", "e\u{301}", "a",
      "xem thêm", String(repeating: "dài ", count: 30), String(repeating: "từ ", count: 8),
    ]
  }()

  @Test func theUnitPathDecidesAsTheStringPath() {
    let classifier = BlockClassifier()
    var random = SplitMix64(seed: 404)
    var kinds: [BlockKind: Int] = [:]
    for _ in 0..<20_000 {
      let lines = (0..<Int.random(in: 1...3, using: &random)).map { _ in
        (0..<Int.random(in: 1...4, using: &random)).map { _ in Self.pieces.randomElement(using: &random)! }
          .joined(separator: Bool.random(using: &random) ? " " : "")
      }.filter { !$0.isEmpty }
      guard !lines.isEmpty else { continue }
      for titleSeen in [false, true] {
        let expected = classifier.kind(ofLines: lines, titleSeen: titleSeen)
        let kind = classifier.kind(ofLineUnits: lines.map { Array($0.utf16) }, titleSeen: titleSeen)
        #expect(kind == expected, "\(lines), title seen: \(titleSeen)")
        kinds[expected, default: 0] += 1
      }
    }
    // Every kind came up, many times.
    for kind in [BlockKind.title, .heading, .body, .source, .boilerplate] { #expect(kinds[kind, default: 0] > 100) }
    // Around the heading's word limit, with and without closing quotes and final punctuation.
    for words in 1...40 {
      for ending in ["", "”", ".", ".”", ")", "…"] {
        // `Nga` starts no boilerplate pattern, so the units decide alone.
        let line = Array(repeating: "Nga", count: words).joined(separator: " ") + ending
        #expect(
          classifier.kind(ofLineUnits: [Array(line.utf16)], titleSeen: true)
            == classifier.kind(ofLines: [line], titleSeen: true), "\(words) words, \(ending)")
      }
    }
  }

  @Test func kindsOfTypicalLines() {
    let classifier = BlockClassifier()
    func kind(_ lines: [String], titleSeen: Bool = true) -> BlockKind {
      classifier.kind(ofLineUnits: lines.map { Array($0.utf16) }, titleSeen: titleSeen)
    }
    #expect(kind(["Xem bài viết gốc tại đây"]) == .boilerplate)
    #expect(kind(["Nga và Triều Tiên ký hiệp ước"], titleSeen: false) == .title)
    #expect(kind(["Hiệp ước hợp tác giữa Nga và Triều Tiên"]) == .heading)
    #expect(kind(["(Theo TTXVN)"]) == .source)
    #expect(kind(["Nguồn: https://rt.com"]) == .source)
    #expect(kind(["Theo dõi tin tức"]) == .heading)
    #expect(kind(["Ông Putin nói rằng hai nước sẽ hợp tác."]) == .body)
  }
}
