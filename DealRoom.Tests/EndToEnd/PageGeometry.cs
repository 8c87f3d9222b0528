using System.Text.Json;
using Microsoft.Playwright;

namespace DealRoom.Tests.EndToEnd;

/// <summary>Where things are on a page, read from the browser: cards' boxes, the page's scroll width, screenshots.</summary>
public static class PageGeometry
{
    /// <summary>A box in CSS pixels of the viewport.</summary>
    public readonly record struct Box(string Id, double X, double Y, double Width, double Height)
    {
        public double Right => X + Width;

        public double Bottom => Y + Height;

        /// <summary>True when the two boxes share more than a sliver (half a pixel: rounding of transforms).</summary>
        public bool Overlaps(Box other) =>
            X < other.Right - 0.5 && other.X < Right - 0.5 && Y < other.Bottom - 0.5 && other.Y < Bottom - 0.5;
    }

    /// <summary>The boxes of every card on the shown map, by element id, once no card is still gliding.</summary>
    public static async Task<IReadOnlyDictionary<string, Box>> CardsAsync(IPage page)
    {
        // Wait until no card is still gliding to its place (a CSS transition on the diagram's node element).
        await page.WaitForFunctionAsync("() => document.getAnimations().every(a => !(a.effect && a.effect.target && a.effect.target.classList && a.effect.target.classList.contains('diagram-node')))");
        var json = await page.EvaluateAsync<JsonElement>(
            "() => [...document.querySelectorAll('.map-card')].map(c => { const r = c.getBoundingClientRect(); return { id: c.dataset.id, x: r.x, y: r.y, w: r.width, h: r.height }; })");
        return json.EnumerateArray()
            .Select(e => new Box(e.GetProperty("id").GetString()!, e.GetProperty("x").GetDouble(), e.GetProperty("y").GetDouble(), e.GetProperty("w").GetDouble(), e.GetProperty("h").GetDouble()))
            .ToDictionary(b => b.Id, StringComparer.Ordinal);
    }

    public static void AssertNoOverlap(IReadOnlyDictionary<string, Box> boxes)
    {
        var list = boxes.Values.ToList();
        for (var a = 0; a < list.Count; a++)
        {
            for (var b = a + 1; b < list.Count; b++)
            {
                Assert.False(list[a].Overlaps(list[b]), $"{list[a].Id} {list[a]} overlaps {list[b].Id} {list[b]}");
            }
        }
    }

    public static Task<double> ScrollWidthAsync(IPage page) =>
        page.EvaluateAsync<double>("() => document.scrollingElement.scrollWidth");

    /// <summary>The element's box, failing the test when it is not laid out.</summary>
    public static async Task<Box> BoxAsync(ILocator locator, string name) =>
        await locator.BoundingBoxAsync() is { } b ? new Box(name, b.X, b.Y, b.Width, b.Height) : throw new InvalidOperationException($"{name} has no box.");

    /// <summary>Asserts the element is wholly on screen in a viewport of the given size.</summary>
    public static async Task AssertOnScreenAsync(ILocator locator, string name, int width, int height)
    {
        var box = await BoxAsync(locator, name);
        Assert.True(box.X >= -0.5 && box.Right <= width + 0.5 && box.Y >= -0.5 && box.Bottom <= height + 0.5, $"{name} is off screen: {box}");
    }

    /// <summary>Saves a screenshot to artifacts/screenshots, and to docs/screenshots when DEALROOM_UPDATE_DOCS_SCREENSHOTS=1.</summary>
    public static async Task SaveScreenshotAsync(IPage page, string name)
    {
        var root = BrowserFixture.RepositoryRoot();
        var folder = Path.Combine(root, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        await page.ScreenshotAsync(new() { Path = path });
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {path}");
        if (Environment.GetEnvironmentVariable("DEALROOM_UPDATE_DOCS_SCREENSHOTS") == "1")
        {
            var docs = Path.Combine(root, "docs", "screenshots", name);
            Directory.CreateDirectory(Path.GetDirectoryName(docs)!);
            File.Copy(path, docs, overwrite: true);
        }
    }
}
