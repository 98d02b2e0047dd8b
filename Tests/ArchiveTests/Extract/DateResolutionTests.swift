import Archive
@testable import ArchiveExtract
import Testing

@Suite struct DateResolutionTests {
    @Test func monthDayTakesThePublicationYear() {
        let x = Meetings.extract("发布时间:2022年05月10日\n5月8日,岳阳市召开经济运行分析会。")
        #expect(x.meeting.date == "2022-05-08")
    }

    @Test func aNovemberMeetingPublishedInJanuaryIsFromTheYearBefore() {
        let x = Meetings.extract("发布时间:2024年01月03日\n11月28日,岳阳市召开四季度经济运行调度会。")
        #expect(x.meeting.date == "2023-11-28")
    }

    @Test func noYearAnywhereGivesMonthAndDayOnly() {
        #expect(Meetings.extract("9月3日,岳阳市召开经济运行分析会。").meeting.date == "--09-03")
    }

    @Test func relativeDaysCountFromThePublicationDate() {
        #expect(Meetings.extract("发布时间:2021-03-01\n昨日上午,岳阳市召开经济工作推进会。").meeting.date == "2021-02-28")
        #expect(Meetings.extract("发布时间:2021-03-01\n今天,岳阳市召开经济工作推进会。").meeting.date == "2021-03-01")
    }

    @Test func relativeDayWithoutPublicationIsUnknown() {
        #expect(Meetings.extract("市长昨天主持召开座谈会。").meeting.date == nil)
    }

    @Test func yearStatedForTheWorkAtHand() {
        let x = Meetings.extract("1月20日,县委经济工作会议召开,总结2020年经济工作,部署2021年经济工作。")
        #expect(x.meeting.date == "2021-01-20")
        let q = Meetings.extract("4月26日,我县召开2018年一季度经济运行分析会。")
        #expect(q.meeting.date == "2018-04-26")
    }

    @Test func aYearlySummaryMeetingEarlyInTheYearIsTheNextYear() {
        #expect(Meetings.extract("2月10日,某某高新区召开2016年度工作总结大会。").meeting.date == "2017-02-10")
    }

    @Test func aFirstQuarterPlannedInDecemberIsNextYearsPeriod() {
        #expect(Meetings.extract("12月18日,我县召开2025年一季度开门红工作部署会。").meeting.date == "2024-12-18")
    }

    @Test func theDatelineIsNotTheMeetingDay() {
        let x = Meetings.extract("某某网3月9日讯(通讯员 冯十全)3月8日,区委经济工作会议召开,部署2020年经济工作。")
        #expect(x.meeting.date == "2020-03-08")
    }

    @Test func aFullDateInTheMeetingSentence() {
        #expect(Meetings.extract("某某网讯 2020年12月30日下午,岳阳市召开2021年经济工作会议。").meeting.date == "2020-12-30")
    }

    @Test func aDayWithoutMonthIsUnknown() {
        #expect(Meetings.extract("本报讯 8日,经开区召开党工委会议。").meeting.date == nil)
    }

    @Test func theStageYearIsTheMeetingYear() {
        #expect(Meetings.year("发布时间:2024年01月03日\n11月28日,岳阳市召开四季度经济运行调度会。") == 2023)
        #expect(Meetings.year("9月3日,岳阳市召开经济运行分析会。") == nil)
    }
}
