using System.Globalization;

namespace DealRoom.Web.Features.Exports;

/// <summary>
/// Text fitted into a card without a browser to measure it: an average glyph width per font size, generous enough
/// that a fitted line never overflows its card in the fonts the export names. SVG has no ellipsis nor wrapping.
/// </summary>
public static class SvgText
{
    // Average advance of a proportional sans-serif glyph, as a share of the font size (bold a little wider).
    private const double Regular = 0.56;
    private const double Bold = 0.61;

    public static double Width(string text, double fontSize, bool bold = false) => text.Length * fontSize * (bold ? Bold : Regular);

    /// <summary>The text, cut with an ellipsis where it would pass <paramref name="maxWidth"/>.</summary>
    public static string Fit(string text, double fontSize, double maxWidth, bool bold = false)
    {
        var max = (int)Math.Floor(maxWidth / (fontSize * (bold ? Bold : Regular)));
        if (text.Length <= max)
        {
            return text;
        }

        return max <= 1 ? "…" : text[..(max - 1)].TrimEnd() + "…";
    }

    /// <summary>The text wrapped at spaces into at most <paramref name="maxLines"/> lines, the last cut with an ellipsis.</summary>
    public static IReadOnlyList<string> Wrap(string text, double fontSize, double maxWidth, int maxLines, bool bold = false)
    {
        var perLine = Math.Max(1, (int)Math.Floor(maxWidth / (fontSize * (bold ? Bold : Regular))));
        var lines = new List<string>();
        var line = string.Empty;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var candidate = line.Length == 0 ? words[i] : line + " " + words[i];
            if (candidate.Length <= perLine || line.Length == 0)
            {
                line = candidate;
                continue;
            }

            lines.Add(line);
            line = words[i];
            if (lines.Count == maxLines)
            {
                // No room for the rest: the last line says there was more.
                lines[^1] = Fit(lines[^1] + " " + string.Join(' ', words[i..]), fontSize, maxWidth, bold);
                return lines;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        for (var i = 0; i < lines.Count; i++)
        {
            lines[i] = Fit(lines[i], fontSize, maxWidth, bold);
        }

        return lines;
    }

    /// <summary>A coordinate as SVG wants it: invariant, one decimal at most.</summary>
    public static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
