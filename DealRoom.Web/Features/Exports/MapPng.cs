using SkiaSharp;
using Svg.Skia;

namespace DealRoom.Web.Features.Exports;

/// <summary>
/// A map's SVG rasterised to PNG on the server (Svg.Skia over SkiaSharp, whose native library ships in its NuGet
/// package): every client gets the same picture, and a REST client gets one without a browser.
/// </summary>
public static class MapPng
{
    /// <summary>Print quality by default: two device pixels per SVG unit.</summary>
    public const float DefaultScale = 2f;

    /// <summary>Past this many pixels a side the picture is drawn smaller: a huge map must not exhaust the server.</summary>
    public const int MaxSide = 8192;

    public static byte[] Render(string svgText, float scale = DefaultScale)
    {
        using var svg = new SKSvg();
        var picture = svg.FromSvg(svgText) ?? throw new InvalidOperationException("The map's SVG could not be read.");
        var bounds = picture.CullRect;
        scale = Math.Min(scale, MaxSide / Math.Max(1, Math.Max(bounds.Width, bounds.Height)));
        var width = Math.Max(1, (int)Math.Ceiling(bounds.Width * scale));
        var height = Math.Max(1, (int)Math.Ceiling(bounds.Height * scale));

        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            canvas.Scale(scale);
            canvas.Translate(-bounds.Left, -bounds.Top);
            canvas.DrawPicture(picture);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
