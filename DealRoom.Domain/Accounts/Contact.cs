namespace DealRoom.Domain.Accounts;

/// <summary>
/// One person of the account's network: the stakeholders of the account's rooms that are the same person (same
/// e-mail address, or linked by hand), with every room they appear in.
/// </summary>
public sealed record Contact(string Key, string Name, string? Email, IReadOnlyList<Appearance> Appearances)
{
    /// <summary>Key in at least one room where they are still in the buying group.</summary>
    public bool IsKey => Appearances.Any(a => a.IsActive && a.IsKey);

    /// <summary>The strongest relationship our team holds to them in any room, or null when nobody covers them.</summary>
    public HeldCoverage? Strongest =>
        Appearances.SelectMany(a => a.Coverage).OrderByDescending(c => c.Strength).ThenBy(c => c.TeamMemberName, StringComparer.Ordinal).FirstOrDefault();

    /// <summary>The team members who hold a relationship to them, each once.</summary>
    public IReadOnlyList<string> CoveredBy =>
        [.. Appearances.SelectMany(a => a.Coverage).Select(c => c.TeamMemberName).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];
}
