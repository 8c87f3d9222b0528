namespace DealRoom.Web.Access;

/// <summary>The team roles of DealRoom.</summary>
public static class TeamRoles
{
    public const string Administrator = "Administrator";
    public const string ExecutiveAccountManager = "ExecutiveAccountManager";
    public const string Seller = "Seller";
    public const string DomainExpert = "DomainExpert";

    public static readonly IReadOnlyList<string> All = [Administrator, ExecutiveAccountManager, Seller, DomainExpert];
}
