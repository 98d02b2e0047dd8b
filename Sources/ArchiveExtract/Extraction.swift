import ArchiveModel

/// What extraction finds in one document's text (the Report less the file's identity).
public struct Extraction: Sendable, Equatable {
    public var title: String?
    public var published: String?
    public var publisher: String?
    public var authors: [String]
    public var meeting: Meeting
    public var people: [Person]
    public var indicators: [IndicatorValue]
    public var goals: [GoalMention]

    public init(title: String? = nil, published: String? = nil, publisher: String? = nil, authors: [String] = [],
                meeting: Meeting = Meeting(), people: [Person] = [], indicators: [IndicatorValue] = [],
                goals: [GoalMention] = []) {
        self.title = title
        self.published = published
        self.publisher = publisher
        self.authors = authors
        self.meeting = meeting
        self.people = people
        self.indicators = indicators
        self.goals = goals
    }
}
