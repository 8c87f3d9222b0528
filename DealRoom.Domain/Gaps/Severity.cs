namespace DealRoom.Domain.Gaps;

/// <summary>How urgent a gap is. Higher values are more severe.</summary>
public enum Severity
{
    Info,
    Warning,
    Critical,
}
