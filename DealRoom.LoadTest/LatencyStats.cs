using System.Diagnostics;

namespace DealRoom.LoadTest;

/// <summary>A thread-safe bag of latency samples (milliseconds) with percentiles.</summary>
public sealed class LatencyStats
{
    private readonly Lock _lock = new();
    private readonly List<double> _samples = [];

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _samples.Count;
            }
        }
    }

    public void Add(double milliseconds)
    {
        lock (_lock)
        {
            _samples.Add(milliseconds);
        }
    }

    public void AddSince(long startTimestamp) => Add(Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds);

    /// <summary>The sample at <paramref name="quantile"/> (0..1), nearest rank; NaN without samples.</summary>
    public double Quantile(double quantile)
    {
        double[] sorted;
        lock (_lock)
        {
            sorted = [.. _samples];
        }

        Array.Sort(sorted);
        return At(sorted, quantile);
    }

    public Summary Summarize()
    {
        double[] sorted;
        lock (_lock)
        {
            sorted = [.. _samples];
        }

        Array.Sort(sorted);
        return new Summary(sorted.Length, At(sorted, 0.50), At(sorted, 0.95), At(sorted, 0.99), sorted.Length == 0 ? double.NaN : sorted[^1]);
    }

    private static double At(double[] sorted, double quantile) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)];

    /// <summary>Count and percentiles in milliseconds.</summary>
    public sealed record Summary(int Count, double P50, double P95, double P99, double Max)
    {
        public override string ToString() =>
            Count == 0 ? "no samples" : FormattableString.Invariant($"p50 {P50:0.00} / p95 {P95:0.00} / p99 {P99:0.00} / max {Max:0.00} ms (n={Count:N0})");
    }
}
