/// The bilingual file formats songngu writes.
///
/// Raw values are the command-line spellings (`prepare --formats tmx,xliff,csv`).
public enum BilingualFormat: String, Sendable, Codable, CaseIterable {
  /// TMX 1.4b translation memory (`.tmx`).
  case tmx
  /// XLIFF 1.2 (`.xlf`).
  case xliff
  /// CSV (`.csv`, or `.tsv` with the tab delimiter).
  case csv
  /// XLIFF 2.1 (`.xliff`).
  case xliff2
  /// An Excel workbook (`.xlsx`), one sheet per article.
  case xlsx

  /// The format's writer.
  ///
  /// - Parameters:
  ///   - date: written into TMX (`creationdate`) and XLIFF (`date`) files when given; without it
  ///     output is byte-identical run to run.
  ///   - dialect: the CSV dialect (ignored by the XML formats).
  public func writer(date: UTCTimestamp? = nil, dialect: CSVDialect = CSVDialect()) -> any BilingualWriter {
    unitWriter(date: date, dialect: dialect)
  }

  /// The same writer, as the piecewise `UnitWriter` `ArticlePreparer` renders with.
  func unitWriter(date: UTCTimestamp?, dialect: CSVDialect) -> any UnitWriter {
    switch self {
    case .tmx: TMXWriter(options: .init(creationDate: date))
    case .xliff: XLIFFWriter(options: .init(date: date))
    case .csv: CSVWriter(dialect: dialect)
    case .xliff2: XLIFF2Writer()
    case .xlsx: XLSXWriter()
    }
  }

  /// The format of a file name extension (`tmx`; `xlf`; `xliff`; `csv`, `tsv`; `xlsx`), in any case.
  ///
  /// songngu writes XLIFF 1.2 as `.xlf` and XLIFF 2.1 as `.xliff`; other tools use both for either
  /// version, so each XLIFF reader hands a file of the other version to the other reader.
  public init?(fileExtension: String) {
    switch fileExtension.lowercased() {
    case "tmx": self = .tmx
    case "xlf": self = .xliff
    case "xliff": self = .xliff2
    case "csv", "tsv": self = .csv
    case "xlsx": self = .xlsx
    default: return nil
    }
  }
}
