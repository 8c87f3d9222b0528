namespace DealRoom.Web.Features.Shared;

/// <summary>
/// The text fields people write prose in (notes, descriptions, the deal profile's texts: the fields whose limit is
/// <c>Schemas.NotesLength</c> or <c>Schemas.ShortTextLength</c>). They show several lines, and concurrent edits of one
/// of them merge word by word; every other field is short and a collision there is decided by the person.
/// </summary>
public static class LongTextFields
{
    private static readonly HashSet<string> _names = new(StringComparer.Ordinal)
    {
        "privateNotes", "description", "expertise", "decisionToChange", "compellingEvent", "alternatives", "paperProcess",
    };

    public static bool Contains(string field) => _names.Contains(field);
}
