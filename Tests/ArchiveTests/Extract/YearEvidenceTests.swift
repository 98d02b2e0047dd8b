import Archive
@testable import ArchiveExtract
@testable import ArchiveText
import Foundation
import Testing

/// Years the content fixes (spec/export.md, meeting.date), and none where nothing does.
@Suite struct YearEvidenceTests {
    private func date(_ text: String) -> String? { Meetings.extract(text).meeting.date }

    @Test func aPhraseThatFixesAYear() {
        #expect(date("1月20日,衡阳市召开经济工作会议。会议指出,今年是“十四五”开局之年。") == "2021-01-20")
    }

    @Test func aFrameMovesThePhrasesYear() {
        #expect(date("1月20日,衡阳市召开经济工作会议。会议指出,过去一年是全面贯彻党的二十大精神的开局之年。") == "2024-01-20")
        #expect(date("12月20日,衡阳市召开经济工作会议。会议指出,明年是“十五五”开局之年。") == "2025-12-20")
    }

    @Test func aTargetYearAtAnOpeningOfTheYearMeeting() {
        #expect(date("1月20日,衡阳市召开经济工作会议。2025年主要预期目标:地区生产总值增长6%左右。") == "2025-01-20")
        #expect(date("1月20日,衡阳市召开经济工作会议。会议明确了2025年重点工作。") == "2025-01-20")
    }

    @Test func aTargetYearAtALateMeetingIsNextYears() {
        #expect(date("12月20日,衡阳市召开经济工作会议。会议明确了2025年重点工作。") == "2024-12-20")
    }

    @Test func aReviewedYearIsTheYearBeforeAnEarlyMeeting() {
        #expect(date("2月10日,衡阳市召开经济工作大会。会议通报了全市2021年经济运行情况。") == "2022-02-10")
    }

    @Test func aReviewedYearIsTheYearOfALateMeeting() {
        #expect(date("11月17日,衡阳市召开推进会。会议听取了2023年全市任务完成情况。") == "2023-11-17")
    }

    @Test func aPlanForNextYearAtALateMeeting() {
        #expect(date("11月22日,衡阳市召开推进会。会议要求,加快编制2024年全市重点项目计划。") == "2023-11-22")
    }

    @Test func aYearTheWorkRunsSince() {
        #expect(date("3月18日,衡阳市召开经济运行分析会。会议指出,2016年以来,全市经济稳中有进。") == "2016-03-18")
    }

    @Test func nothingFixesTheYear() {
        #expect(date("3月18日,衡阳市召开经济运行分析会。会议强调,确保完成全年目标。") == "--03-18")
        // A reviewed year says nothing of a meeting in the middle of the year.
        #expect(date("7月18日,衡阳市召开经济运行分析会。会议通报了2021年经济运行情况。") == "--07-18")
    }

    @Test func theInferenceKeepsItsRuleAndEvidence() {
        let text = ReportText("会议指出,今年是“十四五”开局之年。")
        let found = YearEvidence.builtIn.infer(text: text, month: 1)
        #expect(found?.year == 2021)
        #expect(found?.rule == "year-phrase")
        #expect(found?.evidence == "今年是十四五开局之年")
    }

    @Test func aPublicationLineAnywhereOnThePage() {
        #expect(date("衡阳市召开经济运行分析会\n2024年01月11日17:20 | 来源:衡阳日报\n1月10日,衡阳市召开经济运行分析会。") == "2024-01-10")
        #expect(date("衡阳市召开经济运行分析会\n11.01.2024  17:20\n昨日上午,衡阳市召开经济运行分析会。") == "2024-01-10")
    }
}

/// The rule and words that fixed a year go with the meeting into the archive and back.
@Suite struct YearEvidenceStoredTests {
    @Test func theMeetingCarriesItsYearsEvidence() {
        let m = Meetings.extract("1月20日,衡阳市召开经济工作会议。2025年主要预期目标:地区生产总值增长6%左右。").meeting
        #expect(m.yearRule == "target-year")
        #expect(m.yearEvidence == "2025年主要预期目标")
        let dated = Meetings.extract("2025年1月20日,衡阳市召开经济工作会议。2025年主要预期目标:地区生产总值增长6%左右。").meeting
        #expect(dated.yearRule == nil)
    }

    @Test func theArchiveKeepsTheRuleAndTheWords() throws {
        let folder = Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = try ArchiveDatabase(path: folder.appending(path: "a.db").path)
        var report = ReportWriterTests.sampleReport(sha: "year")
        report.meeting.yearRule = "year-phrase"
        report.meeting.yearEvidence = "今年是十四五开局之年"
        let id = try archive.connection.transaction {
            try ReportWriter(connection: archive.connection).write(report, decoded: ReportWriterTests.decoded())
        }
        let back = try #require(try ReportReader(connection: archive.connection).report(documentID: id))
        #expect(back.meeting.yearRule == "year-phrase")
        #expect(back.meeting.yearEvidence == "今年是十四五开局之年")
    }
}
