using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Vision;

namespace DealRoom.Web.Persistence;

/// <summary>
/// The demo deal: a logistics company moving from an on-premise CRM to a cloud CRM. Built from operations, so the
/// demo room's history is an ordinary op log.
/// </summary>
public static class DemoRoom
{
    public const string AccountId = "acc-northwind";
    public const string RoomId = "room-northwind-crm";
    public const string Name = "Northwind Logistics: cloud CRM";

    public static IReadOnlyList<Operation> Operations() =>
    [
        new UpdateRoom(F(("customerName", "Northwind Logistics"),
            ("compellingEvent", "The on-premise CRM's support contract ends in June next year."),
            ("alternatives", "Upgrade the on-premise CRM; a competitor's cloud CRM; doing nothing"))),

        Stakeholder("sh-erik", 420, 40, ("name", "Erik Lindqvist"), ("title", "Chief Financial Officer"), ("function", "Finance"),
            ("buyingRole", "EconomicBuyer"), ("power", "5"), ("influence", "5"), ("stance", "Skeptic"), ("decisionStyle", "Thinker"),
            ("responseMode", "EvenKeel"), ("informationPreference", "NumbersAndData"), ("visibleToCustomer", "true"),
            ("privateNotes", "Burned by the last CRM project's overrun; wants numbers, not slides.")),
        Stakeholder("sh-maria", 120, 180, ("name", "Maria Santos"), ("title", "VP Sales Operations"), ("function", "Sales operations"),
            ("buyingRole", "ExecutiveSponsor"), ("power", "4"), ("influence", "5"), ("stance", "Champion"), ("decisionStyle", "Charismatic"),
            ("responseMode", "Growth"), ("informationPreference", "BigPicture"), ("visibleToCustomer", "true"),
            ("championPrefersUs", "true"), ("championSellsForUs", "true")),
        Stakeholder("sh-david", 720, 180, ("name", "David Okafor"), ("title", "Chief Information Officer"), ("function", "IT"),
            ("buyingRole", "DecisionMaker"), ("power", "4"), ("influence", "4"), ("stance", "Neutral"), ("decisionStyle", "Controller"),
            ("responseMode", "Trouble"), ("informationPreference", "DetailAndSpecification"), ("visibleToCustomer", "true")),
        Stakeholder("sh-priya", 920, 340, ("name", "Priya Raman"), ("title", "Enterprise Architect"), ("function", "IT"),
            ("buyingRole", "TechnicalEvaluator"), ("power", "2"), ("influence", "3"), ("stance", "Supporter"), ("decisionStyle", "Thinker")),
        Stakeholder("sh-tom", 600, 340, ("name", "Tom Becker"), ("title", "IT Security Lead"), ("function", "IT"),
            ("buyingRole", "Gatekeeper"), ("power", "2"), ("influence", "3"), ("stance", "Blocker"), ("decisionStyle", "Skeptic"),
            ("privateNotes", "Worried about data residency; has vetoed SaaS tools before.")),
        Stakeholder("sh-lena", 40, 340, ("name", "Lena Vogel"), ("title", "Regional Sales Director"), ("function", "Line of business"),
            ("buyingRole", "User"), ("power", "2"), ("influence", "4"), ("stance", "Supporter"), ("decisionStyle", "Follower")),
        Stakeholder("sh-jonas", 300, 340, ("name", "Jonas Meyer"), ("title", "Finance Controller"), ("function", "Finance"),
            ("buyingRole", "Influencer"), ("power", "2"), ("influence", "2"), ("stance", "Unknown")),
        Stakeholder("sh-sofia", 260, 500, ("name", "Sofia Martins"), ("title", "Category Manager IT"), ("function", "Procurement"),
            ("buyingRole", "Procurement"), ("power", "3"), ("influence", "2"), ("stance", "Neutral"), ("decisionStyle", "Controller")),

        Relationship("rel-1", "sh-maria", "sh-erik", "ReportsTo", "Strong"),
        Relationship("rel-2", "sh-david", "sh-erik", "ReportsTo", "Strong"),
        Relationship("rel-3", "sh-priya", "sh-david", "ReportsTo", "Medium"),
        Relationship("rel-4", "sh-tom", "sh-david", "ReportsTo", "Medium"),
        Relationship("rel-5", "sh-lena", "sh-maria", "ReportsTo", "Strong"),
        Relationship("rel-6", "sh-jonas", "sh-erik", "ReportsTo", "Medium"),
        Relationship("rel-7", "sh-sofia", "sh-jonas", "ReportsTo", "Weak"),
        Relationship("rel-8", "sh-tom", "sh-maria", "InConflictWith", "Medium"),
        Relationship("rel-9", "sh-priya", "sh-tom", "Influences", "Medium"),
        Relationship("rel-10", "sh-maria", "sh-david", "AllyOf", "Weak"),

        new AddTeamMember("tm-alex", 140, 660, F(("name", "Alex Carter"), ("role", "DealOwner"), ("expertise", "Sales operations, Line of business"), ("userId", "user-alex"))),
        new AddTeamMember("tm-nina", 460, 660, F(("name", "Nina Brooks"), ("role", "ExecutiveAccountManager"), ("expertise", "Decision dynamics, Finance"), ("userId", "user-nina"))),
        new AddTeamMember("tm-sam", 780, 660, F(("name", "Sam Patel"), ("role", "DomainExpert"), ("expertise", "IT, Cloud migration, Security"), ("userId", "user-sam"))),
        new AddCoverage("cov-1", "tm-alex", "sh-maria", F(("currentLevel", "TrustedAdvisor"), ("desiredLevel", "TrustedAdvisor"), ("contactDepth", "InDepth"))),
        new AddCoverage("cov-2", "tm-alex", "sh-lena", F(("currentLevel", "ProblemSolver"), ("contactDepth", "MultipleContacts"))),
        new AddCoverage("cov-3", "tm-nina", "sh-erik", F(("currentLevel", "Vendor"), ("desiredLevel", "CredibleSource"), ("contactDepth", "BriefContact"))),
        new AddCoverage("cov-4", "tm-sam", "sh-priya", F(("currentLevel", "CredibleSource"), ("contactDepth", "MultipleContacts"))),

        Vision("ve-current", VisionElementType.CurrentState, 40, 60, ("title", "Customer data spread over an on-premise CRM and spreadsheets"),
            ("description", "Sales reps re-key orders; forecasts are built by hand every Friday.")),
        Vision("ve-ch-forecast", VisionElementType.Challenge, 40, 220, ("title", "Forecasts are late and unreliable"), ("area", "Sales operations")),
        Vision("ve-ch-cost", VisionElementType.Challenge, 40, 380, ("title", "Rising cost of running the old CRM"), ("area", "Finance")),
        Vision("ve-concept-maria", VisionElementType.Concept, 400, 160, ("title", "One cloud CRM for all regions, live pipeline"), ("area", "Sales operations")),
        Vision("ve-concept-david", VisionElementType.Concept, 400, 320, ("title", "Upgrade in place first, move to cloud later"), ("area", "IT")),
        Vision("ve-result-forecast", VisionElementType.DesiredResult, 760, 160, ("title", "Weekly forecast in minutes, within 5% accuracy")),
        Vision("ve-result-cost", VisionElementType.DesiredResult, 760, 320, ("title", "Lower total cost of the CRM")),
        Vision("ve-metric-accuracy", VisionElementType.Metric, 1120, 160, ("title", "Forecast accuracy"), ("currentValue", "78"),
            ("targetValue", "95"), ("unit", "%"), ("owner", "Maria Santos")),
        Vision("ve-future", VisionElementType.FutureState, 1480, 400, ("title", "A sales team that sells, on one trusted view of the customer")),

        new AddVisionLink("vl-1", "ve-concept-maria", "ve-ch-forecast", F(("kind", "Addresses"))),
        new AddVisionLink("vl-2", "ve-concept-david", "ve-ch-cost", F(("kind", "Addresses"))),
        new AddVisionLink("vl-3", "ve-result-forecast", "ve-metric-accuracy", F(("kind", "MeasuredBy"))),
        new AddVisionLink("vl-4", "ve-concept-maria", "ve-result-forecast", F(("kind", "ContributesTo"))),
        new AddVisionLink("vl-5", "ve-result-forecast", "ve-future", F(("kind", "LeadsTo"))),
        new AddEndorsement("en-1", "sh-maria", "ve-concept-maria", EndorsementKind.Holds),
        new AddEndorsement("en-2", "sh-david", "ve-concept-david", EndorsementKind.Holds),
        new AddEndorsement("en-3", "sh-maria", "ve-result-forecast", EndorsementKind.Wants),
        new AddEndorsement("en-4", "sh-maria", "ve-future", EndorsementKind.Endorses),
    ];

    private static AddStakeholder Stakeholder(string id, double x, double y, params (string, string)[] fields) => new(id, x, y, F(fields));

    private static AddVisionElement Vision(string id, VisionElementType type, double x, double y, params (string, string)[] fields) =>
        new(id, type, x, y, F(fields));

    private static AddRelationship Relationship(string id, string from, string to, string kind, string strength) =>
        new(id, from, to, F(("kind", kind), ("strength", strength)));

    private static Dictionary<string, string?> F(params (string Name, string Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => (string?)f.Value, StringComparer.Ordinal);
}
