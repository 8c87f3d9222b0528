using DealRoom.Domain.Stakeholders;

namespace DealRoom.Domain.Rooms;

/// <summary>A gap the team acknowledged, with who, when and why, and the facts it was acknowledged against.</summary>
public sealed record GapAcknowledgement(string GapId, string Reason, string ByName, DateTimeOffset At, string? Fingerprint);

/// <summary>A named point in the room's history that history rules compare against.</summary>
public sealed record Iteration(string Id, string Name, long Version, string ByName, DateTimeOffset At);

/// <summary>A move of the room between journey phases.</summary>
public sealed record PhaseChange(JourneyPhase From, JourneyPhase To, string? Reason, long Version, string ByName, DateTimeOffset At);
