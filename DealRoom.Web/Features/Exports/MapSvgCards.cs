using System.Globalization;
using System.Xml.Linq;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Team;
using DealRoom.Domain.Vision;
using DealRoom.Web.Features.Canvas;
using DealRoom.Web.Features.Shared;
using static DealRoom.Web.Features.Exports.SvgCanvas;

namespace DealRoom.Web.Features.Exports;

/// <summary>
/// The cards of the exported maps, drawn as the canvas draws them (the widgets' sizes, colours and order of
/// information: StakeholderNodeWidget, TeamMemberNodeWidget, VisionNodeWidget and their styles).
/// </summary>
public static class MapSvgCards
{
    private const string Ink = "#263238";
    private const string Border = "#cfd8dc";

    public static XElement Stakeholder(Stakeholder s, MapSvgOptions options, int gaps)
    {
        var (w, h) = (StakeholderNode.CardSize.Width, StakeholderNode.CardSize.Height);
        var (x, y) = (s.X, s.Y);
        var card = Card("stakeholder", s.Id, Rect(x, y, w, h, 8, "#fff", Border));
        var left = x + 10;
        var chipsWidth = 0.0;
        if (options.ShowAssessments)
        {
            var color = StanceColor(s.Stance);
            card.Add(Path(
                $"M {N(x + 8)} {N(y)} V {N(y + h)} H {N(x + 8)} A 8 8 0 0 1 {N(x)} {N(y + h - 8)} V {N(y + 8)} A 8 8 0 0 1 {N(x + 8)} {N(y)} Z",
                color));
            left = x + 18;

            // P and I chips on the right of the name row, dashed while not assessed.
            var chipX = x + w - 10;
            foreach (var (letter, value) in new[] { ("I", s.Influence), ("P", s.Power) })
            {
                var text = letter + Labels.Score(value);
                var chipW = SvgText.Width(text, 11, bold: true) + 8;
                chipX -= chipW;
                var chip = Rect(chipX, y + 10, chipW, 16, 4, "#fff", value is null ? "#90a4ae" : "#b0bec5");
                if (value is null)
                {
                    chip.Add(new XAttribute("stroke-dasharray", "3 2"));
                }

                card.Add(chip, Text(chipX + (chipW / 2), y + 22, text, 11, value is null ? "#90a4ae" : "#455a64", bold: value is not null, anchor: "middle"));
                chipsWidth += chipW + 3;
                chipX -= 3;
            }

            var footerY = y + h - 24;
            var stance = Labels.Of(s.Stance);
            var stanceWidth = SvgText.Width(stance, 11, bold: true);
            var (role, roleWidth) = Pill(left, footerY, Labels.Humanize(s.BuyingRole.ToString()), 11, "#eceff1", "#37474f",
                Math.Min(140, w - (left - x) - stanceWidth - 30));
            card.Add(role, Text(left + roleWidth + 6, footerY + 12, stance, 11, color, bold: true));
        }

        card.Add(
            Text(left, y + 23, SvgText.Fit(s.Name, 14, x + w - 10 - chipsWidth - left - 3, bold: true), 14, Ink, bold: true),
            Text(left, y + 42, SvgText.Fit(s.Title ?? "—", 12, x + w - 10 - left), 12, "#546e7a"));
        AddBadge(card, x + w, y + h, gaps);
        return card;
    }

    public static XElement TeamMember(TeamMember t, int gaps)
    {
        var (w, h) = (TeamMemberNode.CardSize.Width, TeamMemberNode.CardSize.Height);
        var (x, y) = (t.X, t.Y);
        var card = Card("team", t.Id, Rect(x, y, w, h, 24, "#e0f2f1", "#80cbc4"));
        var (badge, badgeWidth) = Pill(x + 18, y + 37, "Our team", 10, "#00897b", "#fff", 80);
        card.Add(
            Text(x + 18, y + 29, SvgText.Fit(t.Name, 14, w - 36, bold: true), 14, Ink, bold: true),
            badge,
            Text(x + 18 + badgeWidth + 5, y + 48, SvgText.Fit(Labels.Of(t.Role), 12, w - 41 - badgeWidth), 12, "#37474f"));
        AddBadge(card, x + w, y + h, gaps);
        return card;
    }

    public static XElement Vision(VisionElement v, int gaps)
    {
        var (w, h) = (VisionNode.CardSize.Width, VisionNode.CardSize.Height);
        var (x, y) = (v.X, v.Y);
        var color = Labels.TypeColor(v.Type);
        var card = Card("vision", v.Id, Rect(x, y, w, h, 8, "#fff", Border));
        card.Add(
            // The 4 px top border in the type's colour, following the rounded corners as CSS draws it.
            Path($"M {N(x)} {N(y + 8)} A 8 8 0 0 1 {N(x + 8)} {N(y)} H {N(x + w - 8)} A 8 8 0 0 1 {N(x + w)} {N(y + 8)} Z", color),
            Rect(x + 1, y + 4, w - 2, 4, 0, "#fff"),
            Text(x + 10, y + 22, Labels.Type(v.Type).ToUpperInvariant(), 11, color, bold: true));
        var lines = SvgText.Wrap(v.Title, 13, w - 20, v.Type == VisionElementType.Metric ? 2 : 3, bold: true);
        for (var i = 0; i < lines.Count; i++)
        {
            card.Add(Text(x + 10, y + 40 + (i * 17), lines[i], 13, Ink, bold: true));
        }

        if (v.Type == VisionElementType.Metric)
        {
            var values = $"now {Format(v.CurrentValue)}{v.Unit} → target {Format(v.TargetValue)}{v.Unit}"
                + (v.MeasuredValue is null ? string.Empty : $" · measured {Format(v.MeasuredValue)}{v.Unit}");
            card.Add(Text(x + 10, y + h - 10, SvgText.Fit(values, 11, w - 40, bold: true), 11, "#e65100", bold: true));
        }

        AddBadge(card, x + w, y + h, gaps);
        return card;
    }

    /// <summary>The stance colours of app.css (.stance-*).</summary>
    public static string StanceColor(Stance stance) => stance switch
    {
        Stance.Champion => "#2e7d32",
        Stance.Supporter => "#66bb6a",
        Stance.Neutral => "#90a4ae",
        Stance.Skeptic => "#fb8c00",
        Stance.Blocker => "#d32f2f",
        _ => "#bdbdbd",
    };

    private static XElement Card(string kind, string id, XElement shape) =>
        new(Ns + "g", new XAttribute("class", kind + "-card"), new XAttribute("data-id", id), shape);

    /// <summary>The open-gap badge in the card's bottom-right corner, as on the canvas.</summary>
    private static void AddBadge(XElement card, double right, double bottom, int gaps)
    {
        if (gaps <= 0)
        {
            return;
        }

        var text = gaps.ToString(CultureInfo.InvariantCulture);
        var width = Math.Max(16, SvgText.Width(text, 10, bold: true) + 8);
        card.Add(new XElement(Ns + "g", new XAttribute("class", "gap-badge"),
            Rect(right - 4 - width, bottom - 20, width, 16, 8, "#e53935"),
            Text(right - 4 - (width / 2), bottom - 8.5, text, 10, "#fff", bold: true, anchor: "middle")));
    }

    private static string Format(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "?";

    private static string N(double value) => SvgText.N(value);
}
