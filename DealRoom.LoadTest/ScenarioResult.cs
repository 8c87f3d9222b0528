using System.Globalization;
using System.Text;

namespace DealRoom.LoadTest;

/// <summary>The figures of one scenario run.</summary>
public sealed class ScenarioResult(string name, string description)
{
    private readonly List<string> _problems = [];
    private readonly List<(string Label, string Value)> _figures = [];

    public string Name { get; } = name;

    public string Description { get; } = description;

    public int Clients { get; set; }

    public int Rooms { get; set; }

    public double MeasuredSeconds { get; set; }

    public long Acknowledged { get; set; }

    public double OperationsPerSecond => MeasuredSeconds > 0 ? Acknowledged / MeasuredSeconds : 0;

    public LatencyStats.Summary? FanOutPerDelivery { get; set; }

    public LatencyStats.Summary? FanOutAllReceived { get; set; }

    public LatencyStats.Summary? Ack { get; set; }

    /// <summary>Operations the room refused because of a race (element deleted meanwhile, duplicate link): expected, not errors.</summary>
    public long Refused { get; set; }

    /// <summary>Failed invocations, timeouts, unexpected error codes, broken replicas.</summary>
    public long Errors { get; set; }

    /// <summary>Acknowledged operations that did not reach every other client of the room.</summary>
    public int Undelivered { get; set; }

    public int ReplicasChecked { get; set; }

    public int ReplicasConverged { get; set; }

    public IReadOnlyList<string> Problems => _problems;

    public IReadOnlyList<(string Label, string Value)> Figures => _figures;

    /// <summary>Every replica checked equals a fresh load. Refused submissions are errors, counted apart.</summary>
    public bool Converged => ReplicasChecked > 0 && ReplicasChecked == ReplicasConverged;

    public void Problem(string problem)
    {
        lock (_problems)
        {
            if (_problems.Count < 20)
            {
                _problems.Add(problem);
            }
        }
    }

    public void Figure(string label, string value) => _figures.Add((label, value));

    public void Figure(string label, LatencyStats stats) => _figures.Add((label, stats.Summarize().ToString()));

    public override string ToString()
    {
        var s = new StringBuilder();
        s.AppendLine(CultureInfo.InvariantCulture, $"== {Name}: {Description}");
        s.AppendLine(CultureInfo.InvariantCulture, $"   rooms {Rooms}, clients {Clients}, measured {MeasuredSeconds:0.0} s");
        if (Acknowledged > 0)
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"   operations/s      {OperationsPerSecond:N0} ({Acknowledged:N0} acknowledged)");
        }

        if (FanOutAllReceived is not null)
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"   fan-out (all)     {FanOutAllReceived}   submit -> the last other client in the room has it");
            s.AppendLine(CultureInfo.InvariantCulture, $"   fan-out (each)    {FanOutPerDelivery}   submit -> one other client has it");
        }

        if (Ack is not null)
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"   ack               {Ack}   submit -> Submit's answer (after the commit)");
        }

        foreach (var (label, value) in _figures)
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"   {label,-17} {value}");
        }

        s.AppendLine(CultureInfo.InvariantCulture, $"   refused (races)   {Refused:N0}");
        s.AppendLine(CultureInfo.InvariantCulture, $"   errors            {Errors:N0}");
        s.AppendLine(CultureInfo.InvariantCulture, $"   undelivered       {Undelivered:N0}");
        s.AppendLine(CultureInfo.InvariantCulture, $"   convergence       {(Converged ? "OK" : "FAILED")}: {ReplicasConverged}/{ReplicasChecked} replicas equal a fresh load");
        foreach (var problem in _problems)
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"   ! {problem}");
        }

        return s.ToString();
    }
}
