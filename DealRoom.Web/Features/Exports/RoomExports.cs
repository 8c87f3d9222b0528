using System.Security.Claims;
using DealRoom.Domain.Gaps;
using DealRoom.Domain.Rooms;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Features.Canvas;

namespace DealRoom.Web.Features.Exports;

/// <summary>
/// Opens a room for an export as the caller may see it: the whole state and its gaps for the team, the customer
/// projection and no gaps for a customer. Every export path (SVG, PNG, brief) starts here, so none can show a
/// customer more than their projection.
/// </summary>
public sealed class RoomExports(IRoomAccessPolicy access, RoomRegistry registry)
{
    /// <summary>What one caller may export of one room, at the room's current version.</summary>
    public sealed record View(RoomAccess Rights, RoomState State, GapReport? Gaps)
    {
        public MapSvgOptions Options => Gaps is null
            ? MapSvgOptions.Customer
            : new MapSvgOptions(GapCountsOf(Gaps), ShowAssessments: true);

        public string Svg(MapKind map) => MapSvg.Render(State, map, Options);
    }

    /// <summary>The caller's view of the room, or null when they may not open it.</summary>
    public async Task<View?> OpenAsync(ClaimsPrincipal user, string roomId, CancellationToken cancellationToken)
    {
        var rights = await access.CheckAsync(user, "anonymous", null, roomId, cancellationToken);
        var session = rights.CanView ? await registry.GetAsync(roomId, cancellationToken) : null;
        if (session is null)
        {
            return null;
        }

        return new View(rights, session.ViewFor(rights.Audience), rights.IsCustomer ? null : session.Gaps);
    }

    /// <summary>How many open gaps point at each element (the cards' badges).</summary>
    public static IReadOnlyDictionary<string, int> GapCountsOf(GapReport report)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var gap in report.Open)
        {
            foreach (var id in gap.ElementIds)
            {
                counts[id] = counts.GetValueOrDefault(id) + 1;
            }
        }

        return counts;
    }

    /// <summary>A file name for a download: the room's name in safe characters.</summary>
    public static string FileName(RoomState state, string suffix)
    {
        var name = new string(state.Profile.Name.Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        return (name.Length == 0 ? "room" : name.Length > 60 ? name[..60] : name) + suffix;
    }
}
