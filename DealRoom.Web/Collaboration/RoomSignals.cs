using System.Collections.Concurrent;

namespace DealRoom.Web.Collaboration;

/// <summary>
/// A room's ephemeral signal channel, apart from the presence list: live drags and pointers. Nothing here is
/// persisted or replayed; a participant who joins later sees only what comes next. Each connection's drags and
/// pointer moves are throttled to one every <see cref="Interval"/> (the latest one always goes out, a little later),
/// and a connection that offers more than <see cref="MaxPerSecond"/> in a second is refused: a flood from one client
/// costs the room at most ~33 messages a second per channel.
/// </summary>
public sealed class RoomSignals(TimeProvider? clock = null)
{
    /// <summary>
    /// At most this often per connection and channel (~33 Hz): a pointer reports every ~16 ms, so a move waits at most
    /// ~14 ms for its turn (a 50 ms interval made that ~34 ms and put the drag preview over 50 ms at p95).
    /// </summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(30);

    /// <summary>More offers than this from one connection within a second are refused (a pointer sends ~60).</summary>
    public const int MaxPerSecond = 120;

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly ConcurrentDictionary<string, SignalGate> _gates = new(StringComparer.Ordinal);

    /// <summary>
    /// Raised for every signal that goes out, this node's and (through a relay) other nodes'. Raised under the
    /// sender's gate so one sender's signals keep their order: handlers must return at once (queue, never wait).
    /// </summary>
    public event Action<RoomSignal>? Raised;

    /// <summary>Raised only for this node's own signals: what a relay passes on to the other nodes.</summary>
    public event Action<RoomSignal>? LocalRaised;

    /// <summary>
    /// Offers a signal from one of this node's connections. False when the connection is over its rate (the signal is
    /// dropped); true when it went out or will go out with the next tick (a newer one from the same channel replaces it).
    /// </summary>
    public bool Offer(RoomSignal signal)
    {
        ArgumentNullException.ThrowIfNull(signal);
        var gate = _gates.GetOrAdd(signal.ConnectionId, _ => new SignalGate(this));
        return gate.Offer(signal);
    }

    /// <summary>
    /// A connection left: ends its open drag (the others put the card back where the room has it) and removes its
    /// pointer, so nothing of it lingers on another screen.
    /// </summary>
    public void Forget(string connectionId)
    {
        if (_gates.TryRemove(connectionId, out var gate))
        {
            gate.Close();
        }
    }

    /// <summary>Takes a signal another node relayed: shown to this node's participants, never relayed again.</summary>
    public void ApplyRemote(RoomSignal signal)
    {
        ArgumentNullException.ThrowIfNull(signal);
        Notify(Raised, signal);
    }

    private void Emit(RoomSignal signal)
    {
        Notify(Raised, signal);
        Notify(LocalRaised, signal);
    }

    /// <summary>
    /// Calls each listener on its own: a signal is worth nothing once late, so a listener that fails (a page being torn
    /// down) loses it alone, and never stops the others or escapes from the throttle's timer thread.
    /// </summary>
    private static void Notify(Action<RoomSignal>? listeners, RoomSignal signal)
    {
        if (listeners is null)
        {
            return;
        }

        foreach (var listener in listeners.GetInvocationList().Cast<Action<RoomSignal>>())
        {
            try
            {
                listener(signal);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Ephemeral: dropped for this listener only.
            }
        }
    }

    /// <summary>One connection's throttle: a rate window, and per channel the last send and the one waiting for its tick.</summary>
    private sealed class SignalGate(RoomSignals owner)
    {
        private readonly Lock _lock = new();
        private readonly Channel _drag = new();
        private readonly Channel _cursor = new();
        private long _windowStart = long.MinValue;
        private int _inWindow;
        private bool _closed;

        public bool Offer(RoomSignal signal)
        {
            lock (_lock)
            {
                if (_closed)
                {
                    return true;
                }

                var now = owner._clock.GetTimestamp();
                if (_windowStart == long.MinValue || owner._clock.GetElapsedTime(_windowStart, now) >= TimeSpan.FromSeconds(1))
                {
                    _windowStart = now;
                    _inWindow = 0;
                }

                if (++_inWindow > MaxPerSecond && !signal.IsEnd)
                {
                    return false;
                }

                var channel = signal.IsDragChannel ? _drag : _cursor;
                if (signal.IsEnd)
                {
                    // The latest position no longer matters: the end goes out now, after everything already sent.
                    channel.Cancel();
                    channel.Open = null;
                    owner.Emit(signal);
                    return true;
                }

                channel.Open = signal;
                if (channel.Pending is null && (channel.LastSent == long.MinValue || owner._clock.GetElapsedTime(channel.LastSent, now) >= Interval))
                {
                    channel.LastSent = now;
                    owner.Emit(signal);
                    return true;
                }

                channel.Pending = signal;
                if (channel.Timer is null)
                {
                    var due = Interval - owner._clock.GetElapsedTime(channel.LastSent, now);
                    channel.Timer = owner._clock.CreateTimer(_ => Flush(channel), null, due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
                }

                return true;
            }
        }

        public void Close()
        {
            lock (_lock)
            {
                _closed = true;
                foreach (var channel in new[] { _drag, _cursor })
                {
                    channel.Cancel();
                    if (channel.Open is { } open)
                    {
                        channel.Open = null;
                        owner.Emit(open with { Kind = open.IsDragChannel ? SignalKind.DragEnd : SignalKind.CursorGone });
                    }
                }
            }
        }

        private void Flush(Channel channel)
        {
            lock (_lock)
            {
                channel.Timer?.Dispose();
                channel.Timer = null;
                if (_closed || channel.Pending is not { } pending)
                {
                    return;
                }

                channel.Pending = null;
                channel.LastSent = owner._clock.GetTimestamp();
                owner.Emit(pending);
            }
        }
    }

    /// <summary>A channel's throttle state; touched only under its gate's lock.</summary>
    private sealed class Channel
    {
        public long LastSent { get; set; } = long.MinValue;

        public RoomSignal? Pending { get; set; }

        public ITimer? Timer { get; set; }

        /// <summary>The last drag or pointer that has not ended: ended for the others when the connection leaves.</summary>
        public RoomSignal? Open { get; set; }

        public void Cancel()
        {
            Timer?.Dispose();
            Timer = null;
            Pending = null;
        }
    }
}
