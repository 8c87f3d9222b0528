using DealRoom.Web.Features.Canvas;

namespace DealRoom.Tests.Web.Canvas;

public class FreeSlotTests
{
    [Fact]
    public void Find_ShouldCentreTheCardOnTheViewsMiddle_WhenTheSpotIsFree()
    {
        var (x, y) = FreeSlot.Find([new CardRect(2000, 2000, 200, 100)], 500, 300, 200, 100);

        Assert.Equal((400, 250), (x, y));
    }

    [Fact]
    public void Find_ShouldNeverOverlapAnotherCard_After20AddsOfMixedSizesAroundOneCentre()
    {
        // Arrange: a card already sits in the middle of the view.
        var occupied = new List<CardRect> { new(400, 250, 230, 112) };
        (double W, double H)[] sizes = [(230, 112), (210, 76), (240, 104)];

        // Act: 20 adds, each seeing the cards placed before it.
        for (var i = 0; i < 20; i++)
        {
            var (w, h) = sizes[i % sizes.Length];
            var (x, y) = FreeSlot.Find(occupied, 515, 306, w, h);
            occupied.Add(new CardRect(x, y, w, h));
        }

        // Assert: no two rectangles overlap (nor come closer than the margin), and the cards stay near the centre.
        for (var a = 0; a < occupied.Count; a++)
        {
            for (var b = a + 1; b < occupied.Count; b++)
            {
                Assert.False(occupied[a].Crowds(occupied[b], FreeSlot.Margin - 1), $"card {a} crowds card {b}");
            }
        }

        Assert.All(occupied, r => Assert.InRange(Math.Abs(r.X + (r.Width / 2) - 515), 0, 1200));
        Assert.All(occupied, r => Assert.InRange(Math.Abs(r.Y + (r.Height / 2) - 306), 0, 800));
    }

    [Fact]
    public void Find_ShouldTakeTheNearestFreeSpot_NextToACardInTheMiddle()
    {
        var middle = new CardRect(400, 250, 200, 100);

        var (x, y) = FreeSlot.Find([middle], 500, 300, 200, 100);

        // Directly below the middle card, one margin apart: nearer than beside it for a card wider than tall.
        Assert.False(new CardRect(x, y, 200, 100).Crowds(middle, FreeSlot.Margin - 1));
        Assert.Equal((400, 250 + 100 + FreeSlot.Margin), (x, y));
    }

    [Fact]
    public void PlaceNew_ShouldGiveEveryPendingCardItsOwnSpot_WhenAddsHaveNotArrivedYet()
    {
        using var adapter = new CanvasAdapter(MapKind.Vision, ComponentRooms.With(), _ => Task.CompletedTask, _ => Task.FromResult(false));

        var spots = Enumerable.Range(0, 20)
            .Select(i => adapter.PlaceNew($"ve-{i}", VisionNode.CardSize))
            .Select(p => new CardRect(p.X, p.Y, VisionNode.CardSize.Width, VisionNode.CardSize.Height))
            .ToList();

        for (var a = 0; a < spots.Count; a++)
        {
            for (var b = a + 1; b < spots.Count; b++)
            {
                Assert.False(spots[a].Crowds(spots[b], 0), $"spot {a} overlaps spot {b}");
            }
        }
    }

    [Fact]
    public void Find_ShouldPreferASpotWhollyInView_OverANearerOneCutByTheEdge()
    {
        // The view is 700 wide and 300 tall around a middle card; above and below it there is no room inside the view.
        var view = new CardRect(150, 150, 700, 300);
        var middle = new CardRect(400, 250, 200, 100);

        var (x, y) = FreeSlot.Find([middle], 500, 300, 200, 100, view);

        var placed = new CardRect(x, y, 200, 100);
        Assert.True(view.Contains(placed), $"placed at {x},{y}");
        Assert.False(placed.Crowds(middle, FreeSlot.Margin - 1));
    }
}
