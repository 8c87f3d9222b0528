namespace DealRoom.Web.Features.Shared;

/// <summary>
/// One field someone is editing in a <see cref="SchemaForm{T}"/>: the value it showed when the editing began (the
/// base of a merge), whether it still has the focus, and what someone else committed to it meanwhile.
/// </summary>
public sealed class FieldEdit(string? baseValue)
{
    public string? Base { get; set; } = baseValue;

    public bool Focused { get; set; }

    /// <summary>True once someone else committed a different value while this one was being edited.</summary>
    public bool TheirsChanged { get; set; }

    public string? Theirs { get; set; }

    public string? TheirAuthor { get; set; }

    /// <summary>The editor's own value, held back until they decide (short fields) or combine (a text conflict).</summary>
    public bool HasMine { get; set; }

    public string? Mine { get; set; }

    /// <summary>Set when a long text could not merge: both versions are shown until the editor picks or combines.</summary>
    public TextMergeResult? Conflict { get; set; }

    /// <summary>Shown value while the field is held: the editor's own, never the remote one.</summary>
    public string? Shown => HasMine ? Mine : Base;

    public void Hold(string? mine)
    {
        Mine = mine;
        HasMine = true;
    }
}
