namespace DealRoom.Web.Features.Shared;

/// <summary>One field of one element set to a canonical value (null clears it): the content of a per-field patch.</summary>
public sealed record FieldChange(string Field, string? Value);
