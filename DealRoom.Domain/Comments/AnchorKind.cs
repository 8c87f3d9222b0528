namespace DealRoom.Domain.Comments;

/// <summary>What a comment thread hangs on.</summary>
public enum AnchorKind
{
    /// <summary>An element of either map (a card or a link), by its id.</summary>
    Element,

    /// <summary>A gap the gap engine reports, by its gap id (internal threads only: customers never see gaps).</summary>
    Gap,

    /// <summary>The room as a whole: only a suggestion to add something new has no element to hang on.</summary>
    Room,
}
