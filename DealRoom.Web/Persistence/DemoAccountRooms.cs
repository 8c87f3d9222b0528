using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Stakeholders;

namespace DealRoom.Web.Persistence;

/// <summary>
/// The demo account's other opportunities, as operations: a won warehouse analytics deal (in adoption) and a fleet
/// telematics deal (buying), sharing people with the CRM room by e-mail, so the account's network, thin spots and
/// culture have something to find.
/// </summary>
public static class DemoAccountRooms
{
    public const string WarehouseId = "room-northwind-warehouse";
    public const string WarehouseName = "Northwind Logistics: warehouse analytics";
    public const string TelematicsId = "room-northwind-telematics";
    public const string TelematicsName = "Northwind Logistics: fleet telematics";
    public const string ContosoRoomId = "room-contoso-replenishment";
    public const string ContosoRoomName = "Contoso Retail: store replenishment";

    public const string Erik = "erik.lindqvist@northwind.example";
    public const string Maria = "maria.santos@northwind.example";
    public const string David = "david.okafor@northwind.example";
    public const string Sofia = "sofia.martins@northwind.example";
    public const string Henrik = "henrik.dahl@northwind.example";

    /// <summary>The e-mail addresses the CRM room's people get, so the network knows them across rooms.</summary>
    public static IReadOnlyList<Operation> CrmEmails() =>
    [
        new UpdateStakeholder("sh-erik", F(("email", Erik))),
        new UpdateStakeholder("sh-maria", F(("email", Maria))),
        new UpdateStakeholder("sh-david", F(("email", David))),
        new UpdateStakeholder("sh-sofia", F(("email", Sofia))),
    ];

    public static IReadOnlyList<Operation> Warehouse() =>
    [
        new UpdateRoom(F(("customerName", "Northwind Logistics"), ("compellingEvent", "Peak season picking errors cost a key customer."))),
        new SetPhase(JourneyPhase.Buying, "Decision to change signed off by the COO"),
        Person("sh-w-maria", 120, 80, ("name", "Maria Santos"), ("title", "VP Sales Operations"), ("email", Maria), ("buyingRole", "ExecutiveSponsor"),
            ("stance", "Champion"), ("influence", "5"), ("valueConfirmed", "true")),
        Person("sh-w-erik", 420, 80, ("name", "Erik Lindqvist"), ("title", "Chief Financial Officer"), ("email", Erik), ("buyingRole", "EconomicBuyer"),
            ("stance", "Supporter"), ("power", "5")),
        Person("sh-w-jonas", 420, 260, ("name", "Jonas Meyer"), ("title", "Finance Controller"), ("buyingRole", "Influencer"), ("stance", "Supporter")),
        Person("sh-w-henrik", 720, 80, ("name", "Henrik Dahl"), ("title", "Chief Operating Officer"), ("email", Henrik), ("buyingRole", "DecisionMaker"),
            ("stance", "Supporter")),
        Person("sh-w-david", 720, 260, ("name", "David Okafor"), ("title", "Chief Information Officer"), ("email", David), ("buyingRole", "DecisionMaker"),
            ("stance", "Neutral")),
        Person("sh-w-sofia", 120, 260, ("name", "Sofia Martins"), ("title", "Category Manager IT"), ("email", Sofia), ("buyingRole", "Procurement")),
        new AddRelationship("rel-w-1", "sh-w-erik", "sh-w-jonas", F(("kind", "DelegatedTo"), ("strength", "Strong"))),
        new AddTeamMember("tm-w-alex", 120, 480, F(("name", "Alex Carter"), ("role", "DealOwner"))),
        new AddCoverage("cov-w-1", "tm-w-alex", "sh-w-maria", F(("currentLevel", "TrustedAdvisor"), ("contactDepth", "InDepth"))),
        new AddCoverage("cov-w-2", "tm-w-alex", "sh-w-erik", F(("currentLevel", "CredibleSource"), ("contactDepth", "MultipleContacts"))),
        new AddCoverage("cov-w-3", "tm-w-alex", "sh-w-henrik", F(("currentLevel", "ProblemSolver"), ("contactDepth", "MultipleContacts"))),
        new SetPhase(JourneyPhase.ImplementationAndAdoption, "Signed; go-live in the Hamburg hub"),
    ];

    public static IReadOnlyList<Operation> Telematics() =>
    [
        new UpdateRoom(F(("customerName", "Northwind Logistics"), ("compellingEvent", "Fuel costs up 18% this year."))),
        Person("sh-t-erik", 420, 80, ("name", "Erik Lindqvist"), ("title", "Chief Financial Officer"), ("email", Erik), ("buyingRole", "EconomicBuyer"),
            ("stance", "Neutral"), ("power", "5")),
        Person("sh-t-jonas", 420, 260, ("name", "Jonas Meyer"), ("title", "Finance Controller"), ("buyingRole", "Influencer")),
        Person("sh-t-maria", 120, 80, ("name", "Maria Santos"), ("title", "VP Sales Operations"), ("email", Maria), ("buyingRole", "Influencer"),
            ("influence", "5")),
        Person("sh-t-henrik", 720, 80, ("name", "Henrik Dahl"), ("title", "Chief Operating Officer"), ("email", Henrik), ("buyingRole", "DecisionMaker")),
        Person("sh-t-david", 720, 260, ("name", "David Okafor"), ("title", "Chief Information Officer"), ("email", David), ("buyingRole", "DecisionMaker")),
        new AddRelationship("rel-t-1", "sh-t-erik", "sh-t-jonas", F(("kind", "DelegatedTo"), ("strength", "Medium"))),
        new AddTeamMember("tm-t-alex", 120, 480, F(("name", "Alex Carter"), ("role", "DealOwner"))),
        new AddCoverage("cov-t-1", "tm-t-alex", "sh-t-henrik", F(("currentLevel", "CredibleSource"), ("contactDepth", "BriefContact"))),
        new SetPhase(JourneyPhase.Buying, "Decision to change: the board approved the fleet budget"),
        Person("sh-t-sofia", 120, 260, ("name", "Sofia Martins"), ("title", "Category Manager IT"), ("email", Sofia), ("buyingRole", "Procurement")),
    ];

    public static IReadOnlyList<Operation> Contoso() =>
    [
        new UpdateRoom(F(("customerName", "Contoso Retail"))),
        Person("sh-c-ana", 120, 80, ("name", "Ana Ruiz"), ("title", "Chief Supply Chain Officer"), ("email", "ana.ruiz@contoso.example"),
            ("buyingRole", "EconomicBuyer")),
        Person("sh-c-li", 420, 80, ("name", "Li Wei"), ("title", "Head of Store Operations"), ("buyingRole", "ExecutiveSponsor"), ("stance", "Supporter")),
    ];

    private static AddStakeholder Person(string id, double x, double y, params (string, string)[] fields) => new(id, x, y, F(fields));

    private static Dictionary<string, string?> F(params (string Name, string Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => (string?)f.Value, StringComparer.Ordinal);
}
