import Archive
@testable import ArchiveExtract
@testable import ArchiveText
import Testing

/// Who did what at a people's congress session (spec/export.md, "People's congress sessions").
@Suite struct CongressPeopleTests {
    @Test func theReportUnderItsQuotedTitleIsTheSpeech() {
        let p = Meetings.people("1月8日,衡阳市十六届人大三次会议开幕。市长赵明远作《衡阳市人民政府工作报告》。")
        #expect(p["赵明远"]?.roles == ["讲话"])
        #expect(p["赵明远作"] == nil)
    }

    @Test func reportingToTheCongressInAClauseOfItsOwn() {
        let p = Meetings.people("1月8日,区五届人大三次会议开幕。区长赵明远代表区人民政府,向大会做工作报告。")
        #expect(p["赵明远"]?.roles == ["讲话"])
    }

    @Test func theReportTheMayorDelivered() {
        let p = Meetings.people("衡阳市十六届人大三次会议昨日开幕。市长赵明远所作的政府工作报告显示,全市经济稳中有进。")
        #expect(p["赵明远"]?.roles == ["讲话"])
    }

    @Test func executiveChairsNamedOnlyAsSuchHaveNoRole() {
        let p = Meetings.people("1月8日,衡阳市十六届人大三次会议开幕。本次大会的执行主席是赵明远、钱文博、孙立华。")
        #expect(p.keys.sorted() == ["孙立华", "赵明远", "钱文博"])
        #expect(p["钱文博"]?.roles == [])
    }

    @Test func aListItemEndsWhereTheNextStarts() {
        let p = Meetings.people("1月8日,县十七届人大五次会议开幕。执行主席钱文博、孙立和、赵明远在主席台就座。")
        #expect(p["孙立和"]?.roles == ["出席"])
        #expect(p["孙立和"]?.titles == ["执行主席"])
        #expect(p["孙立"] == nil)
    }

    @Test func whoOnlyExplainsADraftHasNoRole() {
        let p = Meetings.people("1月8日,衡阳市十六届人大三次会议开幕。市长赵明远作政府工作报告。市发展改革委主任钱文博作关于计划草案和政府工作报告修改情况的说明。")
        #expect(p["赵明远"]?.roles == ["讲话"])
        #expect(p["钱文博"]?.roles ?? [] == [])
    }
}
