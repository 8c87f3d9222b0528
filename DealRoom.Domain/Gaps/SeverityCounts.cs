namespace DealRoom.Domain.Gaps;

/// <summary>How many open gaps of each severity one dynamics has.</summary>
public sealed record SeverityCounts(int Info, int Warning, int Critical)
{
    public static readonly SeverityCounts None = new(0, 0, 0);

    public int Total => Info + Warning + Critical;
}
