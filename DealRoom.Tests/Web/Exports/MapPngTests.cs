using System.Buffers.Binary;
using System.Globalization;
using System.Xml.Linq;
using DealRoom.Domain.Vision;
using DealRoom.Web.Features.Canvas;
using DealRoom.Web.Features.Exports;
using DealRoom.Web.Features.Shared;
using SkiaSharp;

namespace DealRoom.Tests.Web.Exports;

/// <summary>The maps rasterised to PNG on the server, decoded again.</summary>
public sealed class MapPngTests
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    [Theory]
    [InlineData(1f)]
    [InlineData(2f)]
    [InlineData(3f)]
    public void Render_ShouldMakeAPngOfTheSvgsSizeTimesTheScale_WhenGivenAMap(float scale)
    {
        var svg = MapSvg.Render(ExportRooms.Spread(), MapKind.Stakeholders, MapSvgOptions.Team);
        var root = XDocument.Parse(svg).Root!;
        var width = double.Parse((string)root.Attribute("width")!, CultureInfo.InvariantCulture);
        var height = double.Parse((string)root.Attribute("height")!, CultureInfo.InvariantCulture);

        var png = MapPng.Render(svg, scale);

        Assert.Equal(Signature, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal((int)Math.Ceiling(width * scale), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal((int)Math.Ceiling(height * scale), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    [Fact]
    public void Render_ShouldPaintTheCardsAndTheirText_WhenDecoded()
    {
        var state = ExportRooms.Spread();
        var svg = MapSvg.Render(state, MapKind.Vision, MapSvgOptions.Team);
        var box = ((string)XDocument.Parse(svg).Root!.Attribute("viewBox")!).Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();

        using var bitmap = SKBitmap.Decode(MapPng.Render(svg, 1f));

        // The challenge card's type colour on its top border, and dark title text somewhere inside the card.
        var card = state.VisionElements["ve-challenge"];
        var (left, top) = ((int)(card.X - box[0]), (int)(card.Y - box[1]));
        Assert.Equal(SKColor.Parse(Labels.TypeColor(VisionElementType.Challenge)), bitmap.GetPixel(left + 120, top + 2));
        var darkPixels = 0;
        for (var x = left + 10; x < left + VisionNode.CardSize.Width - 10; x++)
        {
            for (var y = top + 28; y < top + 60; y++)
            {
                var pixel = bitmap.GetPixel(x, y);
                darkPixels += pixel.Red < 100 && pixel.Green < 100 ? 1 : 0;
            }
        }

        Assert.True(darkPixels > 100, $"only {darkPixels} dark pixels where the title is written: no text drawn");
    }
}
