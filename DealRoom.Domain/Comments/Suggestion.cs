using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.Domain.Comments;

/// <summary>
/// A change to the shared-vision map that someone (usually a customer) proposes in a shared thread. Accepting it is
/// two steps: the accepting team member submits <see cref="Change"/> as an ordinary operation, then
/// <c>acceptSuggestion</c> records the decision; declining records it with an optional reason.
/// </summary>
public sealed record Suggestion(Operation Change, SuggestionStatus Status, string? DecidedByName = null, string? Reason = null);
