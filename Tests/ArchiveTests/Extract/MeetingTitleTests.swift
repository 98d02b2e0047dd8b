import Archive
@testable import ArchiveModel
import Testing

@Suite struct MeetingTitleTests {
    private func meeting(_ text: String) -> Meeting { Meetings.extract(text).meeting }

    @Test func titleAfterTheVerb() {
        let m = meeting("4月20日下午,某某市召开一季度经济工作分析点评会,总结讲评一季度工作。")
        #expect(m.title == "一季度经济工作分析点评会")
        #expect(m.kind == "quarterly-review")
    }

    @Test func titleBeforeTheVerbWithoutTheVenue() {
        let m = meeting("5月6日上午,全省市州长视频会在长沙召开。")
        #expect(m.title == "全省市州长视频会")
        #expect(m.kind == "video-conference")
    }

    @Test func compoundTitleKeptWhole() {
        let m = meeting("2月13日,区委二届三次全体会议暨区委经济工作会议召开。")
        #expect(m.title == "区委二届三次全体会议暨区委经济工作会议")
    }

    @Test func anotherMeetingReferredToIsNotTheMeeting() {
        let m = meeting("为贯彻落实3月5日省政府召开的全省项目建设会议精神,3月8日,岳阳市召开项目建设推进会。")
        #expect(m.title == "项目建设推进会")
        #expect(m.date == "--03-08")
        #expect(m.region?.code == "430600")
    }

    @Test func aBareMeetingTakesItsBodysName() {
        let m = meeting("10月21日下午,市委常委会召开会议,研究部署经济工作。")
        #expect(m.title?.contains("常委会") == true)
        #expect(m.kind == "standing-committee")
    }
}
