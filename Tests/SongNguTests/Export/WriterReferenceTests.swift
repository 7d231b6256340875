import Testing

@testable import SongNgu

extension ExportTests {
  /// The writers append escaped UTF-8 bytes to one buffer, with fast paths for runs of plain text.
  ///
  /// These tests hold them to a plain definition built from strings, as the writers were first
  /// written: every text field cleaned (`ExportText.removingForbiddenCharacters`), then escaped,
  /// guarded and quoted. Units are generated from an alphabet of everything that needs care.
  @Suite struct WriterReferenceTests {
    static let alphabet: [String] = [
      "a", "Ă", "ệ", " ", "&", "<", ">", "\"", "'", "\t", "\n", "\r", "\u{0}", "\u{0B}", "\u{1F}", "\u{FFFE}",
      "\u{FFFF}", "\u{FFFD}", "\u{FEFF}", "\u{FF01}", "=", "+", "-", "@", ";", "👍🏽", "e\u{301}", "]]>",
    ]

    /// Deterministic pseudo-random strings (SplitMix64).
    struct Strings {
      var random: SplitMix64

      mutating func next() -> UInt64 { random.next() }

      mutating func string(maxLength: Int) -> String {
        let length = Int(next() % UInt64(maxLength + 1))
        // Mostly plain letters, so that runs are long and the fast path is what is tested.
        return (0..<length).map { _ in
          next() % 3 == 0
            ? WriterReferenceTests.alphabet[Int(next() % UInt64(WriterReferenceTests.alphabet.count))]
            : "Việt"
        }.joined()
      }
    }

    static func documents(seed: UInt64) -> [BilingualDocument] {
      var strings = Strings(random: SplitMix64(seed: seed))
      var documents: [BilingualDocument] = []
      for number in 0..<3 {
        let name = number == 1 ? strings.string(maxLength: 3) : "bai-\(number)"
        var units: [BilingualUnit] = []
        for index in 0..<40 {
          var terms: [UsedTerm] = []
          for _ in 0..<strings.next() % 3 {
            terms.append(UsedTerm(source: strings.string(maxLength: 3), target: strings.string(maxLength: 3)))
          }
          let id: String = index % 7 == 0 ? strings.string(maxLength: 4) : "\(name):b\(index):s0"
          let score: Double? = index % 5 == 0 ? Double(index) / 8 - 1 : nil
          let bead: String? = index % 4 == 0 ? strings.string(maxLength: 2) : nil
          // Drafts without a target, some prefilled into the target too, and human targets (never
          // empty, so that every unit has a place in every format).
          let isDraft = index % 2 == 0
          let english = "e" + strings.string(maxLength: 12)
          units.append(
            BilingualUnit(
              id: id, source: strings.string(maxLength: 12), target: !isDraft || index % 8 == 0 ? english : "",
              targetOrigin: isDraft ? .glossaryDraft : .human, kind: index % 3 == 0 ? .title : .body,
              block: index - 1, paragraph: index, terms: terms, score: score, bead: bead,
              draft: isDraft ? english : nil,
              // Notes are lines: no line breaks inside one.
              notes: index % 3 == 1
                ? ["n" + strings.string(maxLength: 6), "m" + strings.string(maxLength: 6)].map {
                  $0.replacingOccurrences(of: "\n", with: " ")
                } : []))
        }
        documents.append(BilingualDocument(name: name, units: units))
      }
      return documents
    }

    // MARK: - The definition

    static func clean(_ text: String, _ dropped: inout Int) -> String {
      let (cleaned, count) = ExportText.removingForbiddenCharacters(text)
      dropped += count
      return cleaned
    }

    static func xml(_ text: String, attribute: Bool) -> String {
      var out = ""
      for scalar in text.unicodeScalars {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\r": out += "&#13;"
        case "\"" where attribute: out += "&quot;"
        case "\t" where attribute: out += "&#9;"
        case "\n" where attribute: out += "&#10;"
        default: out.unicodeScalars.append(scalar)
        }
      }
      return out
    }

    static func terms(_ terms: [UsedTerm], _ separator: String, _ dropped: inout Int) -> String {
      terms.map { clean($0.source, &dropped) + separator + clean($0.target, &dropped) }.joined(separator: "; ")
    }

