using System.Collections.Concurrent;

namespace DealRoom.Web.Collaboration;

/// <summary>
/// Who is in a room, what each has selected and where each is looking: ephemeral, never persisted. This node's own
/// participants (its circuits and hub connections), plus, with several nodes, the participants other nodes announce for the same room,
/// each node's list kept until that node announces a new one or stops renewing it.
/// </summary>
public sealed class RoomPresence(TimeProvider? clock = null)
{
    private static readonly string[] Palette =
        ["#1565c0", "#d81b60", "#2e7d32", "#b45309", "#8e24aa", "#00695c", "#bf360c", "#3949ab", "#6d4c41", "#6b6b00"];

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly ConcurrentDictionary<string, Participant> _participants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RemoteParticipants> _remote = new(StringComparer.Ordinal);

    /// <summary>Raised after any change, with the full list (this node's participants and the other nodes').</summary>
    public event Action<IReadOnlyList<Participant>>? Changed;

    /// <summary>
    /// Raised after one of this node's own participants joined, left or selected: the change this node announces to
    /// the others. Not raised for another node's announcement or its expiry (this node's own list did not change).
    /// </summary>
    public event Action<IReadOnlyList<Participant>>? LocalChanged;

    /// <summary>
    /// Raised with the host when a participant brought everyone to their viewport (<see cref="BringEveryone"/>), on
    /// this node or, heard through the relay, on another; after <see cref="Changed"/> carried the host's new viewport.
    /// </summary>
    public event Action<Participant>? Gathered;

    /// <summary>This node's own participants (another node's do not keep a room loaded here).</summary>
    public int Count => _participants.Count;

    /// <summary>Everyone in the room, on every node, in order of arrival.</summary>
    public IReadOnlyList<Participant> Participants
    {
        get
        {
            List<Participant> everyone = [.. _participants.Values];
            lock (_remote)
            {
                foreach (var remote in _remote.Values)
                {
                    everyone.AddRange(remote.Participants);
                }
            }

            return [.. everyone.OrderBy(p => p.JoinedAt).ThenBy(p => p.ConnectionId, StringComparer.Ordinal)];
        }
    }

    /// <summary>This node's own participants, as it announces them to the other nodes.</summary>
    public IReadOnlyList<Participant> Local =>
        [.. _participants.Values.OrderBy(p => p.JoinedAt).ThenBy(p => p.ConnectionId, StringComparer.Ordinal)];

    /// <summary>Adds a connection (a browser circuit or a hub connection) to the room.</summary>
    public Participant Join(string connectionId, string userId, string name, ParticipantKind kind)
    {
        var participant = new Participant(connectionId, userId, name, ColorOf(userId), kind, [], _clock.GetUtcNow());
        _participants[connectionId] = participant;
        RaiseChanged(local: true);
        return participant;
    }

    /// <summary>
    /// A user's colour: the same on every node and after every restart (FNV-1a over the id; string.GetHashCode is
    /// seeded per process).
    /// </summary>
    public static string ColorOf(string userId)
    {
        var hash = 2166136261u;
        foreach (var c in userId)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return Palette[(int)(hash % (uint)Palette.Length)];
    }

    public void Leave(string connectionId)
    {
        if (_participants.TryRemove(connectionId, out _))
        {
            RaiseChanged(local: true);
        }
    }

    /// <summary>Sets what a connection has selected (element ids; at most 50 are kept).</summary>
    public void Select(string connectionId, IReadOnlyList<string> elementIds)
    {
        if (Update(connectionId, current => current with { Selection = [.. elementIds.Take(50)] }) is not null)
        {
            RaiseChanged(local: true);
        }
    }

    /// <summary>Sets where a connection is looking (null: nowhere known). Raises nothing when it did not change.</summary>
    public void SetViewport(string connectionId, Viewport? viewport)
    {
        if (_participants.TryGetValue(connectionId, out var current) && current.Viewport != viewport
            && Update(connectionId, p => p with { Viewport = viewport }) is not null)
        {
            RaiseChanged(local: true);
        }
    }

    /// <summary>
    /// Brings everyone to a connection's viewport, once: counts up its <see cref="Participant.Gathering"/> (which the
    /// relay carries, so other nodes hear it) and raises <see cref="Gathered"/>. False when it has no viewport yet.
    /// </summary>
    public bool BringEveryone(string connectionId)
    {
        if (Update(connectionId, p => p.Viewport is null ? p : p with { Gathering = p.Gathering + 1 }) is not { Viewport: not null } host)
        {
            return false;
        }

        RaiseChanged(local: true);
        Gathered?.Invoke(host);
        return true;
    }

