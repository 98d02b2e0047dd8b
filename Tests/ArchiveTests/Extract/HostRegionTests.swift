import Archive
@testable import ArchiveExtract
@testable import ArchiveModel
import Testing

@Suite struct HostRegionTests {
    private func host(_ text: String) -> RegionRef? { Meetings.extract(text).meeting.region }

    @Test func theNamedBodyThatMet() {
        #expect(host("5月8日,岳阳市召开经济运行分析会。")?.code == "430600")
        #expect(host("5月8日,代县召开经济运行调度会。")?.code == "140923")
    }

    @Test func ourCityResolvedThroughThePublisher() {
        let r = host("来源:天门市融媒体中心\n7月2日,我市举行项目观摩推进会。")
        #expect(r?.name == "天门市")
        #expect(r?.level == "county")
    }

    @Test func theVenueIsNotTheHost() {
        let r = host("5月6日,全省经济形势视频会在长沙召开。会议要求,奋力建设新湖南。")
        #expect(r?.name == "湖南省")
    }

    @Test func aPlaceVisitedIsNotTheHost() {
        let r = host("6月2日,岳阳市副市长卫天明深入平江县,召开座谈会。")
        #expect(r?.name == "岳阳市")
    }

    @Test func districtCommitteeWithTheDistrictNamedElsewhere() {
        let r = host("2月3日,区委经济工作会议召开。会议号召,加快建设美丽大观。")
        #expect(r?.code == "340803")
    }

    @Test func shortNamesResolve() {
        #expect(host("3月1日,全市工作会议召开。会议要求,推动安庆高质量发展。")?.code == "340800")
        #expect(host("3月1日,区委全体会议召开。会议要求,建设青春渌口。")?.code == "430212")
        #expect(host("3月1日,州委常委会召开。来源:甘孜日报")?.code == "513300")
    }

    @Test func theRegionHoldingTheOnlyPlacesNamed() {
        // A city's meeting that names none of its level, only counties, was held by the city they lie in.
        #expect(host("3月1日,全市经济工作会议召开。攸县、炎陵县作了发言。")?.code == "430200")
        // Counties of two cities settle nothing.
        #expect(host("3月1日,全市经济工作会议召开。攸县、平江县作了发言。") == nil)
        // A two-character short name is as often a word (和政 for 和政县, in 甘肃省).
        #expect(host("3月1日,全省经济工作会议召开。会议要求,扛起重大任务和政治责任。") == nil)
    }

    @Test func aShortNameInsideAnotherWordIsNoPlace() {
        // 惠民 (惠民县) inside 惠民生, 新兴 (新兴县) inside 新兴产业.
        #expect(host("9月1日,我县召开经济运行分析会。会议要求,稳增长、惠民生,培育新兴产业。") == nil)
    }

    @Test func anAmbiguousCountyNeedsItsParentForItsCode() {
        #expect(host("4月2日,鼓楼区召开经济运行分析会。")?.code == nil)
        #expect(host("来源:福州日报\n4月2日,鼓楼区召开经济运行分析会。")?.code == "350102")
    }

    @Test func aDevelopmentZoneKeepsItsNameWithoutCode() {
        let r = host("2月15日,青岛高新区召开年度工作总结大会。")
        #expect(r?.name == "青岛高新区")
        #expect(r?.code == nil)
        let named = host("岳阳 经开区召开党工委会议\n本报讯 8月5日,经开区召开党工委会议。")
        #expect(named?.name == "岳阳经开区")
    }

    @Test func anUnnamedHostIsNull() {
        #expect(host("6月16日,市政府召开经济运行调度会,研究当前工作。") == nil)
        #expect(host("1月4日,示范区管委会主任、市长卫天明主持召开示范区工作部署会议。") == nil)
    }

    @Test func aPlaceInsideAPersonsNameIsNoHost() {
        #expect(host("3月2日,县委书记王岳阳主持召开全县经济工作会议。") == nil)
    }

    @Test func anOldNameMapsToTodaysDivision() {
        #expect(host("3月2日,株洲县召开经济工作会议。")?.code == "430212")
    }

    /// Names are blanked one after another, each left to right without overlapping itself, in the
    /// text the names before it blanked.
    @Test func namesAreBlankedInOrderWithoutOverlap() {
        func blanked(_ names: [String], _ text: String) -> String {
            String(scalars: HostRegion.blanking(names.map(Word.init), in: text).scalars)
        }
        #expect(blanked(["ab", "bc"], "abcabc") == "  c  c")
        #expect(blanked(["bc", "ab"], "abcabc") == "a  a  ")
        #expect(blanked(["aa"], "aaaaa") == "    a")
        #expect(blanked(["xy", "a"], "bab") == "b b")
        #expect(blanked(["abc"], "ab") == "ab")
        #expect(blanked([], "ab") == "ab")
    }
}

/// Hosts of issue 18: a province from its venue, councils, zones, names no parent settles.
@Suite struct HostRegionBodiesTests {
    private func host(_ text: String) -> RegionRef? { Meetings.extract(text).meeting.region }

    @Test func aProvincesMeetingFromTheCityItSatIn() {
        #expect(host("10月29日,全省经济运行调度会在衡阳召开。会议要求,确保完成全年目标。")?.code == "430000")
    }

    @Test func aCouncilOfTheDistrict() {
        #expect(host("4月27日上午,区政协召开常委会议。会议要求,建设美丽雁峰。")?.code == "430406")
    }

    @Test func aZonesOwnBodyInTheMeetingsName() {
        let r = host("1月3日,中共衡阳市委高新技术产业开发区工委扩大会议在衡阳高新技术产业开发区召开。")
        #expect(r?.name == "衡阳高新技术产业开发区")
        #expect(r?.code == nil)
    }

    @Test func aZoneTheTextDoesNotPlaceIsThePublishersPlaces() {
        let r = host("来源:衡阳日报\n8月3日,高新区召开党工委扩大会议。")
        #expect(r?.name == "衡阳高新区")
    }

    @Test func aNameNoParentSettlesIsKeptAsWritten() {
        let r = host("10月25日,鼓楼区召开经济运行分析会。")
        #expect(r?.name == "鼓楼区")
        #expect(r?.code == nil)
    }
}
