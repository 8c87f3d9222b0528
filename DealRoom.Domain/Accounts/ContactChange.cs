namespace DealRoom.Domain.Accounts;

/// <summary>
/// One change to a contact in one of the account's rooms: their facet before (null when they joined the room's map)
/// and after, with the version and time it was committed.
/// </summary>
public sealed record ContactChange(RoomRef Room, string StakeholderId, long Version, DateTimeOffset? At, StakeholderFacet? Before, StakeholderFacet After)
{
    public bool StanceChanged => Before is not null && Before.Stance != After.Stance;

    public bool RoleChanged => Before is not null && Before.BuyingRole != After.BuyingRole;

    public bool CoverageChanged => Before is not null && (Before.CoverageLevel != After.CoverageLevel || Before.CoveredBy != After.CoveredBy);

    public bool Left => Before is { IsActive: true } && !After.IsActive;
}
