using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Vision;
using DealRoom.Web.Features.Shared;
using Microsoft.AspNetCore.Components;

namespace DealRoom.Web.Features.Stakeholders;

/// <summary>The side panel of a stakeholder: every attribute, their relationships and their stakes in the vision.</summary>
public partial class StakeholderPanel
{
    private static readonly IReadOnlyDictionary<string, string> EnumTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["buyingRole"] = nameof(BuyingRole),
        ["stance"] = nameof(Stance),
        ["decisionStyle"] = nameof(DecisionStyle),
    };

    // A field's edit renders its form (the form handles its own events); the panel, with its lists of every other
    // stakeholder, renders when the committed state comes back, not twice more around the submit.
    private readonly EventCallback<FieldChange> _changedQuietly;
    private string? _relationshipKind = nameof(RelationshipKind.Influences);
    private string? _relationshipTarget;
    private string? _endorsementKind = nameof(EndorsementKind.Endorses);
    private string? _endorsementTarget;

    public StakeholderPanel()
    {
        _changedQuietly = Quiet.Callback<FieldChange>(ChangedAsync);
    }

    /// <summary>The viewer may not change the room: no adders, no remove buttons.</summary>
    [CascadingParameter(Name = "RoomReadOnly")]
    public bool ReadOnly { get; set; }

    [Parameter, EditorRequired]
    public Stakeholder Stakeholder { get; set; } = null!;

    [Parameter, EditorRequired]
    public RoomState State { get; set; } = null!;

    [Parameter]
    public int Generation { get; set; }

    /// <summary>Every operation the panel makes goes out here; the page submits it to the room.</summary>
    [Parameter]
    public EventCallback<Operation> OnSubmit { get; set; }

    /// <summary>Asks the page to delete the element (it confirms first).</summary>
    [Parameter]
    public EventCallback<string> OnDelete { get; set; }

    private Task ChangedAsync(FieldChange change) =>
        OnSubmit.InvokeAsync(new UpdateStakeholder(Stakeholder.Id, new Dictionary<string, string?>(StringComparer.Ordinal) { [change.Field] = change.Value }));

    private async Task AddRelationshipAsync()
    {
        if (_relationshipTarget is null)
        {
            return;
        }

        await OnSubmit.InvokeAsync(new AddRelationship(Ids.New("rel"), Stakeholder.Id, _relationshipTarget,
            new Dictionary<string, string?>(StringComparer.Ordinal) { ["kind"] = _relationshipKind }));
        _relationshipTarget = null;
    }

    private async Task AddEndorsementAsync()
    {
        if (_endorsementTarget is null || !Enum.TryParse<EndorsementKind>(_endorsementKind, out var kind))
        {
            return;
        }

        await OnSubmit.InvokeAsync(new AddEndorsement(Ids.New("en"), Stakeholder.Id, _endorsementTarget, kind));
        _endorsementTarget = null;
    }
}