    /// <summary>
    /// Changes a connection's entry without losing a concurrent change to another of its fields (a hub connection's
    /// calls may run in parallel): the new entry, or null when the connection is not here.
    /// </summary>
    private Participant? Update(string connectionId, Func<Participant, Participant> change)
    {
        while (_participants.TryGetValue(connectionId, out var current))
        {
            var changed = change(current);
            if (_participants.TryUpdate(connectionId, changed, current))
            {
                return changed;
            }
        }

        return null;
    }

    /// <summary>
    /// Takes another node's announcement: its participants in this room (none when its last one left), valid for
    /// <paramref name="validFor"/> unless renewed. An announcement older than one already taken (a lower
    /// <paramref name="sequence"/>) is ignored. Raises <see cref="Changed"/> only when the room's list differs.
    /// </summary>
    public void ApplyRemote(string nodeId, long sequence, IReadOnlyList<Participant> participants, TimeSpan validFor)
    {
        var expires = _clock.GetUtcNow() + validFor;
        RemoteParticipants? known;
        lock (_remote)
        {
            if (_remote.TryGetValue(nodeId, out known) && known.Sequence >= sequence)
            {
                return;
            }

            _remote[nodeId] = new RemoteParticipants([.. participants], sequence, expires);
            if (known is not null && SameParticipants(known.Participants, participants))
            {
                return;
            }
        }

        if (known is not null || participants.Count > 0)
        {
            RaiseChanged(local: false);
        }

        // A participant already known whose gathering count went up brought everyone on their node.
        if (known is not null && participants.Any(p => p.Gathering > 0))
        {
            var before = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var participant in known.Participants)
            {
                before.TryAdd(participant.ConnectionId, participant.Gathering);
            }

            foreach (var host in participants.Where(p => before.TryGetValue(p.ConnectionId, out var gathering) && gathering < p.Gathering))
            {
                Gathered?.Invoke(host);
            }
        }
    }

    /// <summary>Forgets the participants of nodes that stopped renewing their announcement (a node that died).</summary>
    public void ExpireRemote()
    {
        var now = _clock.GetUtcNow();
        var removedSomeone = false;
        lock (_remote)
        {
            foreach (var (nodeId, remote) in _remote.Where(entry => entry.Value.Expires <= now).ToList())
            {
                _remote.Remove(nodeId);
                removedSomeone |= remote.Participants.Count > 0;
            }
        }

        if (removedSomeone)
        {
            RaiseChanged(local: false);
        }
    }

    private static bool SameParticipants(IReadOnlyList<Participant> a, IReadOnlyList<Participant> b) =>
        a.Count == b.Count && a.Zip(b).All(pair => pair.First.SameAs(pair.Second));

    private void RaiseChanged(bool local)
    {
        var participants = Participants;
        Changed?.Invoke(participants);
        if (local)
        {
            LocalChanged?.Invoke(participants);
        }
    }

    /// <summary>One other node's participants; kept empty after its last one left, so an older announcement cannot bring them back.</summary>
    private sealed record RemoteParticipants(IReadOnlyList<Participant> Participants, long Sequence, DateTimeOffset Expires);
}

/// <summary>
/// One connection in a room: who, their colour, what they have selected, where they are looking, and how many times
/// they brought everyone there (<see cref="Gathering"/>: a count, so another node can tell a new one from an old one).
/// </summary>
public sealed record Participant(
    string ConnectionId,
    string UserId,
    string Name,
    string Color,
    ParticipantKind Kind,
    IReadOnlyList<string> Selection,
    DateTimeOffset JoinedAt,
    Viewport? Viewport = null,
    int Gathering = 0)
{
    /// <summary>Equal field by field, the selection compared by its elements (record equality compares the list's reference).</summary>
    public bool SameAs(Participant other) =>
        (ConnectionId, UserId, Name, Color, Kind, JoinedAt, Viewport, Gathering)
            == (other.ConnectionId, other.UserId, other.Name, other.Color, other.Kind, other.JoinedAt, other.Viewport, other.Gathering)
        && Selection.SequenceEqual(other.Selection, StringComparer.Ordinal);
}
