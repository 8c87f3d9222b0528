namespace DealRoom.Domain.Gaps;

/// <summary>How many open gaps of each severity one dynamics has.</summary>
public sealed record SeverityCounts(int Info, int Warning, int Critical)
{
    public static readonly SeverityCounts None = new(0, 0, 0);

    public int Total => Info + Warning + Critical;

    public SeverityCounts Add(Severity severity) => severity switch
    {
        Severity.Critical => this with { Critical = Critical + 1 },
        Severity.Warning => this with { Warning = Warning + 1 },
        _ => this with { Info = Info + 1 },
    };
}
