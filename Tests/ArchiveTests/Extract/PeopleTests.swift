import Archive
@testable import ArchiveExtract
import Testing

@Suite struct PeopleTests {
    @Test func nameWithTitleAndRoles() {
        let p = Meetings.people("4月2日,岳阳市召开经济运行分析会。市委书记卫天明主持并强调,要抓好落实。")
        #expect(p["卫天明"]?.titles == ["市委书记"])
        #expect(p["卫天明"]?.roles == ["主持", "讲话"])
    }

    @Test func titlesSplitAtTheEnumerationComma() {
        let p = Meetings.people("会上,市委副书记、市委政法委书记蒋一帆,省委副书记、省长沈二河出席会议。")
        #expect(p["蒋一帆"]?.titles == ["市委副书记", "市委政法委书记"])
        #expect(p["沈二河"]?.titles == ["省委副书记", "省长"])
        #expect(p["蒋一帆"]?.roles == ["出席"])
    }

    @Test func longTitlesKeptWhole() {
        let p = Meetings.people("县委常委、县人民政府常务副县长韩四海主持会议。省委第三巡视组副组长杨五湖到会指导。")
        #expect(p["韩四海"]?.titles == ["县委常委", "县人民政府常务副县长"])
        #expect(p["杨五湖"]?.titles == ["省委第三巡视组副组长"])
        #expect(p["杨五湖"]?.roles == ["指导"])
    }

    @Test func aNameNextToAVerbDoesNotSwallowIt() {
        let p = Meetings.people("市长秦六合出席会议。秦六合强调,要稳住经济大盘。许七星点评。")
        #expect(p["秦六合"]?.roles == ["讲话", "出席"])
        #expect(p.keys.contains { $0.hasPrefix("秦六合") && $0 != "秦六合" } == false)
    }

    @Test func namesInListsWithLabel() {
        let p = Meetings.people("市领导何一鸣、吕二川、施三江等参加。")
        #expect(Set(p.keys) == ["何一鸣", "吕二川", "施三江"])
        #expect(p["吕二川"]?.roles == ["出席"])
    }

    @Test func unlabelledListBeforeTheVerb() {
        let p = Meetings.people("张大海、孔小河、曹中山等全体在家区领导参加会议。")
        #expect(Set(p.keys) == ["张大海", "孔小河", "曹中山"])
    }

    @Test func aListAfterItsVerb() {
        let p = Meetings.people("市长鲁九江主持会议。出席会议的还有严一山、华二水。")
        #expect(p["严一山"]?.roles == ["出席"])
        #expect(p["华二水"]?.roles == ["出席"])
        let q = Meetings.people("出席会议的还有县领导严一山、华二水。")
        #expect(q["华二水"]?.roles == ["出席"])
    }

    @Test func listFollowedByItsTitle() {
        let p = Meetings.people("严一山、华二水副县长及县直单位负责人参加会议。")
        #expect(p["严一山"]?.titles == ["副县长"])
        #expect(p["华二水"]?.roles == ["出席"])
    }

    @Test func titleSharedByTheNamesAfterIt() {
        let p = Meetings.people("副市长金三木、魏四水出席会议。")
        #expect(p["魏四水"]?.titles == ["副市长"])
        #expect(p["魏四水"]?.roles == ["出席"])
    }

    @Test func rolesFromTheClosedList() {
        let text = """
        6月1日,某某县召开经济运行调度会。县委书记陶一川主持会议并讲话。县长姜二山安排部署下半年工作。\
        副县长戚三水通报了上半年经济运行情况。县委常委谢四海作了发言。会议由陶一川主持。\
        县人大常委会副主任邹五岳对有关工作作了说明。县委副书记喻六合传达了上级会议精神。
        """
        let p = Meetings.people(text)
        #expect(p["陶一川"]?.roles == ["主持", "讲话"])
        #expect(p["姜二山"]?.roles == ["部署"])
        #expect(p["戚三水"]?.roles == ["通报"])
        #expect(p["谢四海"]?.roles == ["发言"])
        #expect(p["邹五岳"]?.roles == [])
        #expect(p["喻六合"]?.roles == [])
    }

    @Test func theMeetingsNameGivesNoRole() {
        // The meeting's name (点评会) is no role of its own: who stressed something there spoke.
        let p = Meetings.people("市长苏七星在一季度经济工作点评会上强调,要抓落实。")
        #expect(p["苏七星"]?.roles == ["讲话"])
        let q = Meetings.people("市长苏七星主持召开项目工作部署会议,强调要抓落实。")
        #expect(q["苏七星"]?.roles == ["主持", "讲话"])
    }

    @Test func aReporterIsNoParticipant() {
        let x = Meetings.extract("本报讯(记者 潘八方)3月2日,全市工作会议召开。市长鲁九江出席会议并讲话。")
        #expect(x.authors == ["潘八方"])
        #expect(x.people.map(\.name) == ["鲁九江"])
    }

    @Test func aWrittenInstructionIsNoParticipation() {
        let p = Meetings.people("市委书记葛十全作出批示,市长费一平参加会议并讲话。葛十全在批示中强调,要抓好落实。")
        #expect(p["葛十全"] == nil)
        #expect(p["费一平"]?.roles == ["讲话", "出席"])
    }

    @Test func aSpeechReportedAsRequestsWhenNothingElseWasSaid() {
        let p = Meetings.people("县长岑二河等县政府领导出席会议。岑二河要求,要狠抓落实。副市长薛三山点评。薛三山要求,要补齐短板。")
        #expect(p["岑二河"]?.roles == ["讲话", "出席"])
        #expect(p["薛三山"]?.roles == ["点评"])
    }

    @Test func aSpeechPassedOnIsNoParticipation() {
        let p = Meetings.people("会议传达学习了中央经济工作会议精神、省委书记柯一山在全省会议上的讲话精神。市长鲁九江出席会议并讲话。")
        #expect(p["柯一山"] == nil)
        #expect(p["鲁九江"] != nil)
    }

    @Test func invitedIsNoName() {
        let p = Meetings.people("副市长应邀出席。市政协主席卢二水应邀出席会议。")
        #expect(Set(p.keys) == ["卢二水"])
        #expect(p["卢二水"]?.roles == ["出席"])
    }

    @Test func aGroupNounIsNoName() {
        let p = Meetings.people("发挥政府领导班子“一班人”的带头作用。")
        #expect(p.isEmpty)
    }
}
