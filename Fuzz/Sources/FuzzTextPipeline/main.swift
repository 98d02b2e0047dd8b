import Archive
import Glibc

/// Any bytes through the whole text path a file takes on ingest: decode, repair, normalize, then
/// extract. A thrown TextError is a fine answer; a trap, a crash or a hang is a bug.
let extractor = Extractor()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTextPipeline(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = count == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: count))
    guard let decoded = try? TextPipeline().process(bytes) else { return 0 }
    _ = extractor.extract(decoded)
    return 0
}

// SwiftPM gives an executable its own main, so libFuzzer's is not used: hand over to its driver.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

// Load the vocabularies, gazetteer and converters before the clock starts on the first input.
warmUp()

func warmUp() {
    let text = Array("4月21日下午，岳阳市召开一季度经济工作会议，市委书记曹普华主持并讲话。GDP增长5.9%，确保“双过半”。".utf8)
    text.withUnsafeBufferPointer { _ = fuzzTextPipeline($0.baseAddress, $0.count) }
}

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzTextPipeline))