    static func referenceCSV(_ documents: [BilingualDocument], dialect: CSVDialect) -> (String, Int) {
      var dropped = 0
      let aligned = documents.contains { $0.units.contains { $0.score != nil || $0.bead != nil } }
      func quoted(_ cell: String) -> String {
        "\"" + String(decoding: cell.utf8.flatMap { $0 == 0x22 ? [0x22, 0x22] : [$0] }, as: UTF8.self) + "\""
      }
      func text(_ cell: String) -> String { dialect.guardsFormulas ? SpreadsheetFormulaGuard.guarded(cell) : cell }
      func record(_ cells: [String]) -> String {
        cells.map(quoted).joined(separator: String(dialect.delimiter.character)) + dialect.lineEnding.text
      }
      var out = (dialect.byteOrderMark ? "\u{FEFF}" : "") + record(CSVWriter.columns(aligned: aligned))
      for document in documents {
        let article = clean(document.name, &dropped)
        for unit in document.units {
          var cells = [
            text(clean(unit.id, &dropped)), text(clean(unit.source, &dropped)), text(clean(unit.target, &dropped)),
            text(clean(unit.draft ?? "", &dropped)), text(unit.kind.rawValue), String(unit.block),
            String(unit.paragraph), text(unit.targetOrigin.rawValue),
            text(terms(unit.terms, "=", &dropped)), text(clean(unit.notes.joined(separator: "\n"), &dropped)),
            text(article),
          ]
          if aligned {
            cells += [unit.score.map { String($0) } ?? "", text(clean(unit.bead ?? "", &dropped))]
          }
          out += record(cells)
        }
      }
      return (out, dropped)
    }

    /// What goes into a format's one target slot: the target, else the draft.
    static func slot(_ unit: BilingualUnit) -> (String, TargetOrigin) {
      unit.target.isEmpty ? (unit.draft ?? "", .glossaryDraft) : (unit.target, unit.targetOrigin)
    }

