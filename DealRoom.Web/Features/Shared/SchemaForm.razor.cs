using System.Globalization;
using DealRoom.Domain.Fields;
using Microsoft.AspNetCore.Components;

namespace DealRoom.Web.Features.Shared;

/// <summary>
/// An editor for every field of an element, driven by its <see cref="FieldSet{T}"/>: each change is validated with
/// the domain's own rules before it leaves (an invalid value stays in the box with its message and sends nothing),
/// then raised as a one-field <see cref="FieldChange"/>.
/// </summary>
public partial class SchemaForm<T>
    where T : class
{
    private readonly Dictionary<string, string?> _drafts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FieldEdit> _edits = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _refused = new(StringComparer.Ordinal);

    // Long texts just left while someone else's change was held: their editor's value may still be on its way.
    private readonly Dictionary<string, FieldEdit> _blurred = new(StringComparer.Ordinal);
    private string? _lastElementId;
    private int _lastGeneration;
    private T? _lastValue;

    [Parameter, EditorRequired]
    public FieldSet<T> Schema { get; set; } = null!;

    [Parameter, EditorRequired]
    public T Value { get; set; } = null!;

    /// <summary>The element's id: a different id starts a fresh form.</summary>
    [Parameter, EditorRequired]
    public string ElementId { get; set; } = string.Empty;

    /// <summary>Fields to leave out (e.g. metric fields on a non-metric element).</summary>
    [Parameter]
    public Func<string, bool>? Hide { get; set; }

    /// <summary>Bumped by the owner after the server refused a change: drafts are dropped and the state shows again.</summary>
    [Parameter]
    public int Generation { get; set; }

    /// <summary>The viewer may not change the room: every field shows its value and takes no input.</summary>
    [CascadingParameter(Name = "RoomReadOnly")]
    public bool ReadOnly { get; set; }

    /// <summary>Who changed which field, and why the page's last change was refused (absent outside a room page).</summary>
    [CascadingParameter]
    public FieldAuthors? Authors { get; set; }

    /// <summary>Maps a field name to its enum type name, for labels that differ by type (e.g. Champion as a buying role).</summary>
    [Parameter]
    public IReadOnlyDictionary<string, string>? EnumTypes { get; set; }

    [Parameter]
    public EventCallback<FieldChange> OnChange { get; set; }

    private string IdPrefix => "f-" + ElementId;

    private IEnumerable<FieldDefinition<T>> VisibleFields => Schema.All.Where(f => Hide?.Invoke(f.Name) != true);

    protected override void OnParametersSet()
    {
        if (ElementId != _lastElementId)
        {
            _drafts.Clear();
            _errors.Clear();
            _edits.Clear();
            _blurred.Clear();
            _pending.Clear();
            _refused.Clear();
        }
        else if (Generation != _lastGeneration)
        {
            // The server refused a change: every field shows the committed state again (held edits stay: they are
            // the editor's own words, not yet sent).
            _drafts.Clear();
            _errors.Clear();
            if (!ReferenceEquals(Value, _lastValue))
            {
                NoticeRemoteChanges();
            }
        }
        else if (!ReferenceEquals(Value, _lastValue))
        {
            // The element changed on the server: accepted drafts are now in the state; keep the invalid ones and
            // those still waiting for their answer.
            foreach (var name in _drafts.Keys.Where(n => !_errors.ContainsKey(n) && !_pending.Contains(n)).ToList())
            {
                _drafts.Remove(name);
            }

            NoticeRemoteChanges();
        }

        _lastElementId = ElementId;
        _lastGeneration = Generation;
        _lastValue = Value;
    }

    private string? Current(FieldDefinition<T> field)
    {
        // A field being edited keeps what its editor sees: a remote value never replaces it under them.
        if (_edits.TryGetValue(field.Name, out var edit) && (edit.Focused || NeedsDecision(field.Name, edit)))
        {
            return edit.Shown;
        }

        return _drafts.TryGetValue(field.Name, out var draft) ? draft : field.Read(Value);
    }

    private async Task SetAsync(FieldDefinition<T> field, string? raw)
    {
        Operations.LatencyTrace.Mark("form.set");
        var name = field.Name;
        var write = field.Write(Value, raw);
        if (write.Error is { } error)
        {
            _drafts[name] = raw;
            _errors[name] = error.Message;
            return;
        }

        _errors.Remove(name);
        if (_blurred.Remove(name, out var left) && field.Read(Value) is var latest && latest != left.Base)
        {
            left.Theirs = latest;
            _edits[name] = left;
        }

        if (_edits.TryGetValue(name, out var edit) && edit.TheirsChanged)
        {
            await ResolveCollisionAsync(field, edit, write.Canonical);
            return;
        }

        if (edit is not null)
        {
            // Still in the field (Enter, a picker): what was just sent is what later remote changes are measured from.
            edit.Base = write.Canonical;
        }

        await SubmitAsync(field, write.Canonical);
    }

    /// <summary>
    /// Sends one field's value, shown as pending until the answer comes; a refusal rolls the field back to the
    /// committed value (the owner bumps <see cref="Generation"/>) and says why beside it.
    /// </summary>
    private async Task SubmitAsync(FieldDefinition<T> field, string? value)
    {
        var name = field.Name;
        _refused.Remove(name);
        if (value == field.Read(Value))
        {
            _drafts.Remove(name);
            return;
        }

        var element = ElementId;
        var generation = Generation;
        var refusals = Authors?.Refusals ?? 0;
        _drafts[name] = value;
        _pending.Add(name);

        // Shown as pending before the answer, also when the change comes from the browser rather than an event.
        StateHasChanged();
        try
        {
            await OnChange.InvokeAsync(new FieldChange(name, value));
        }
        finally
        {
            _pending.Remove(name);
        }

        if (element != ElementId)
        {
            return;
        }

        // The room page names the refused operation; a form used without one only learns that something was refused.
        var refusal = Authors is not null ? Authors.RefusalOf(element, name, refusals)?.Message
            : Generation != generation ? "The change was not saved." : null;
        if (refusal is not null)
        {
            _drafts.Remove(name);
            _refused[name] = refusal;
        }
        else if (field.Read(Value) == value)
        {
            _drafts.Remove(name);
        }
    }

    private int IntOf(FieldDefinition<T> field) =>
        int.TryParse(Current(field), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;

    // A rating nobody has set reads "not assessed", not a number the team never gave.
    private string RatingLabel(FieldDefinition<T> field) => Current(field) is { } value
        ? $"{Labels.Field(field.Name)}: {value} of 5"
        : $"{Labels.Field(field.Name)}: not assessed";

    private double? NumberOf(FieldDefinition<T> field) =>
        double.TryParse(Current(field), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private DateTime? DateOf(FieldDefinition<T> field) =>
        DateOnly.TryParseExact(Current(field), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToDateTime(TimeOnly.MinValue)
            : null;

    private string? EnumTypeOf(string field) => EnumTypes?.GetValueOrDefault(field);

    private static string? FormatNumber(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private static string? FormatDate(DateTime? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool IsLong(string name) => LongTextFields.Contains(name);
}
