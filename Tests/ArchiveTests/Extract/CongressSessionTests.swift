import Archive
@testable import ArchiveExtract
@testable import ArchiveText
import Testing

/// People's congress sessions (人代会) as the meeting: spec/export.md, "People's congress sessions".
@Suite struct CongressSessionTests {
    @Test func theSessionIsTheMeeting() {
        let m = Meetings.extract("1月8日上午,衡阳市十六届人大三次会议开幕。市长作政府工作报告。").meeting
        #expect(m.title == "十六届人大三次会议")
        #expect(m.kind == "people's-congress")
        #expect(m.region?.code == "430400")
        #expect(m.date == "--01-08")
    }

    @Test func theHostIsThePlaceNearestTheSessionsName() {
        let m = Meetings.extract("1月8日上午,衡阳市雁峰区五届人大三次会议开幕。").meeting
        #expect(m.region?.code == "430406")
    }

    @Test func theDayIsReadUpToTheVerbAfterTheName() {
        let m = Meetings.extract("江西省第十四届人民代表大会第三次会议1月14日上午在南昌开幕。").meeting
        #expect(m.title == "第十四届人民代表大会第三次会议")
        #expect(m.date == "--01-14")
        #expect(m.region?.code == "360000")
    }

    @Test func theTitleAsFirstWrittenAndTheHostFromAnotherClause() {
        let m = Meetings.extract("衡阳市十六届人大三次会议开幕\n1月8日上午,市第十六届人民代表大会第三次会议在市会展中心开幕。").meeting
        #expect(m.title == "十六届人大三次会议")
        #expect(m.region?.code == "430400")
        #expect(m.date == "--01-08")
    }

    @Test func aCPPCCSessionIsNotTheMeeting() {
        let m = Meetings.extract("1月7日,政协衡阳市第十三届委员会第三次会议开幕。1月8日,衡阳市十六届人大三次会议开幕。").meeting
        #expect(m.title == "十六届人大三次会议")
        #expect(m.date == "--01-08")
    }

    @Test func aSessionWhoseSpiritIsPassedOnIsNotTheMeeting() {
        let m = Meetings.extract("5月8日,衡阳市召开经济运行分析会,传达市十六届人大三次会议精神。").meeting
        #expect(m.title == "经济运行分析会")
        #expect(m.kind != "people's-congress")
    }

    @Test func anOrdinaryMeetingReportedFirstStaysTheMeeting() {
        let m = Meetings.extract("5月8日,衡阳市召开经济运行分析会。会议回顾了市十六届人大三次会议以来的工作。").meeting
        #expect(m.title == "经济运行分析会")
    }

    @Test func aDayAfterTheDatelineIsInItsMonth() {
        let m = Meetings.extract("新华社南昌1月14日电 江西省第十四届人民代表大会第三次会议14日开幕。").meeting
        #expect(m.date == "--01-14")
    }

    @Test func aDayRangeAfterTheDatelineKeepsItsOwnMonth() {
        let m = Meetings.extract("某某网1月21日消息 1月20日至21日,衡阳市十六届人大三次会议举行。").meeting
        #expect(m.date == "--01-20")
    }
}

/// A meeting named only as where something was said.
@Suite struct MeetingAtTests {
    @Test func aMeetingNamedAsTheSetting() {
        let m = Meetings.extract("1月3日,在衡阳县委十五届八次全会第一次全体会议上,县委书记钱文博说,要稳住经济大盘。").meeting
        #expect(m.title == "衡阳县委十五届八次全会第一次全体会议")
        #expect(m.region?.code == "430421")
        #expect(m.date == "--01-03")
    }

    @Test func anUndatedSettingIsNoMeeting() {
        #expect(Meetings.extract("在衡阳县委全会上,县委书记钱文博说,要稳住经济大盘。").meeting.title == nil)
    }
}

/// A column label's words date nothing.
@Suite struct ColumnLabelTests {
    @Test func aLabelledHeadlineIsNotTheDatedMeeting() {
        let m = Meetings.extract("【今日要闻】全县经济运行分析会召开\n\n11月13日,全县经济运行分析会召开,县委书记钱文博主持会议。").meeting
        #expect(m.date == "--11-13")
        #expect(m.title == "全县经济运行分析会")
    }
}

/// A session named after its level's suffix alone.
@Suite struct CongressSessionLevelTests {
    @Test func theLevelBeforeTheNameIsSettledByTheSource() {
        let m = Meetings.extract("来源:衡阳日报\n1月8日上午,市十六届人大三次会议开幕。").meeting
        #expect(m.region?.code == "430400")
    }

    @Test func anUnsettledLevelIsNoHost() {
        #expect(Meetings.extract("1月8日上午,市十六届人大三次会议开幕。").meeting.region == nil)
    }
}
