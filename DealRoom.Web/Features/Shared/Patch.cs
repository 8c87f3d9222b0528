namespace DealRoom.Web.Features.Shared;

/// <summary>Builds the one-field dictionaries of per-field patches.</summary>
public static class Patch
{
    public static IReadOnlyDictionary<string, string?> Of(FieldChange change) =>
        new Dictionary<string, string?>(StringComparer.Ordinal) { [change.Field] = change.Value };
}
