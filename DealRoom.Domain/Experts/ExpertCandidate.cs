namespace DealRoom.Domain.Experts;

/// <summary>A ranked candidate for a request: the area that matched, its proficiency, and why they rank where they do.</summary>
public sealed record ExpertCandidate(ExpertProfile Expert, string MatchedArea, int Proficiency, bool HasRoom, string Why);
