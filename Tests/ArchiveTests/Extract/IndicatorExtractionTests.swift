import Foundation
import Testing
import Archive
@testable import ArchiveExtract

/// Sentences written for these tests, one per shape of stated value and per trap.
@Suite struct IndicatorExtractionTests {
    typealias F = Facts

    @Test func growthRate() {
        let values = F.indicators("今年一季度，全县地区生产总值增长6.3%。")
        #expect(values.count == 1)
        let v = values[0]
        #expect(v.indicator == "GDP" && v.kind == "actual" && v.measure == "growth" && v.value == 6.3)
        #expect(v.unit == "%" && v.comparator == "=" && v.period == "2023Q1" && v.region == F.host)
        #expect(v.evidence.sentence == "今年一季度，全县地区生产总值增长6.3%。")
    }

    @Test func parallelListPairsByPosition() {
        let text = "上半年，地区生产总值、固定资产投资、社会消费品零售总额和外贸进出口分别增长4.2%、7.1%、5.5%和20.3%。"
        #expect(F.scored(text) == [F.actual("GDP", 4.2), F.actual("FAI", 7.1), F.actual("RETAIL", 5.5),
                                   F.actual("TRADE", 20.3)])
        #expect(F.indicators(text).allSatisfy { $0.period == "2023H1" })
    }

    @Test func parallelListWithACountMismatchYieldsNothing() {
        #expect(F.indicators("上半年，地区生产总值、固定资产投资和社零分别增长4.2%、7.1%。").isEmpty)
    }

    @Test func parallelListWithASharedSuffix() {
        #expect(F.scored("农村居民和城镇居民人均可支配收入分别增长7.4%和5.1%。")
                == [F.actual("RURAL_INCOME", 7.4), F.actual("URBAN_INCOME", 5.1)])
    }

    @Test func levelAndGrowthInOneClause() {
        let values = F.indicators("前三季度全市完成规模以上工业增加值612.5亿元，同比增长9.3%。")
        #expect(Set(values.map(\.measure)) == ["level", "growth"])
        #expect(F.scored("前三季度全市完成规模以上工业增加值612.5亿元，同比增长9.3%。")
                == [F.actual("IVA", 612.5, "亿元"), F.actual("IVA", 9.3)])
        #expect(values.allSatisfy { $0.period == "2023-01..09" })
    }

    @Test func longestAliasWins() {
        #expect(F.scored("城镇居民人均可支配收入增长4.9%，规模以上工业增加值增长7%。")
                == [F.actual("URBAN_INCOME", 4.9), F.actual("IVA", 7)])
    }

    @Test func breakthroughIsAtLeast() {
        let values = F.indicators("明年力争一般公共预算收入突破45亿元。")
        #expect(values.count == 1)
        #expect(values.first?.comparator == ">=" && values.first?.kind == "target")
        #expect(values.first?.indicator == "BUDGET_REV" && values.first?.period == "2024")
    }

    @Test func aboutIsApproximate() {
        let values = F.indicators("2024年预期目标是：地区生产总值增长6%左右。")
        #expect(values.map(\.comparator) == ["~"])
        #expect(values.first?.kind == "target" && values.first?.period == "2024")
    }

    @Test func rangeGivesTwoEntries() {
        let values = F.indicators("全年预期目标为社会消费品零售总额增长8%-9%。")
        #expect(values.map(\.comparator) == [">=", "<="])
        #expect(values.map(\.value) == [8, 9])
        #expect(values.allSatisfy { $0.kind == "target" && $0.indicator == "RETAIL" })
    }

    @Test func notLowerThanAndKeptWithin() {
        let floor = F.indicators("确保固定资产投资增长不低于10%。")
        #expect(floor.map(\.comparator) == [">="] && floor.first?.kind == "target")
        let ceiling = F.indicators("主要预期目标：城镇调查失业率控制在5.5%以内。")
        #expect(ceiling.map(\.comparator) == ["<="])
        #expect(ceiling.first?.measure == "rate" && ceiling.first?.kind == "target")
    }

    @Test func approximatelyBeforeTheNumber() {
        #expect(F.indicators("地区生产总值约2100亿元。").map(\.comparator) == ["~"])
    }

    @Test func percentagePointChangeIsNoValue() {
        #expect(F.indicators("规模以上工业增加值增速比上年提高1.2个百分点。").isEmpty)
    }

    @Test func rankingIsNoValue() {
        #expect(F.indicators("地区生产总值增速居全省第3位。").isEmpty)
    }

    @Test func multiYearAverageIsNoValue() {
        #expect(F.indicators("地区生产总值两年平均增长5.1%。").isEmpty)
        #expect(F.indicators("固定资产投资年均增长9%。").isEmpty)
    }

    @Test func shareIsNoGrowth() {
        #expect(F.scored("民间投资占固定资产投资的比重达到56.2%。").isEmpty)
        // The share does not break the clause: the growth after it is still the revenue's.
        #expect(F.scored("实现财政总收入8.1亿元，占年度预算的52%，同比增长6.6%。")
                == [F.actual("FISCAL_REV", 8.1, "亿元"), F.actual("FISCAL_REV", 6.6)])
    }

    @Test func chineseNumerals() {
        #expect(F.scored("力争地区生产总值增长百分之八。") == [F.target("GDP", 8)])
        #expect(F.scored("粮食总产量达到三千五百万吨。") == [F.actual("GRAIN", 3500, "万吨")])
    }

    @Test func targetVersusActual() {
        let text = "一季度全市地区生产总值增长5.2%，确保全年增长6%以上。"
        #expect(F.scored(text) == [F.actual("GDP", 5.2), F.target("GDP", 6)])
        #expect(F.indicators(text).map(\.period) == ["2023Q1", "2023"])
        #expect(F.scored("突破300亿元的预期目标，地区生产总值要突破300亿元。") == [F.target("GDP", 300, "亿元")])
    }

    @Test func forecastForAPeriodJustEndedIsActual() {
        #expect(F.scored("2023年，预计完成地区生产总值520亿元。") == [F.actual("GDP", 520, "亿元")])
        #expect(F.scored("预计明年地区生产总值增长6%。") == [F.target("GDP", 6)])
    }

    @Test func indicatorsOutsideTheVocabularyKeepTheirValue() {
        let values = F.indicators("税收收入增长12.4%，地区生产总值增长5%，其中工业投资增长25%。")
        #expect(F.scored("税收收入增长12.4%，地区生产总值增长5%，其中工业投资增长25%。") == [F.actual("GDP", 5)])
        #expect(values.contains { $0.indicator == nil && $0.value == 12.4 && $0.name == "税收收入" })
        #expect(values.contains { $0.indicator == nil && $0.value == 25 })
    }

    @Test func aNameThatExtendsAnAliasIsAnotherIndicator() {
        #expect(F.scored("规模以上工业总产值完成310亿元，增长4%。").isEmpty)
        #expect(F.scored("人均地区生产总值达到9.6万元。").isEmpty)
        #expect(F.scored("招商引资签约金额120亿元，合同利用外资2亿美元。").isEmpty)
        #expect(F.scored("一般公共预算收入中税收收入增长3%。").isEmpty)
    }

    @Test func looserAliasYieldsToThePreciseOneInTheSameSentence() {
        #expect(F.scored("全市工业增加值增长6.9%，规上工业增加值增长7.3%。") == [F.actual("IVA", 7.3)])
    }

    @Test func numbersInsideNounPhrasesAreNoValues() {
        #expect(F.scored("到2025年，地区生产总值超50亿元的乡镇达到8个。").isEmpty)
        #expect(F.scored("打造地区生产总值百亿强县。").isEmpty)
    }

    @Test func anIncrementIsNoLevel() {
        #expect(F.scored("地区生产总值比上年增加120亿元。").isEmpty)
    }

    @Test func dollarsAndFallingValues() {
        #expect(F.scored("实际利用外资3.2亿美元，增长15%。") == [F.actual("FDI", 3.2, "亿美元"), F.actual("FDI", 15)])
        #expect(F.scored("进出口总额下降3.5%。") == [F.actual("TRADE", -3.5)])
    }

    @Test func withoutAYearThePeriodIsUnknown() {
        #expect(F.indicators("一季度，地区生产总值增长5%。", year: nil).first?.period == nil)
    }

    @Test func aSecondListReusesTheFirstListsItems() {
        #expect(F.scored("地区生产总值和财政总收入分别达到480亿元和36亿元，分别增长6.1%和9.4%。")
                == [F.actual("GDP", 480, "亿元"), F.actual("FISCAL_REV", 36, "亿元"), F.actual("GDP", 6.1),
                    F.actual("FISCAL_REV", 9.4)])
    }

    @Test func urbanAndRuralResidentsTogether() {
        #expect(F.scored("城乡居民人均可支配收入分别增长5.8%和7.9%。")
                == [F.actual("URBAN_INCOME", 5.8), F.actual("RURAL_INCOME", 7.9)])
    }

    @Test func progressAgainstThePlanIsNoGrowth() {
        #expect(F.scored("固定资产投资完成年度计划的78.5%。").isEmpty)
    }

    @Test func comparablePricesDoNotBreakTheClause() {
        #expect(F.scored("完成地区生产总值260亿元，按可比价格计算，同比增长5.7%。")
                == [F.actual("GDP", 260, "亿元"), F.actual("GDP", 5.7)])
    }

    @Test func aWiderRegionsFigureIsNotTheHosts() {
        #expect(F.scored("全国地区生产总值增长5.2%，全市地区生产总值增长6.1%。") == [F.actual("GDP", 6.1)])
        // 全省 in a value's sentence is the host (the spec's rule), whatever the host's level.
        #expect(F.scored("全省地区生产总值增长5.9%。") == [F.actual("GDP", 5.9)])
    }

    @Test func minusSign() {
        #expect(F.scored("进出口总额增长-4.1%。") == [F.actual("TRADE", -4.1)])
    }

    @Test func aListOfTargetsCutAtSemicolonsStaysTargets() {
        let text = "今年的主要预期目标是：地区生产总值增长6.5%左右；固定资产投资增长9%；城镇调查失业率控制在5.5%以内。一季度固定资产投资增长3.1%。"
        #expect(F.scored(text) == [F.target("GDP", 6.5), F.target("FAI", 9), F.target("UNEMPLOYMENT", 5.5),
                                   F.actual("FAI", 3.1)])
    }

    @Test func residentIncomeVariants() {
        #expect(F.scored("农村常住居民人均可支配收入达到21560元，社会消费品零售额增长4%。")
                == [F.actual("RURAL_INCOME", 21560, "元"), F.actual("RETAIL", 4)])
    }

    @Test func aValueForAYearAheadIsATarget() {
        #expect(F.scored("2025年，地区生产总值增长6%。", year: 2024) == [F.target("GDP", 6)])
        #expect(F.scored("2023年，地区生产总值增长6%。", year: 2024) == [F.actual("GDP", 6)])
    }

    @Test func aSentenceWithoutAPeriodTakesTheReportedOne() {
        let text = "会议总结一季度工作，部署二季度工作。全市地区生产总值增长5.5%。"
        #expect(F.indicators(text).map(\.period) == ["2023Q1"])
    }

    @Test func periodItemsShareTheIndicator() {
        #expect(F.scored("一季度、上半年地区生产总值分别增长5.1%和5.6%。") == [F.actual("GDP", 5.1), F.actual("GDP", 5.6)])
    }

    @Test func aMilestoneWordKeepsTheIndicator() {
        #expect(F.scored("地区生产总值迈上2000亿元台阶，实现了8.5%的较快增长。")
                == [F.actual("GDP", 2000, "亿元"), F.actual("GDP", 8.5)])
    }

    @Test func aSubItemAfterQiZhongIsAnotherIndicator() {
        #expect(F.scored("外贸进出口总额完成5.6亿美元，同比增长21.3%，其中出口4.2亿美元，增长25.6%。")
                == [F.actual("TRADE", 5.6, "亿美元"), F.actual("TRADE", 21.3)])
    }

    @Test func aListOfSharesIsNoList() {
        #expect(F.scored("地区生产总值和一般公共预算收入分别占全省的12.1%和9.8%。").isEmpty)
    }

    @Test func aReportAfterTheTargetInTheSameSentenceIsActual() {
        #expect(F.scored("今年的目标是地区生产总值增长6%，一季度增长4.5%。") == [F.target("GDP", 6), F.actual("GDP", 4.5)])
        #expect(F.scored("力争到2025年，地区生产总值突破500亿元。", year: 2023) == [F.target("GDP", 500, "亿元")])
    }

    @Test func urbanAndRuralIncomeShortNames() {
        #expect(F.scored("城乡居民收入分别增长4.6%和6.9%。") == [F.actual("URBAN_INCOME", 4.6), F.actual("RURAL_INCOME", 6.9)])
    }

    @Test func fallingToAValueIsNoFallByIt() {
        #expect(F.scored("地区生产总值增速回落至6.5%。") == [F.actual("GDP", 6.5)])
        #expect(F.scored("面对下降压力，地区生产总值增长4%。") == [F.actual("GDP", 4)])
    }

    @Test func aTargetNamedInTheValuesClause() {
        #expect(F.scored("全年地区生产总值增长目标7.5%。") == [F.target("GDP", 7.5)])
    }

    @Test func valueAddedOfIndustrialFirms() {
        #expect(F.scored("全县86家规模以上工业企业完成增加值同比增长6.2%。") == [F.actual("IVA", 6.2)])
        #expect(F.scored("全县规模以上工业企业营业收入增长6.2%。").isEmpty)
    }

    @Test func moreThanTheNumberWritten() {
        let values = F.indicators("地区生产总值达到5000多亿元。")
        #expect(values.map(\.value) == [5000] && values.map(\.comparator) == [">="])
    }

    @Test func garbledTextGivesOnlyWellFormedFacts() {
        // Inputs that once trapped (an empty name range, a numeral run that overflowed): whatever is
        // found in them is a fact the archive can hold, pointing at a sentence of the input.
        let garbled = [
            ",分别企业GDP两控制在以内占\n实现,较,百增长、八十万%亿2023年月份 余1-5月今年分别增加值双过半力争点“~,确保实现％一季度~八百-％年地区生产总值余力争力争％五",
            "-时间过半平均千亿亿中力争双过半 余双过半实现余今年去年其中“元至五月万-规上工业一季度”全年美元多时间过半一季度全年%十1地区生产总值元点吨其中十分别左右,",
        ]
        for text in garbled {
            let characters = Array(text)
            for value in F.indicators(text) {
                #expect(["actual", "target"].contains(value.kind), "\(value)")
                #expect(["growth", "level", "rate", "pp"].contains(value.measure), "\(value)")
                #expect(["=", ">=", "<=", "~"].contains(value.comparator), "\(value)")
                #expect(value.value.isFinite && !value.name.isEmpty && !value.unit.isEmpty, "\(value)")
                let e = value.evidence
                #expect(0 <= e.start && e.start < e.end && e.end <= characters.count, "\(value)")
                if 0 <= e.start && e.start < e.end && e.end <= characters.count {
                    #expect(String(characters[e.start..<e.end]).contains(e.sentence.trimmingCharacters(in: .whitespacesAndNewlines)), "\(value)")
                }
                #expect(e.sentence.contains(value.name), "the name \(value.name) is written in its sentence")
            }
        }
        let goals = F.goals("“”“开门红”“”、、实现了")
        #expect(goals.allSatisfy { ["goal", "achieved"].contains($0.stance) && !$0.phrase.isEmpty }, "\(goals)")
    }

    @Test func residentsIncomesJoinedWithoutTheListWord() {
        #expect(F.scored("城乡居民人均可支配收入为41000元和21000元，分别增长6.2%和7.3%。") == [
            F.actual("URBAN_INCOME", 41000, "元"), F.actual("RURAL_INCOME", 21000, "元"),
            F.actual("URBAN_INCOME", 6.2), F.actual("RURAL_INCOME", 7.3),
        ])
    }

    @Test func aQualifierAfterTheLastValueOfAListBelongsToEveryValue() {
        let values = F.indicators("力争地区生产总值和固定资产投资分别增长6%、9%左右。")
        #expect(values.map(\.comparator) == ["~", "~"])
        let atLeast = F.indicators("力争地区生产总值和固定资产投资分别增长6%和9%以上。")
        #expect(atLeast.map(\.comparator) == [">=", ">="])
    }

    @Test func aQualifierAfterASpace() {
        #expect(F.indicators("预期目标是地区生产总值增长 6% 以上。").map(\.comparator) == [">="])
    }

    @Test func steppingOverALevelIsAtLeastIt() {
        #expect(F.indicators("地区生产总值迈上900亿元新台阶。").map(\.comparator) == [">="])
        #expect(F.indicators("地区生产总值跨上900亿元台阶。").map(\.comparator) == [">="])
    }

    @Test func aHeadingDatesTheLinesUnderItAndNamesTheirKind() {
        let text = "2021年工作回顾\n• 地区生产总值增长6.5%\n2022年主要预期目标\n• 地区生产总值增长7%\n• 固定资产投资增长9%以上"
        let values = F.indicators(text, year: 2022)
        #expect(values.map(\.kind) == ["actual", "target", "target"])
        #expect(values.map(\.period) == ["2021", "2022", "2022"])
    }

    @Test func aListWordWithNoItemsPairsWithTheValuesJustBefore() {
        #expect(F.scored("全年实现地区生产总值420亿元，社会消费品零售总额150亿元，分别增长6.1%和7.2%。") == [
            F.actual("GDP", 420, "亿元"), F.actual("RETAIL", 150, "亿元"), F.actual("GDP", 6.1), F.actual("RETAIL", 7.2),
        ])
    }

    @Test func aShareOfAnotherIndicatorIsNoValueOfIt() {
        #expect(F.scored("研发经费支出相当于地区生产总值的比例达到2.5%。").isEmpty)
    }

    @Test func aStatedSetOfExpectedIndicatorsIsTargets() {
        #expect(F.scored("今年主要预期性指标为：地区生产总值增长6%，固定资产投资增长8%。") == [
            F.target("GDP", 6), F.target("FAI", 8),
        ])
    }

    @Test func aValueOutsideTheVocabularyKeepsItsNounPhraseOrIsNotRecorded() {
        #expect(F.indicators("1至9月全县旅游收入增长12%。").map(\.name) == ["旅游收入"])
        #expect(F.indicators("全县工业总产值超80亿元。").map(\.name) == ["工业总产值"])
        #expect(F.indicators("会议圆满完成各项议程，同比增长12%。").isEmpty)
    }

    @Test func theYearGoneByIsTheYearBefore() {
        let values = F.indicators("在过去的一年，预计全市地区生产总值增长4.5%左右。", year: 2024)
        #expect(values.map(\.kind) == ["actual"])
        #expect(values.map(\.period) == ["2023"])
    }

    @Test func aPercentageOfTheValueBeforeItIsAShare() {
        let values = F.indicators("预计完成固定资产投资30亿元，完成全年固定资产投资任务80亿元的37.5%。")
        #expect(values.contains { $0.indicator == "FAI" && $0.value == 30 })
        #expect(!values.contains { $0.unit == "%" })
    }

    @Test func aPeriodReportedAfterTheLastValuesIsTheNextValuesPeriod() {
        let text = "全年地区生产总值增长6.1%。2023年一季度，全区经济运行稳中向好。初步预计，地区生产总值增长5.2%。"
        #expect(F.indicators(text, year: 2023).map(\.period) == ["2023", "2023Q1"])
    }
}

