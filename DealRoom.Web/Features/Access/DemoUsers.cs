namespace DealRoom.Web.Features.Access;

/// <summary>The demo team, seeded outside Production only. The README lists them.</summary>
public static class DemoUsers
{
    public static readonly IReadOnlyList<DemoUser> All =
    [
        new("admin@dealroom.demo", "Dana Admin", "DemoAdmin-2026", TeamRoles.Administrator, null, null),
        new("alex@dealroom.demo", "Alex Carter", "DemoOwner-2026", TeamRoles.Seller, RoomRole.Owner, "Sales operations, Line of business"),
        new("nina@dealroom.demo", "Nina Brooks", "DemoManager-2026", TeamRoles.ExecutiveAccountManager, null, "Decision dynamics, Finance"),
        new("sam@dealroom.demo", "Sam Patel", "DemoExpert-2026", TeamRoles.DomainExpert, RoomRole.Editor, "IT, Cloud migration, Security"),
        new("riley@dealroom.demo", "Riley Chen", "DemoExpert2-2026", TeamRoles.DomainExpert, null, "Finance, Value engineering"),
        new("ben@dealroom.demo", "Ben Okoro", "DemoViewer-2026", TeamRoles.Seller, RoomRole.Viewer, null),
    ];

    public static DemoUser Owner => All[1];

    public static DemoUser Manager => All[2];

    public static DemoUser Expert => All[3];

    public static DemoUser Viewer => All[5];

    /// <summary>The domain expert outside the demo room, whom the demo's expert request asks for.</summary>
    public static DemoUser SecondExpert => All[4];

    /// <summary>True for a password that is published in this repository and must never guard a real server.</summary>
    public static bool IsPublished(string? password) => All.Any(u => string.Equals(u.Password, password, StringComparison.Ordinal));
}

/// <summary>One demo user: sign-in, team role, role in the demo room.</summary>
public sealed record DemoUser(string Email, string DisplayName, string Password, string TeamRole, RoomRole? DemoRoomRole, string? Expertise)
{
    /// <summary>A fixed user id ("user-alex"), so the demo room's team cards can be linked to their people.</summary>
    public string Id => "user-" + Email[..Email.IndexOf('@', StringComparison.Ordinal)];
}
