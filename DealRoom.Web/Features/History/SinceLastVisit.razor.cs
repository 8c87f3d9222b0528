using DealRoom.Domain.History;
using DealRoom.Web.Collaboration;
using DealRoom.Web.Features.Access;
using Microsoft.AspNetCore.Components;

namespace DealRoom.Web.Features.History;

/// <summary>
/// On opening a room, the digest of what changed since this person last had it open (<see cref="RoomComparison"/> from
/// that version to now, as they may see it); then remembers the version they have open now, and again when they leave.
/// </summary>
public sealed partial class SinceLastVisit : IDisposable
{
    private IReadOnlyList<RoomChange>? _changes;
    private bool _dismissed;
    private long _from;
    private long _to;
    private (IReadOnlyList<RoomChange>?, bool)? _rendered;

    [Parameter, EditorRequired]
    public string RoomId { get; set; } = string.Empty;

    [Parameter, EditorRequired]
    public RoomAccess Access { get; set; } = null!;

    /// <summary>The room's version now, remembered as seen when the page closes.</summary>
    [Parameter]
    public long Version { get; set; }

    [Inject]
    private RoomHistoryService History { get; set; } = null!;

    [Inject]
    private RoomRegistry Registry { get; set; } = null!;

    [Inject]
    private ILogger<SinceLastVisit> Logger { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        if (!RendererInfo.IsInteractive || await Registry.GetAsync(RoomId, CancellationToken.None) is not { } session)
        {
            return;
        }

        var current = session.State;
        _to = current.Version;
        var last = await History.LastVisitAsync(RoomId, Access, CancellationToken.None);
        if (last is { } from && from < current.Version)
        {
            _from = from;
            var before = await History.StateAtAsync(Access, current, from, CancellationToken.None);
            var after = await History.StateAtAsync(Access, current, current.Version, CancellationToken.None);
            _changes = RoomComparison.Between(before, after, includeGaps: !Access.IsCustomer);
        }

        await History.RecordVisitAsync(RoomId, Access, current.Version, CancellationToken.None);
    }

    // The page renders for every edit in the room and passes the new version; the digest only changes when it loads
    // or is dismissed.
    protected override bool ShouldRender()
    {
        var key = (_changes, _dismissed);
        if (key == _rendered)
        {
            return false;
        }

        _rendered = key;
        return true;
    }

    public void Dispose()
    {
        if (!RendererInfo.IsInteractive || Version <= _to)
        {
            return;
        }

        // The page is closing: remember what it last showed, without holding the circuit up.
        var version = Version;
        _ = Task.Run(async () =>
        {
            try
            {
                await History.RecordVisitAsync(RoomId, Access, version, CancellationToken.None);
            }
            catch (Exception ex)
            {
                LogRecordFailed(Logger, ex, RoomId);
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Room {RoomId}: remembering the last visit failed")]
    private static partial void LogRecordFailed(ILogger logger, Exception ex, string roomId);
}
