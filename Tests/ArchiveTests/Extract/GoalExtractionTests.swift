import Testing
import Archive
@testable import ArchiveExtract

@Suite struct GoalExtractionTests {
    typealias F = Facts

    @Test func ensuredGoal() {
        #expect(F.goals("全力冲刺四季度，确保实现“全年红”。") == [.init(phrase: "全年红", stance: "goal")])
    }

    @Test func achievedRunOfSlogans() {
        #expect(F.goals("一季度主要指标实现了“开门稳”“开门红”。")
                == [.init(phrase: "开门稳", stance: "achieved"), .init(phrase: "开门红", stance: "achieved")])
    }

    @Test func bareAchieveInAReportOfWorkDone() {
        #expect(F.goals("今年以来，全市经济稳中向好，实现“开门红”。") == [.init(phrase: "开门红", stance: "achieved")])
        #expect(F.goals("各地要咬定目标，实现“满堂彩”。") == [.init(phrase: "满堂彩", stance: "goal")])
    }

    @Test func variantsMapToThePhrase() {
        #expect(F.goals("努力实现时间过半、任务过半。") == [.init(phrase: "双过半", stance: "goal")])
        #expect(F.goals("奋力夺取首季“开门红”。") == [.init(phrase: "开门红", stance: "goal")])
        #expect(F.goals("迎来“季季红”。") == [.init(phrase: "季季红", stance: "achieved")])
    }

    @Test func oneEntryPerPhraseAndStance() {
        #expect(F.goals("确保“双过半”，确保“双过半”。").count == 1)
    }

    @Test func aSloganWithoutAVerbIsAGoal() {
        #expect(F.goals("全县“开门红”工作推进会召开").first?.stance == "goal")
    }

    @Test func forTheSakeOfIsAGoal() {
        #expect(F.goals("为取得“半年红”打下基础。") == [.init(phrase: "半年红", stance: "goal")])
    }

    @Test func aReviewThatStatesItPlainlyIsAchieved() {
        #expect(F.goals("一季度，全市经济实现“开门红”。") == [.init(phrase: "开门红", stance: "achieved")])
    }

    @Test func mainIsNoShall() {
        // 主要 holds 要 but calls for nothing.
        #expect(F.goals("上半年全县主要经济指标实现“双过半”。") == [.init(phrase: "双过半", stance: "achieved")])
        #expect(F.goals("会议要求各地实现“双过半”。") == [.init(phrase: "双过半", stance: "goal")])
    }

    @Test func achievedSaidAfterTheSlogan() {
        #expect(F.goals("一季度“开门红”已经实现。") == [.init(phrase: "开门红", stance: "achieved")])
    }

    @Test func aCallToJoinForcesIsAGoal() {
        #expect(F.goals("凝心聚力实现“双过半”").first?.stance == "goal")
    }

    @Test func aVariantWithACommaForItsEnumerationMark() {
        #expect(F.goals("确保实现时间过半，任务过半。") == [.init(phrase: "双过半", stance: "goal")])
    }

    @Test func aVerbOfIntentGovernsTheVerbOfHavingDone() {
        #expect(F.goals("各地要抢抓时间，争取交出“全年红”的答卷。") == [.init(phrase: "全年红", stance: "goal")])
        #expect(F.goals("会议围绕实现一季度“开门红”进行安排。") == [.init(phrase: "开门红", stance: "goal")])
        #expect(F.goals("研究解决措施，力保各项指标一季度实现“开门红”。") == [.init(phrase: "开门红", stance: "goal")])
    }

    @Test func aRunOfListMarksReadsAsOne() {
        #expect(F.goals("确保时间过半,、任务过半。") == [.init(phrase: "双过半", stance: "goal")])
    }
}
