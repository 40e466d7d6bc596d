// tiwizi-fuzz TARGET [libFuzzer options and corpus folders]: feeds one target (csv, yaml, json,
// money, lua) to libFuzzer when the build linked it in (`make fuzz`, docs/reliability.md);
// otherwise replays the files and folders given, then `--mutations N` deterministic mutations
// of them. A failure is a crash with the promise that broke; libFuzzer saves the input.
import Foundation
import TiwiziFuzzing

nonisolated(unsafe) var selected = FuzzTarget.csv

let arguments = CommandLine.arguments
guard arguments.count >= 2, let target = FuzzTarget(rawValue: arguments[1]) else {
    let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
    FileHandle.standardError.write(Data("usage: tiwizi-fuzz \(names) [--mutations N] [FILE|FOLDER]...\n".utf8))
    exit(2)
}
selected = target

typealias Callback = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
typealias Driver =
    @convention(c) (
        UnsafeMutablePointer<CInt>, UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>, Callback
    ) -> CInt

if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "LLVMFuzzerRunDriver") {
    // libFuzzer sees the program name and what follows the target.
    var cArguments = ([arguments[0]] + arguments.dropFirst(2)).map { strdup($0) } + [nil]
    var count = CInt(cArguments.count - 1)
    let status = cArguments.withUnsafeMutableBufferPointer { buffer in
        var base = buffer.baseAddress!
        return unsafeBitCast(symbol, to: Driver.self)(&count, &base) { data, size in
            selected.check(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
            return 0
        }
    }
    exit(status)
}

var mutations = 0
var inputs: [[UInt8]] = []
var rest = arguments.dropFirst(2)[...]
while let argument = rest.popFirst() {
    if argument == "--mutations", let count = rest.popFirst().flatMap(Int.init) {
        mutations = count
        continue
    }
    let url = URL(fileURLWithPath: argument)
    var isFolder: ObjCBool = false
    let files =
        FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue
        ? ((try? FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)) ?? []).sorted {
            $0.path < $1.path
        } : [url]
    for file in files { if let data = FileManager.default.contents(atPath: file.path) { inputs.append(Array(data)) } }
}
for input in inputs { target.check(input) }
for input in Mutations(of: inputs, tokens: target.tokens, count: mutations, seed: 1) { target.check(input) }
print("\(target.rawValue): \(inputs.count) inputs and \(mutations) mutations, every promise kept")
