using System.Collections.Concurrent;
using System.Diagnostics;

namespace DealRoom.Web.Operations;

/// <summary>
/// Stopwatch marks on the path of an edit through a circuit (the field's change arrives, the page submits, the
/// session answers, an update comes back), for the load tool's browser-field scenario, which runs the server in its
/// own process and lines the marks up with the browsers' clocks. Off unless DEALROOM_LATENCY_TRACE=1 (or the tool
/// sets <see cref="Enabled"/>): then a mark is one timestamp and one enqueue.
/// </summary>
public static class LatencyTrace
{
    private const int MaxMarks = 100_000;
    private static readonly ConcurrentQueue<(string Stage, string? Who, long Timestamp)> Marks = new();

    public static bool Enabled { get; set; } = Environment.GetEnvironmentVariable("DEALROOM_LATENCY_TRACE") == "1";

    /// <summary>Notes that <paramref name="stage"/> is reached now, by <paramref name="who"/> (e.g. a page's connection id).</summary>
    public static void Mark(string stage, string? who = null)
    {
        if (Enabled && Marks.Count < MaxMarks)
        {
            Marks.Enqueue((stage, who, Stopwatch.GetTimestamp()));
        }
    }

    /// <summary>Takes every mark recorded so far, oldest first.</summary>
    public static List<(string Stage, string? Who, long Timestamp)> Drain()
    {
        var taken = new List<(string Stage, string? Who, long Timestamp)>();
        while (Marks.TryDequeue(out var mark))
        {
            taken.Add(mark);
        }

        return taken;
    }
}
