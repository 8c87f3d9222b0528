using System.Globalization;
using System.Xml.Linq;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Tests.Web;
using DealRoom.Web.Features.Canvas;
using DealRoom.Web.Features.Exports;

namespace DealRoom.Tests.Web.Exports;

/// <summary>The exported maps draw the canvas's routes: no link under a card it does not join.</summary>
public sealed class MapSvgRoutingTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Render_ShouldDrawTheLinkAroundTheCardBetweenItsEnds_WhenACardStandsInTheWay()
    {
        // Arrange: Ann, then Cy, then Bo in a row; Ann influences Bo.
        var state = ComponentRooms.With(
            new AddStakeholder("sh-a", 0, 0, ComponentRooms.Fields(("name", "Ann"))),
            new AddStakeholder("sh-c", 400, 0, ComponentRooms.Fields(("name", "Cy"))),
            new AddStakeholder("sh-b", 800, 0, ComponentRooms.Fields(("name", "Bo"))),
            new AddRelationship("rel-1", "sh-a", "sh-b", ComponentRooms.Fields(("kind", "Influences"))));

        // Act
        var svg = XDocument.Parse(MapSvg.Render(state, MapKind.Stakeholders, MapSvgOptions.Team));

        // Assert: the drawn path, read back, keeps clear of Cy's card.
        var link = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("data-id") == "rel-1");
        var route = Parse((string)link.Elements(Svg + "path").First().Attribute("d")!);
        var cy = new CardRect(400, 0, StakeholderNode.CardSize.Width, StakeholderNode.CardSize.Height);
        Assert.All(route.Sample(), p => Assert.False(
            p.X > cy.X && p.X < cy.X + cy.Width && p.Y > cy.Y && p.Y < cy.Y + cy.Height, $"({p.X}, {p.Y}) is under Cy's card"));
    }

    /// <summary>Reads "M x y C x y, x y, x y …" back into a route.</summary>
    private static LinkRoute Parse(string d)
    {
        var numbers = d.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
            .Where(t => t is not "M" and not "C")
            .Select(t => double.Parse(t, CultureInfo.InvariantCulture))
            .ToList();
        var segments = new List<LinkSegment>();
        for (var i = 2; i + 5 < numbers.Count; i += 6)
        {
            segments.Add(new LinkSegment(numbers[i], numbers[i + 1], numbers[i + 2], numbers[i + 3], numbers[i + 4], numbers[i + 5]));
        }

        Assert.NotEmpty(segments);
        return new LinkRoute(numbers[0], numbers[1], segments, 0, 0, 0);
    }
}