    static func referenceTMX(_ documents: [BilingualDocument]) -> (String, Int) {
      var dropped = 0
      var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE tmx SYSTEM "tmx14.dtd">
        <tmx version="1.4">
          <header creationtool="songngu" creationtoolversion="\(xml(SongNguVersion.current, attribute: true))" \
        segtype="sentence" o-tmf="songngu" adminlang="en-US" srclang="vi-VN" datatype="plaintext"/>
          <body>

        """
      for document in documents {
        let article = clean(document.name, &dropped)
        for unit in document.units {
          func property(_ type: String, _ value: String) -> String {
            "      <prop type=\"\(type)\">\(xml(value, attribute: false))</prop>\n"
          }
          let (english, origin) = slot(unit)
          let creator = origin == .glossaryDraft ? " creationid=\"songngu-glossary-draft\"" : ""
          out += "    <tu tuid=\"\(xml(clean(unit.id, &dropped), attribute: true))\"\(creator)>\n"
          if !unit.terms.isEmpty {
            out += "      <note>\(xml(terms(unit.terms, " = ", &dropped), attribute: false))</note>\n"
          }
          for note in unit.notes { out += "      <note>note: \(xml(clean(note, &dropped), attribute: false))</note>\n" }
          out += property("x-article", article) + property("x-block-kind", unit.kind.rawValue)
          out += property("x-block", String(unit.block)) + property("x-paragraph", String(unit.paragraph))
          out += property("x-target-origin", origin.rawValue)
          if let score = unit.score { out += property("x-score", String(score)) }
          if let bead = unit.bead { out += property("x-bead", clean(bead, &dropped)) }
          out +=
            "      <tuv xml:lang=\"vi-VN\"><seg>\(xml(clean(unit.source, &dropped), attribute: false))</seg></tuv>\n"
          out +=
            "      <tuv xml:lang=\"en-US\"><seg>\(xml(clean(english, &dropped), attribute: false))</seg></tuv>\n"
          out += "    </tu>\n"
        }
      }
      return (out + "  </body>\n</tmx>\n", dropped)
    }

    static func referenceXLIFF(_ documents: [BilingualDocument]) -> (String, Int) {
      var dropped = 0
      var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      out += "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
      for document in documents {
        out += "  <file original=\"\(xml(clean(document.name, &dropped), attribute: true))\" source-language=\"vi-VN\""
        out += " target-language=\"en-US\" datatype=\"plaintext\">\n    <header>\n"
        out += "      <tool tool-id=\"songngu\" tool-name=\"songngu\" tool-version=\"\(SongNguVersion.current)\"/>\n"
        out += "    </header>\n    <body>\n"
        for unit in document.units {
          func note(_ value: String) -> String {
            "        <note from=\"songngu\">\(xml(value, attribute: false))</note>\n"
          }
          let (english, origin) = slot(unit)
          let state =
            origin == .glossaryDraft
            ? "state=\"needs-review-translation\" state-qualifier=\"leveraged-glossary\"" : "state=\"translated\""
          out += "      <trans-unit id=\"\(xml(clean(unit.id, &dropped), attribute: true))\" xml:space=\"preserve\">\n"
          out += "        <source>\(xml(clean(unit.source, &dropped), attribute: false))</source>\n"
          out += "        <target \(state)>\(xml(clean(english, &dropped), attribute: false))</target>\n"
          out += note("kind: \(unit.kind.rawValue); block: \(unit.block); paragraph: \(unit.paragraph)")
          if !unit.terms.isEmpty { out += note("terms: " + terms(unit.terms, " = ", &dropped)) }
          for text in unit.notes { out += note("note: " + clean(text, &dropped)) }
          let alignment = [unit.score.map { "score: \($0)" }, unit.bead.map { "bead: \(clean($0, &dropped))" }]
            .compactMap { $0 }
          if !alignment.isEmpty { out += note(alignment.joined(separator: "; ")) }
          out += "      </trans-unit>\n"
        }
        out += "    </body>\n  </file>\n"
      }
      return (out + "</xliff>\n", dropped)
    }

    // MARK: - The tests

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func writersWriteWhatTheDefinitionSays(seed: UInt64) {
      let documents = Self.documents(seed: seed)
      let tmx = TMXWriter().write(documents)
      let (expectedTMX, droppedTMX) = Self.referenceTMX(documents)
      #expect(tmx.text == expectedTMX)
      #expect(tmx.droppedCharacterCount == droppedTMX)
      let xliff = XLIFFWriter().write(documents)
      let (expectedXLIFF, droppedXLIFF) = Self.referenceXLIFF(documents)
      #expect(xliff.text == expectedXLIFF)
      #expect(xliff.droppedCharacterCount == droppedXLIFF)
      #expect(tmx.unitsWithDroppedCharacters == xliff.unitsWithDroppedCharacters)
      for dialect in [
        CSVDialect(), CSVDialect(delimiter: .semicolon, lineEnding: .lf, byteOrderMark: true),
        CSVDialect(delimiter: .tab, guardsFormulas: false),
      ] {
        let csv = CSVWriter(dialect: dialect).write(documents)
        let (expectedCSV, droppedCSV) = Self.referenceCSV(documents, dialect: dialect)
        #expect(csv.text == expectedCSV, "\(dialect)")
        #expect(csv.droppedCharacterCount == droppedCSV)
        #expect(csv.unitsWithDroppedCharacters == tmx.unitsWithDroppedCharacters)
      }
    }

    @Test func theFormulaGuardLooksPastDroppedCharacters() {
      let units = [
        ("\u{0}=1", "'=1"), ("\u{FFFE}-x", "'-x"), ("'\u{1F}+", "''+"), ("\u{0}a", "a"), ("\u{FEFF}=", "\u{FEFF}="),
      ].enumerated().map { index, cell in
        BilingualUnit(
          id: "a:b\(index):s0", source: cell.0, target: "", targetOrigin: .human, kind: .body, block: index,
          paragraph: index + 1)
      }
      let written = CSVWriter().write([BilingualDocument(name: "a", units: units)]).text
      for (index, expected) in ["'=1", "'-x", "''+", "a", "\u{FEFF}="].enumerated() {
        #expect(written.contains("\"a:b\(index):s0\",\"\(expected)\",\"\","), "\(expected.debugDescription)")
      }
      // A term list whose first source is empty starts with `=`.
      let term = BilingualUnit(
        id: "t", source: "", target: "", targetOrigin: .human, kind: .body, block: 0, paragraph: 1,
        terms: [UsedTerm(source: "\u{0}", target: "x")])
      #expect(CSVWriter().write([BilingualDocument(name: "a", units: [term])]).text.contains(",\"'=x\","))
    }
  }
}
