using System.Diagnostics;
using DealRoom.Web.Features.Canvas;

namespace DealRoom.Tests.Web.Canvas;

public sealed class LinkRouterTests
{
    private static readonly CardRect Ann = new(0, 0, 230, 112);
    private static readonly CardRect Between = new(400, 0, 230, 112);
    private static readonly CardRect Bo = new(800, 0, 230, 112);

    [Fact]
    public void Route_ShouldAvoidTheThirdCard_WhenItStandsBetweenTheTwoEnds()
    {
        // Arrange: the direct curve from Ann to Bo runs straight through the card between them.
        var cards = Cards(("a", Ann), ("c", Between), ("b", Bo));
        var link = new LinkEnds("rel-1", "a", "b");
        Assert.True(LinkRouter.Crosses(LinkRoute.Direct(Ann, Bo), cards, link));

        // Act
        var route = LinkRouter.Route(cards, [link])["rel-1"];

        // Assert: clear of the middle card, from Ann's edge to just before Bo's (the arrow head's length).
        Assert.False(LinkRouter.Crosses(route, cards, link));
        Assert.All(route.Sample(), p => Assert.False(Inside(p, Between), $"({p.X}, {p.Y}) is under the middle card"));
        Assert.True(OnEdge((route.StartX, route.StartY), Ann), $"starts at ({route.StartX}, {route.StartY})");
        Assert.InRange(Distance((route.EndX, route.EndY), Bo), LinkCurve.ArrowLength - 2, LinkCurve.ArrowLength + 2);
        Assert.False(Inside((route.LabelX, route.LabelY), Between));
    }

    [Fact]
    public void Route_ShouldKeepTheDirectCurve_WhenNoOtherCardIsInTheWay()
    {
        var cards = Cards(("a", Ann), ("c", new CardRect(400, 400, 230, 112)), ("b", Bo));

        var route = LinkRouter.Route(cards, [new LinkEnds("rel-1", "a", "b")])["rel-1"];

        Assert.Equal(LinkRoute.Direct(Ann, Bo).PathData(N), route.PathData(N));
    }

    [Fact]
    public void Route_ShouldRouteSixtyCardsClearOfEachOtherQuickly_WhenManyLinksCrossTheMap()
    {
        // Arrange: a 10 × 6 grid of cards, each linked to cards two columns and one row away (crossing others).
        var cards = new Dictionary<string, CardRect>(StringComparer.Ordinal);
        for (var row = 0; row < 6; row++)
        {
            for (var column = 0; column < 10; column++)
            {
                cards[$"c{row}-{column}"] = new CardRect(column * 320, row * 200, 230, 112);
            }
        }

        var links = new List<LinkEnds>();
        for (var row = 0; row < 5; row++)
        {
            for (var column = 0; column < 8; column++)
            {
                links.Add(new LinkEnds($"l{row}-{column}", $"c{row}-{column}", $"c{row + 1}-{column + 2}"));
                links.Add(new LinkEnds($"h{row}-{column}", $"c{row}-{column}", $"c{row}-{column + 2}"));
            }
        }

        LinkRouter.Route(cards, links.Take(4)); // warm-up: the first call loads and JIT-compiles the router

        // Act
        var clock = Stopwatch.StartNew();
        var routes = LinkRouter.Route(cards, links);
        clock.Stop();

        // Assert: every link routed and none under a card that is not its own; the time is for the record (shared machine).
        Xunit.TestContext.Current.SendDiagnosticMessage($"60 cards, {links.Count} links routed in {clock.ElapsedMilliseconds} ms");
        Assert.Equal(links.Count, routes.Count);
        Assert.All(links, l => Assert.False(LinkRouter.Crosses(routes[l.Id], cards, l), $"{l.Id} passes under a card"));
        Assert.InRange(clock.ElapsedMilliseconds, 0, 5000);
    }

    private static Dictionary<string, CardRect> Cards(params (string Id, CardRect Rect)[] cards) =>
        cards.ToDictionary(c => c.Id, c => c.Rect, StringComparer.Ordinal);

    private static bool Inside((double X, double Y) p, CardRect r) => p.X > r.X && p.X < r.X + r.Width && p.Y > r.Y && p.Y < r.Y + r.Height;

    private static bool OnEdge((double X, double Y) p, CardRect r) => Distance(p, r) < 1.5 && !Inside((p.X + 0, p.Y), new CardRect(r.X + 2, r.Y + 2, r.Width - 4, r.Height - 4));

    /// <summary>The distance from a point to a rectangle (0 inside it).</summary>
    private static double Distance((double X, double Y) p, CardRect r)
    {
        var dx = Math.Max(Math.Max(r.X - p.X, 0), p.X - (r.X + r.Width));
        var dy = Math.Max(Math.Max(r.Y - p.Y, 0), p.Y - (r.Y + r.Height));
        return Math.Sqrt((dx * dx) + (dy * dy));
    }

    private static string N(double value) => value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
}
