import Archive
import Foundation
import Testing

/// Inputs that once crashed the text pipeline (found by Fuzz/Sources/FuzzTextPipeline).
@Suite struct TextPipelineRegressionTests {
    @Test func aLongRunOfDigitsInAPageDoesNotOverflow() throws {
        // Was: "arithmetic overflow" in PageFacts.isoDate on twenty 9s, a trap that ended the whole
        // ingest run (Fuzz/regressions/text/crash-long-digit-run-near-date).
        let fuzzed: [UInt8] = [0xC4, 0xBF, 0xB1, 0xEA, 0x3C, 0x73, 0x6B, 0x69, 0x70, 0x73]
            + Array(repeating: 0x39, count: 20) + [0x6B, 0x69]
        _ = try? TextPipeline().process(fuzzed)
        // The same as a page would have it: an id number next to the date label.
        let page = "发布时间：2023年07月24日 编号99999999999999999999999\n来源：天门市融媒体中心\n\n7月21日，我市召开经济工作会议。\n"
        let decoded = try TextPipeline().process(Array(page.utf8))
        #expect(decoded.normalized.text.contains("经济工作会议"))
        let digits = "时间：" + String(repeating: "9", count: 40) + "年1月1日\n会议召开。\n"
        _ = try? TextPipeline().process(Array(digits.utf8))
    }
}
