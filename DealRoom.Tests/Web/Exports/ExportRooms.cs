using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Vision;
using DealRoom.Tests.Support;

namespace DealRoom.Tests.Web.Exports;

/// <summary>A small room with cards spread out on both maps, built through real operations.</summary>
internal static class ExportRooms
{
    public static RoomState Spread() => new RoomBuilder(name: "Acme <renewal> & more")
        .With(new AddStakeholder("sh-ceo", 100, 80, RoomBuilder.Fields(
            ("name", "Dana Chief"), ("title", "CEO"), ("buyingRole", "ExecutiveSponsor"), ("power", "5"), ("influence", "4"),
            ("stance", "Blocker"), ("privateNotes", "Secret plan"), ("visibleToCustomer", "true"))))
        .With(new AddStakeholder("sh-cfo", 500, 300, RoomBuilder.Fields(
            ("name", "Hidden Finance"), ("title", "CFO"), ("buyingRole", "EconomicBuyer"), ("stance", "Supporter"))))
        .With(new AddTeamMember("tm-ann", 900, 80, RoomBuilder.Fields(("name", "Ann Seller"))))
        .Relationship("rel-1", "sh-cfo", "sh-ceo", RelationshipKind.InConflictWith)
        .Coverage("cov-1", "tm-ann", "sh-ceo")
        .With(new AddVisionElement("ve-challenge", VisionElementType.Challenge, -200, 40, RoomBuilder.Fields(("title", "Slow month-end close across twelve subsidiaries in four countries"))))
        .With(new AddVisionElement("ve-metric", VisionElementType.Metric, 300, 40, RoomBuilder.Fields(
            ("title", "Days to close"), ("currentValue", "12"), ("targetValue", "4"), ("unit", "d"))))
        .VisionLink("vl-1", "ve-metric", "ve-challenge", VisionLinkKind.LeadsTo)
        .Build();
}
