using System.Globalization;
using DealRoom.Domain.Accounts;
using DealRoom.Web.Features.Shared;

namespace DealRoom.Web.Features.Accounts.Network;

/// <summary>A contact's change in one room in plain words: "Stance: Neutral → Supporter".</summary>
public static class ContactChangeWords
{
    public static IReadOnlyList<string> Of(ContactChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var (before, after) = (change.Before, change.After);
        if (before is null)
        {
            return [$"On the map as {Labels.Of(after.BuyingRole)}, {Labels.Of(after.Stance)}"
                + (after.CoverageLevel is { } level ? $", covered by {after.CoveredBy} ({Labels.Of(level)})" : ", uncovered")];
        }

        var words = new List<string>();
        if (change.RoleChanged)
        {
            words.Add($"Role: {Labels.Of(before.BuyingRole)} → {Labels.Of(after.BuyingRole)}");
        }

        if (change.StanceChanged)
        {
            words.Add($"Stance: {Labels.Of(before.Stance)} → {Labels.Of(after.Stance)}");
        }

        if (change.CoverageChanged)
        {
            words.Add($"Coverage: {Coverage(before)} → {Coverage(after)}");
        }

        if (change.Left)
        {
            words.Add("Left the buying group");
        }
        else if (!before.IsActive && after.IsActive)
        {
            words.Add("Back in the buying group");
        }

        return words;
    }

    /// <summary>"12 Nov 2026", or "before the history read" for the point a trace started from.</summary>
    public static string When(ContactChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change.At is { } at ? at.ToString("d MMM yyyy", CultureInfo.InvariantCulture) : "earlier";
    }

    private static string Coverage(StakeholderFacet facet) =>
        facet.CoverageLevel is { } level ? $"{Labels.Of(level)} ({facet.CoveredBy})" : "none";
}
