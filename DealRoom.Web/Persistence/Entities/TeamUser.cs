using Microsoft.AspNetCore.Identity;

namespace DealRoom.Web.Persistence.Entities;

/// <summary>A member of our deal teams, signed in with ASP.NET Core Identity.</summary>
public sealed class TeamUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Expertise areas, comma-separated (domain experts).</summary>
    public string? Expertise { get; set; }
}
