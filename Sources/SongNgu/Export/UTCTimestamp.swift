import Foundation

/// A moment in UTC, spelled the way the export formats want it.
///
/// Writers put dates in files only when given one, so default output stays byte-identical run to run.
public struct UTCTimestamp: Sendable, Equatable {
  /// Seconds since 1970-01-01T00:00:00Z, whole seconds.
  public var secondsSince1970: Int64

  public init(secondsSince1970: Int64) { self.secondsSince1970 = secondsSince1970 }

  public init(_ date: Date) { self.secondsSince1970 = Int64(date.timeIntervalSince1970.rounded(.down)) }

  /// TMX's form, `YYYYMMDDThhmmssZ` (TMX 1.4b, ISO 8601 basic format).
  public var tmx: String {
    let parts = components
    return pad(parts.year, 4) + pad(parts.month, 2) + pad(parts.day, 2) + "T" + pad(parts.hour, 2)
      + pad(parts.minute, 2) + pad(parts.second, 2) + "Z"
  }

  /// XML Schema `dateTime` (ISO 8601 extended format), `YYYY-MM-DDThh:mm:ssZ`.
  public var iso8601: String {
    let parts = components
    return pad(parts.year, 4) + "-" + pad(parts.month, 2) + "-" + pad(parts.day, 2) + "T" + pad(parts.hour, 2)
      + ":" + pad(parts.minute, 2) + ":" + pad(parts.second, 2) + "Z"
  }

  private var components: (year: Int64, month: Int64, day: Int64, hour: Int64, minute: Int64, second: Int64) {
    let days = floorDivide(secondsSince1970, 86_400)
    let seconds = secondsSince1970 - days * 86_400
    // Howard Hinnant's civil_from_days.
    let shifted = days + 719_468
    let era = floorDivide(shifted, 146_097)
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return (year, month, day, seconds / 3600, seconds % 3600 / 60, seconds % 60)
  }

  private func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
    value >= 0 ? value / divisor : (value - divisor + 1) / divisor
  }

  private func pad(_ value: Int64, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
  }
}
