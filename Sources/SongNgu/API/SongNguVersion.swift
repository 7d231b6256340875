/// The version of songngu, written into the files it creates (`creationtoolversion`).
public enum SongNguVersion {
  public static let current = "0.1.0"
}
