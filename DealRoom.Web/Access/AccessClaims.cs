using System.Security.Claims;

namespace DealRoom.Web.Access;

/// <summary>The claims DealRoom puts in cookies and bearer tokens.</summary>
public static class AccessClaims
{
    public const string Kind = "dealroom:kind";
    public const string Invitation = "dealroom:invitation";
    public const string Room = "dealroom:room";
    public const string CustomerKind = "customer";
    public const string DisplayName = "dealroom:name";

    public static bool IsCustomer(this ClaimsPrincipal user) => user.FindFirstValue(Kind) == CustomerKind;

    public static bool IsTeamMember(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && !user.IsCustomer() && user.FindFirstValue(ClaimTypes.NameIdentifier) is not null;

    public static string? UserId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public static string NameForDisplay(this ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayName) ?? user.Identity?.Name ?? "Unknown";

    /// <summary>The principal of an invited customer: bound to one invitation and one room.</summary>
    public static ClaimsPrincipal Customer(string invitationId, string roomId, string name, string authenticationType) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, "customer:" + invitationId),
                new Claim(ClaimTypes.Name, name),
                new Claim(DisplayName, name),
                new Claim(Kind, CustomerKind),
                new Claim(Invitation, invitationId),
                new Claim(Room, roomId),
            ],
            authenticationType));
}
