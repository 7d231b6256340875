import Foundation
import TestSupport
import Testing

/// Validates XML files with xmllint against the repository's schemas, offline (`schemas/catalog.xml`).
///
/// xmllint is required: without it the calling test fails, saying how to install it.
enum XMLValidator {
  enum Schema {
    /// The TMX 1.4 DTD (`schemas/tmx/tmx14.dtd`; the file's relative `SYSTEM "tmx14.dtd"` is
    /// resolved against the file's folder before any catalog, so the DTD is given explicitly).
    case tmx14
    /// The OASIS XLIFF 1.2 strict XSD.
    case xliff12Strict
    /// OASIS XLIFF 2.1 core with the Translation Candidates and Glossary modules
    /// (`schemas/xliff21/songngu-modules.xsd` imports them).
    case xliff21
    /// The LISA SRX 2.0 XSD (`schemas/srx/srx20.xsd`).
    case srx20
  }

  /// xmllint's complaints about `path` (empty when valid), or nil after recording an issue when
  /// xmllint is missing.
  static func problems(_ path: String, against schema: Schema) throws -> String? {
    guard let xmllint = ProcessRunner.find("xmllint") else {
      Issue.record(
        "xmllint not found: the XML validation tests need it; install libxml2-utils (apt-get install -y libxml2-utils)")
      return nil
    }
    let arguments: [String]
    switch schema {
    case .tmx14: arguments = ["--noout", "--nonet", "--dtdvalid", Paths.repository("schemas/tmx/tmx14.dtd"), path]
    case .xliff12Strict:
      arguments = [
        "--noout", "--nonet", "--schema", Paths.repository("schemas/xliff12/xliff-core-1.2-strict.xsd"), path,
      ]
    case .xliff21:
      arguments = ["--noout", "--nonet", "--schema", Paths.repository("schemas/xliff21/songngu-modules.xsd"), path]
    case .srx20:
      arguments = ["--noout", "--nonet", "--schema", Paths.repository("schemas/srx/srx20.xsd"), path]
    }
    let result = try ProcessRunner.run(
      xmllint, arguments, environment: ["XML_CATALOG_FILES": Paths.repository("schemas/catalog.xml")])
    if result.status == 0 { return "" }
    return "xmllint exit \(result.status): \(result.stderr)"
  }
}
