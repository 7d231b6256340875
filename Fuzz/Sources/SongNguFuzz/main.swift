import CLibFuzzer
import Foundation

// `SongNguFuzz --write-seeds REPO OUT` writes the seed corpora (Seeds.swift). Otherwise libFuzzer's
// flags and corpus folders come on the command line (Fuzz/README.md) and the reader to fuzz from
// SONGNGU_FUZZ_TARGET, checked before the first input.
let arguments = CommandLine.arguments
if arguments.count == 4 && arguments[1] == "--write-seeds" {
  do {
    try Seeds.write(repository: arguments[2], to: arguments[3])
    exit(0)
  } catch {
    FileHandle.standardError.write(Data("SongNguFuzz: cannot write seeds: \(error)\n".utf8))
    exit(1)
  }
}
FuzzTarget.selected.warmUp()
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, count in fuzz(UnsafeRawPointer(data), count) })
