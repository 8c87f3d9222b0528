namespace DealRoom.Domain.Accounts;

/// <summary>
/// A stakeholder's facet from a version of the room on; <see cref="At"/> is when that version was committed, null for
/// the point a trace started from (a room whose early log is no longer read).
/// </summary>
public sealed record FacetPoint(long Version, DateTimeOffset? At, StakeholderFacet Facet);
