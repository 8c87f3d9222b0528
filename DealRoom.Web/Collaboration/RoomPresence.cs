using System.Collections.Concurrent;

namespace DealRoom.Web.Collaboration;

/// <summary>Who is in a room and what each has selected: ephemeral, never persisted.</summary>
public sealed class RoomPresence
{
    private static readonly string[] Palette =
        ["#1e88e5", "#d81b60", "#43a047", "#fb8c00", "#8e24aa", "#00897b", "#f4511e", "#3949ab", "#6d4c41", "#c0ca33"];

    private readonly ConcurrentDictionary<string, Participant> _participants = new(StringComparer.Ordinal);

    /// <summary>Raised after any change, with the full list.</summary>
    public event Action<IReadOnlyList<Participant>>? Changed;

    public int Count => _participants.Count;

    public IReadOnlyList<Participant> Participants =>
        [.. _participants.Values.OrderBy(p => p.JoinedAt).ThenBy(p => p.ConnectionId, StringComparer.Ordinal)];

    /// <summary>Adds a connection (a browser circuit or a hub connection) to the room.</summary>
    public Participant Join(string connectionId, string userId, string name, ParticipantKind kind)
    {
        var color = Palette[(int)((uint)StringComparer.Ordinal.GetHashCode(userId) % Palette.Length)];
        var participant = new Participant(connectionId, userId, name, color, kind, [], DateTimeOffset.UtcNow);
        _participants[connectionId] = participant;
        RaiseChanged();
        return participant;
    }

    public void Leave(string connectionId)
    {
        if (_participants.TryRemove(connectionId, out _))
        {
            RaiseChanged();
        }
    }

    /// <summary>Sets what a connection has selected (element ids; at most 50 are kept).</summary>
    public void Select(string connectionId, IReadOnlyList<string> elementIds)
    {
        if (_participants.TryGetValue(connectionId, out var current))
        {
            _participants[connectionId] = current with { Selection = [.. elementIds.Take(50)] };
            RaiseChanged();
        }
    }

    private void RaiseChanged() => Changed?.Invoke(Participants);
}

/// <summary>Whether a participant is on the deal team or an invited customer.</summary>
public enum ParticipantKind
{
    Team,
    Customer,
}

/// <summary>One connection in a room: who, their colour, what they have selected.</summary>
public sealed record Participant(
    string ConnectionId,
    string UserId,
    string Name,
    string Color,
    ParticipantKind Kind,
    IReadOnlyList<string> Selection,
    DateTimeOffset JoinedAt);
