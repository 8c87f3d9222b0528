using System.Globalization;
using System.Xml.Linq;
using DealRoom.Domain.Audience;
using DealRoom.Web.Features.Canvas;
using DealRoom.Web.Features.Exports;

namespace DealRoom.Tests.Web.Exports;

/// <summary>The maps drawn as SVG from the room state, parsed back as XML.</summary>
public sealed class MapSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Render_ShouldDrawEveryCardAndLinkOfTheStakeholderMap_WhenGivenTheTeamsState()
    {
        var state = ExportRooms.Spread();

        var svg = XDocument.Parse(MapSvg.Render(state, MapKind.Stakeholders, MapSvgOptions.Team));

        Assert.Equal(Svg + "svg", svg.Root!.Name);
        Assert.Equal(["sh-ceo", "sh-cfo"], Groups(svg, "stakeholder-card").Select(g => (string)g.Attribute("data-id")!));
        Assert.Equal("tm-ann", (string)Assert.Single(Groups(svg, "team-card")).Attribute("data-id")!);
        Assert.Empty(Groups(svg, "vision-card"));
        var links = Groups(svg, "link").ToList();
        Assert.Equal(["rel-1", "cov-1"], links.Select(l => (string)l.Attribute("data-id")!));
        var conflict = links[0];
        Assert.Equal("#e53935", (string)conflict.Elements(Svg + "path").First().Attribute("stroke")!);
        Assert.Contains("In conflict with", Texts(conflict));
        Assert.Equal("7 5", (string)links[1].Elements(Svg + "path").First().Attribute("stroke-dasharray")!);
        var ceo = Texts(Groups(svg, "stakeholder-card").First()).ToList();
        Assert.Contains("Dana Chief", ceo);
        Assert.Contains("P5", ceo);
        Assert.Contains("I4", ceo);
        Assert.Contains("Blocker", ceo);
        Assert.Contains("Executive sponsor", ceo);
    }

    [Fact]
    public void Render_ShouldFrameEveryCard_WhenCardsAreSpreadOut()
    {
        var state = ExportRooms.Spread();

        var root = XDocument.Parse(MapSvg.Render(state, MapKind.Stakeholders, MapSvgOptions.Team)).Root!;

        var box = ((string)root.Attribute("viewBox")!).Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        Assert.True(box[0] <= 100 && box[1] <= 80, $"viewBox {root.Attribute("viewBox")} starts after the first card");
        Assert.True(box[0] + box[2] >= 900 + TeamMemberNode.CardSize.Width, "the team card is cut on the right");
        Assert.True(box[1] + box[3] >= 300 + StakeholderNode.CardSize.Height, "the CFO's card is cut at the bottom");
        Assert.Equal(box[2], double.Parse((string)root.Attribute("width")!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Render_ShouldDrawOnlyTheVisionMap_WhenAskedForIt()
    {
        var state = ExportRooms.Spread();

        var svg = XDocument.Parse(MapSvg.Render(state, MapKind.Vision, MapSvgOptions.Team));

        Assert.Equal(["ve-challenge", "ve-metric"], Groups(svg, "vision-card").Select(g => (string)g.Attribute("data-id")!));
        Assert.Empty(Groups(svg, "stakeholder-card"));
        Assert.Equal("vl-1", (string)Assert.Single(Groups(svg, "link")).Attribute("data-id")!);
        var metric = Texts(Groups(svg, "vision-card").Last()).ToList();
        Assert.Contains("METRIC", metric);
        Assert.Contains("now 12d → target 4d", metric);
        var challengeLines = Texts(Groups(svg, "vision-card").First()).Skip(1).ToList();
        Assert.True(challengeLines.Count is > 1 and <= 3, string.Join(" | ", challengeLines));
    }

    [Fact]
    public void Render_ShouldShowNoAssessmentNorHiddenPerson_WhenDrawingACustomersProjection()
    {
        var projection = CustomerProjection.Project(ExportRooms.Spread());

        var text = MapSvg.Render(projection, MapKind.Stakeholders, MapSvgOptions.Customer);

        var svg = XDocument.Parse(text);
        Assert.Equal("sh-ceo", (string)Assert.Single(Groups(svg, "stakeholder-card")).Attribute("data-id")!);
        Assert.Empty(Groups(svg, "team-card"));
        Assert.Empty(Groups(svg, "link"));
        foreach (var secret in new[] { "Hidden Finance", "Secret plan", "P5", "I4", "Blocker", "Executive sponsor", "Ann Seller" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_ShouldDrawGapBadges_WhenTheTeamsOptionsCarryCounts()
    {
        var options = new MapSvgOptions(new Dictionary<string, int> { ["sh-cfo"] = 3 });

        var svg = XDocument.Parse(MapSvg.Render(ExportRooms.Spread(), MapKind.Stakeholders, options));

        var badge = Assert.Single(Groups(svg, "gap-badge"));
        Assert.Equal("sh-cfo", (string)badge.Parent!.Attribute("data-id")!);
        Assert.Equal("3", Texts(badge).Single());
    }

    [Fact]
    public void Render_ShouldEscapeTheRoomsName_WhenItHasMarkupCharacters()
    {
        var svg = XDocument.Parse(MapSvg.Render(ExportRooms.Spread(), MapKind.Vision, MapSvgOptions.Team));

        Assert.StartsWith("Shared vision · Acme <renewal> & more", svg.Root!.Element(Svg + "title")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ShouldSayTheMapIsEmpty_WhenItHasNoCards()
    {
        var state = DealRoom.Domain.Rooms.RoomState.Create("room-empty", "Empty");

        var svg = XDocument.Parse(MapSvg.Render(state, MapKind.Vision, MapSvgOptions.Team));

        Assert.Contains("Nothing on this map yet.", svg.Descendants(Svg + "text").Select(t => t.Value));
    }

    private static IEnumerable<XElement> Groups(XDocument svg, string cssClass) =>
        svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == cssClass);

    private static IEnumerable<string> Texts(XElement element) => element.Descendants(Svg + "text").Select(t => t.Value);
}
