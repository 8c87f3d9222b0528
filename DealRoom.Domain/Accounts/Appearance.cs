using DealRoom.Domain.Stakeholders;

namespace DealRoom.Domain.Accounts;

/// <summary>A contact as one room knows them: their role, stance and our coverage in that opportunity.</summary>
public sealed record Appearance(
    RoomRef Room,
    JourneyPhase RoomPhase,
    string StakeholderId,
    string Name,
    string? Title,
    BuyingRole BuyingRole,
    Stance Stance,
    bool IsKey,
    bool IsActive,
    IReadOnlyList<HeldCoverage> Coverage);
