import Archive
@testable import ArchiveExtract
@testable import ArchiveText
import Testing

/// Roles a list of names shares (spec/export.md, roles; issue 18).
@Suite struct ListRolesTests {
    private let meeting = "5月8日,衡阳市召开经济运行分析会。"

    @Test func distributiveGivesEachNameEveryRole() {
        let p = Meetings.people(meeting + "副市长钱文博,副市长孙立华、赵明远参加会议并分别就分管工作作安排部署。")
        #expect(p["钱文博"]?.roles == ["部署", "出席"])
        #expect(p["孙立华"]?.roles == ["部署", "出席"])
    }

    @Test func withoutDistributiveAListSharesOnlyAttendance() {
        let p = Meetings.people(meeting + "副市长钱文博,副市长孙立华、赵明远参加会议并就分管工作作安排部署。")
        #expect(p["钱文博"]?.roles == ["出席"])
    }

    @Test func aListGoingOnAfterAJoinerTakesTheRolesAfterIt() {
        let p = Meetings.people(meeting + "副主席钱文博、孙立华及秘书长赵明远出席会议。")
        #expect(p["钱文博"]?.roles == ["出席"])
        #expect(p["赵明远"]?.roles == ["出席"])
    }

    @Test func aContinuingClauseThatAssignsWork() {
        let p = Meetings.people(meeting + "副市长钱文博、孙立华出席会议,并安排部署分管领域重点工作。")
        #expect(p["孙立华"]?.roles == ["部署", "出席"])
    }
}

/// Names and titles at the edges of clauses and lists.
@Suite struct NameEdgesTests {
    private let meeting = "5月8日,衡阳市召开经济运行分析会。"

    @Test func aNameDoesNotTakeTheVerbOfSaying() {
        let p = Meetings.people(meeting + "市委书记钱文说,要稳住经济大盘。")
        #expect(p["钱文"]?.roles == ["讲话"])
        #expect(p["钱文说"] == nil)
    }

    @Test func aTitleStartsAfterThisCountyAndAfterTheJoiner() {
        let p = Meetings.people(meeting + "该县县委书记钱文博主持会议。副主席孙立华及秘书长赵明远出席会议。")
        #expect(p["钱文博"]?.titles == ["县委书记"])
        #expect(p["赵明远"]?.titles == ["秘书长"])
    }

    @Test func aListOfDepartmentsNamesNoPeople() {
        let p = Meetings.people(meeting + "各镇(街)、发改、统计、工信、商务、农业、人社、住建等部门参加会议。")
        #expect(p["商务"] == nil && p["农业"] == nil)
    }

    @Test func surnamesOfTheTable() {
        let p = Meetings.people(meeting + "副市长成立华主持会议。")
        #expect(p["成立华"]?.roles == ["主持"])
    }
}
