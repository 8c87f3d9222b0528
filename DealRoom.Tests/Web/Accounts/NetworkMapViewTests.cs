using Bunit;
using DealRoom.Tests.Domain.Accounts;
using DealRoom.Web.Features.Accounts.Network;

namespace DealRoom.Tests.Web.Accounts;

public class NetworkMapViewTests : BunitSetup
{
    private const string Maria = "maria@nw.example";

    public NetworkMapViewTests()
    {
        // The diagram canvas measures itself through JS on its first render: give it a laptop-sized canvas.
        JSInterop.Setup<Blazor.Diagrams.Core.Geometry.Rectangle>(i => i.Identifier.EndsWith("getBoundingClientRect", StringComparison.Ordinal))
            .SetResult(new Blazor.Diagrams.Core.Geometry.Rectangle(0, 0, 1000, 640));
    }

    [Fact]
    public void Render_ShouldDrawACardPerPersonAndMember_WhenTheAccountHasTwoRooms()
    {
        // Arrange: Maria in two rooms (one card), Erik in one; Alex covers Maria in the first.
        var map = Map(Crm(), Wms());

        // Act
        var cut = Render<NetworkMapView>(p => p.Add(x => x.Map, map));

        // Assert
        var cards = cut.FindAll("[data-testid=contact-card]");
        Assert.Equal(["Erik", "Maria"], cards.Select(c => c.QuerySelector(".card-name")!.TextContent).Order());
        Assert.Contains("2 opportunities", cut.Find($"[data-key='email:{Maria}']").TextContent, StringComparison.Ordinal);
        Assert.Single(cut.FindAll("[data-testid=network-member-card]"));
        Assert.Contains(cut.FindAll("g.map-link"), l => l.GetAttribute("data-kind") == "Coverage");
    }

    [Fact]
    public void Render_ShouldMarkTheFormerChampion_WhenNobodyCoversThemInTheNewRoom()
    {
        var cut = Render<NetworkMapView>(p => p.Add(x => x.Map, Map(Crm(), Wms())));

        var mark = cut.Find($"[data-key='email:{Maria}'] [data-testid=thin-spot-mark]");

        Assert.Equal("FormerChampionUncovered", mark.GetAttribute("data-kind"));
        Assert.Equal("Ex-champion uncovered", mark.TextContent.Trim());
        Assert.Contains("thin", cut.Find($"[data-key='email:{Maria}']").ClassList);
    }

    [Fact]
    public void Select_ShouldShowThePersonsRoomsWithLinksAndTheirHistory_WhenACardIsChosen()
    {
        // Arrange
        var cut = Render<NetworkMapView>(p => p.Add(x => x.Map, Map(Crm(), Wms())));
        Assert.Empty(cut.FindAll("[data-testid=contact-detail]"));

        // Act: Enter on Maria's card, as the keyboard would.
        cut.Find($"[data-key='email:{Maria}']").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });

        // Assert
        cut.WaitForAssertion(() =>
        {
            var detail = cut.Find("[data-testid=contact-detail]");
            Assert.Equal(["/rooms/r-crm", "/rooms/r-wms"], detail.QuerySelectorAll("[data-testid=appearance] a").Select(a => a.GetAttribute("href")));
            Assert.Contains(detail.QuerySelectorAll("[data-testid=timeline-entry]"),
                e => e.TextContent.Contains("Stance: Supporter → Champion", StringComparison.Ordinal) && e.TextContent.Contains("12 Nov 2026, CRM", StringComparison.Ordinal));
        });
    }

    private static LoggedRoom Crm() => new LoggedRoom("r-crm", "CRM")
        .On(11, 2).Person("sh-1", "Maria", ("email", Maria), ("stance", "Supporter"), ("buyingRole", "ExecutiveSponsor"))
        .On(11, 12).Update("sh-1", ("stance", "Champion"))
        .Member("tm-1", "Alex").Covers("cov-1", "tm-1", "sh-1", "TrustedAdvisor");

    private static LoggedRoom Wms() => new LoggedRoom("r-wms", "WMS")
        .On(11, 20).Person("sh-7", "Maria", ("email", Maria)).Person("sh-8", "Erik", ("email", "erik@nw.example"));

    private static AccountNetworkMap Map(params LoggedRoom[] rooms) =>
        AccountNetworkMap.Of([.. rooms.Select(r => r.AsAccountRoom)], [], rooms.ToDictionary(r => r.RoomId, r => r.Trace()));
}
