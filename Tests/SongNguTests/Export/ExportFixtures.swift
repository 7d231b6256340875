import Foundation
import SongNgu

/// Documents for the export tests.
enum ExportFixtures {
  /// A document full of what breaks writers: markup characters, emoji with surrogate pairs in
  /// UTF-16, NFD Vietnamese, characters XML 1.0 forbids (a vertical tab and a NUL), line breaks,
  /// formula-like cells, tabs and edge spaces; and a second article with markup in its name.
  static var tricky: [BilingualDocument] {
    [
      BilingualDocument(
        name: "tin-kho",
        units: [
          unit(
            "tin-kho:b0:s0", "Ông A & bà B <nói> \"xin chào\" 'tạm biệt'", "Mr A & Ms B <said> \"hello\" 'bye'",
            .glossaryDraft, .title, 0, 1, terms: [UsedTerm(source: "Việt Nam", target: "Vietnam")]),
          unit("tin-kho:b1:s0", "Tuyệt vời 👍🏽 🇻🇳!", "Great 👍🏽 🇻🇳!", .human, .heading, 1, 2),
          unit("tin-kho:b2:s0", nfdVietnamese, "Vietnamese is written with the Latin alphabet.", .human, .body, 2, 3),
          unit("tin-kho:b2:s1", "Một\u{0B}hai", "One\u{0}two", .glossaryDraft, .body, 2, 3),
          unit("tin-kho:b3:s0", "Dòng một\nDòng hai\r\nDòng ba", "Line one\nLine two", .human, .body, 3, 4),
          unit(
            "tin-kho:b3:s1", "=1+2", "=SUM(A1:A2)", .glossaryDraft, .body, 3, 4,
            terms: [UsedTerm(source: "+ cộng", target: "plus & more")],
            notes: ["+ cộng = plus & more: <b>\"quoted\"</b> note", "=cộng: left in Vietnamese (pronoun)"]),
          unit("tin-kho:b4:s0", "- Vâng, @ai đó.", "'=already guarded", .human, .body, 4, 5),
          unit(
            "tin-kho:b4:s1", "  a\tb  ", "+84 'Tis ]]> &amp;", .human, .source, 4, 5, score: 0.875, bead: "1-2"),
        ]),
      BilingualDocument(
        name: "tin \"đặc biệt\" & <mới>",
        units: [
          unit("x&y\"z<w>:b0:s0", "Hà Nội", "Hanoi", .glossaryDraft, .title, 0, 1, score: -1.5, bead: "1-1")
        ]),
    ]
  }

  /// What `tricky` must read back as: the same, less the characters XML 1.0 forbids (written out
  /// here rather than computed with the library's own filter).
  static var trickyExpected: [BilingualDocument] {
    var documents = tricky
    documents[0].units[3].source = "Mộthai"
    documents[0].units[3].draft = "Onetwo"
    return documents
  }

  /// How many characters `tricky` loses: the vertical tab and the NUL.
  static let trickyDroppedCount = 2

  /// "Tiếng Việt có dấu." in NFD: base letters followed by combining marks.
  static let nfdVietnamese = "Tiếng Việt có dấu.".decomposedStringWithCanonicalMapping

  /// A short real article for golden files.
  static var small: [BilingualDocument] {
    [
      BilingualDocument(
        name: "nato-trieu-tien",
        units: [
          unit(
            "nato-trieu-tien:b0:s0", "NATO từ chối ủng hộ tuyên bố của Ukraine về Triều Tiên.",
            "NATO refuses to back Ukraine's claim about North Korea.", .human, .title, 0, 1,
            terms: [
              UsedTerm(source: "Ukraine", target: "Ukraine"), UsedTerm(source: "Triều Tiên", target: "North Korea"),
            ], score: 0.92, bead: "1-1"),
          unit(
            "nato-trieu-tien:b3:s0",
            "Tổng thư ký NATO, Mark Rutte, đã phủ nhận thông tin về binh sĩ Triều Tiên tham chiến bên phía Nga.",
            "Tổng thư ký NATO, Mark Rutte, đã phủ nhận thông tin về binh sĩ North Korea tham chiến bên phía Russia.",
            .glossaryDraft, .body, 3, 4,
            terms: [
              UsedTerm(source: "Triều Tiên", target: "North Korea"), UsedTerm(source: "Nga", target: "Russia"),
            ]),
          unit("nato-trieu-tien:b22:s0", "Nguồn: https://rt.com", "Source: https://rt.com", .human, .source, 22, 23),
        ])
    ]
  }

  /// The sample article's hand alignment (`samples/nato-trieu-tien.alignment.tsv`) as human units,
  /// untranslated boilerplate left out.
  static func sampleAlignment() throws -> BilingualDocument {
    let kinds = try Paths.read(Paths.sampleSentences).split(separator: "\n").dropFirst().map {
      $0.split(separator: "\t", maxSplits: 2).map(String.init)
    }
    var units: [BilingualUnit] = []
    for line in try Paths.read(Paths.sampleAlignment).split(separator: "\n").dropFirst() {
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard cells.count == 4, !cells[1].isEmpty, let first = Int(cells[0]) else { continue }
      let block = Int(kinds[first][0]) ?? 0
      let sentence = units.filter { $0.block == block }.count
      units.append(
        BilingualUnit(
          id: BilingualUnit.id(article: "nato-trieu-tien", block: block, sentence: sentence), source: cells[2],
          target: cells[3], targetOrigin: .human, kind: BlockKind(rawValue: kinds[first][1]) ?? .body, block: block,
          paragraph: block + 1, bead: "1-\(cells[1].split(separator: ",").count)"))
    }
    return BilingualDocument(name: "nato-trieu-tien", units: units)
  }

  /// A unit whose English is `target`: its target when `origin` is `.human`, its draft (and no
  /// target) when `origin` is `.glossaryDraft`.
  static func unit(
    _ id: String, _ source: String, _ target: String, _ origin: TargetOrigin, _ kind: BlockKind, _ block: Int,
    _ paragraph: Int, terms: [UsedTerm] = [], score: Double? = nil, bead: String? = nil, notes: [String] = []
  ) -> BilingualUnit {
    let isDraft = origin == .glossaryDraft
    return BilingualUnit(
      id: id, source: source, target: isDraft ? "" : target, targetOrigin: origin, kind: kind, block: block,
      paragraph: paragraph, terms: terms, score: score, bead: bead, draft: isDraft ? target : nil, notes: notes)
  }

  /// `text` in ASCII with every other scalar spelled `\u{…}`: equal only when the scalars are equal
  /// (Swift's `==` on strings would call NFC and NFD equal).
  static func exact(_ text: String) -> String {
    text.unicodeScalars.map { scalar in
      scalar.isASCII && scalar.value >= 0x20 && scalar != "\\"
        ? String(scalar) : "\\u{\(String(scalar.value, radix: 16))}"
    }.joined()
  }

  /// A unit's every field, scalar-exact, on one line.
  static func exact(_ unit: BilingualUnit) -> String {
    [
      unit.id, unit.source, unit.target, unit.draft ?? "-", unit.targetOrigin.rawValue, unit.kind.rawValue,
      String(unit.block),
      String(unit.paragraph), unit.terms.map { "\($0.source)=\($0.target)" }.joined(separator: "|"),
      unit.score.map { String($0) } ?? "-", unit.bead ?? "-", unit.notes.joined(separator: "|"),
    ].map(exact).joined(separator: " · ")
  }
}
