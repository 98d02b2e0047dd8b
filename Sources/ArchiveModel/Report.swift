/// Everything archived for one document: the record of spec/export.md. Extraction produces it,
/// the store writes it, export reads it back. Offsets are in Unicode scalars of the normalized text.
public struct Report: Sendable, Equatable, Codable {
    public var document: DocumentInfo
    public var meeting: Meeting
    public var people: [Person]
    public var indicators: [IndicatorValue]
    public var goals: [GoalMention]

    public init(document: DocumentInfo, meeting: Meeting = Meeting(), people: [Person] = [],
                indicators: [IndicatorValue] = [], goals: [GoalMention] = []) {
        self.document = document
        self.meeting = meeting
        self.people = people
        self.indicators = indicators
        self.goals = goals
    }
}

public struct DocumentInfo: Sendable, Equatable, Codable {
    public var source: String
    public var sha256: String
    public var title: String?
    public var published: String?
    public var publisher: String?
    public var authors: [String]
    public var script: String
    public var repairs: [String]
    public var encoding: String
    /// The rules that made the facts (documents.rules_version); nil before they were recorded.
    public var rulesVersion: String?

    public init(source: String, sha256: String, title: String? = nil, published: String? = nil,
                publisher: String? = nil, authors: [String] = [], script: String = "hans",
                repairs: [String] = [], encoding: String = "UTF-8", rulesVersion: String? = nil) {
        self.source = source
        self.sha256 = sha256
        self.title = title
        self.published = published
        self.publisher = publisher
        self.authors = authors
        self.script = script
        self.repairs = repairs
        self.encoding = encoding
        self.rulesVersion = rulesVersion
    }
}

/// A region as a fact names it: the name as resolved, its division code and level when it is a division.
public struct RegionRef: Sendable, Equatable, Hashable, Codable {
    public var name: String
    public var code: String?
    public var level: String?

    public init(name: String, code: String? = nil, level: String? = nil) {
        self.name = name
        self.code = code
        self.level = level
    }
}

public struct Meeting: Sendable, Equatable, Codable {
    public var title: String?
    public var date: String?
    public var region: RegionRef?
    public var kind: String?
    /// How the content fixed the year when no date did (YearEvidence): the rule and its words.
    public var yearRule: String?
    public var yearEvidence: String?

    public init(title: String? = nil, date: String? = nil, region: RegionRef? = nil, kind: String? = nil,
                yearRule: String? = nil, yearEvidence: String? = nil) {
        self.title = title
        self.date = date
        self.region = region
        self.kind = kind
        self.yearRule = yearRule
        self.yearEvidence = yearEvidence
    }
}

/// A span of the normalized text and the sentence it lies in.
public struct Evidence: Sendable, Equatable, Codable {
    public var sentence: String
    public var start: Int
    public var end: Int

    public init(sentence: String, start: Int, end: Int) {
        self.sentence = sentence
        self.start = start
        self.end = end
    }
}

public struct Person: Sendable, Equatable, Codable {
    public var name: String
    public var titles: [String]
    public var roles: [String]
    public var evidence: Evidence?

    public init(name: String, titles: [String] = [], roles: [String] = [], evidence: Evidence? = nil) {
        self.name = name
        self.titles = titles
        self.roles = roles
        self.evidence = evidence
    }
}

public struct IndicatorValue: Sendable, Equatable, Codable {
    /// Code from the vocabulary, nil for an indicator outside it.
    public var indicator: String?
    /// The indicator as written.
    public var name: String
    public var kind: String        // actual | target
    public var measure: String     // growth | level | rate | pp
    public var value: Double
    public var unit: String
    public var comparator: String  // = >= <= ~
    public var period: String?
    public var region: RegionRef?
    public var evidence: Evidence
    /// The correction that set a field of this fact or added it (corrections.id); nil as the rules made it.
    public var correction: Int64?

    public init(indicator: String?, name: String, kind: String, measure: String, value: Double, unit: String,
                comparator: String = "=", period: String? = nil, region: RegionRef? = nil, evidence: Evidence,
                correction: Int64? = nil) {
        self.indicator = indicator
        self.name = name
        self.kind = kind
        self.measure = measure
        self.value = value
        self.unit = unit
        self.comparator = comparator
        self.period = period
        self.region = region
        self.evidence = evidence
        self.correction = correction
    }
}

public struct GoalMention: Sendable, Equatable, Codable {
    public var phrase: String
    public var surface: String
    public var stance: String      // goal | achieved
    public var evidence: Evidence
    /// The correction that set a field of this fact or added it (corrections.id); nil as the rules made it.
    public var correction: Int64?

    public init(phrase: String, surface: String, stance: String, evidence: Evidence, correction: Int64? = nil) {
        self.phrase = phrase
        self.surface = surface
        self.stance = stance
        self.evidence = evidence
        self.correction = correction
    }
}
