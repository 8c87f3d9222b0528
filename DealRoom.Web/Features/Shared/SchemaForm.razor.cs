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

    /// <summary>Maps a field name to its enum type name, for labels that differ by type (e.g. Champion as a buying role).</summary>
    /// <summary>The viewer may not change the room: every field shows its value and takes no input.</summary>
    [CascadingParameter(Name = "RoomReadOnly")]
    public bool ReadOnly { get; set; }

    [Parameter]
    public IReadOnlyDictionary<string, string>? EnumTypes { get; set; }

    [Parameter]
    public EventCallback<FieldChange> OnChange { get; set; }

    private string IdPrefix => "f-" + ElementId;

    private IEnumerable<FieldDefinition<T>> VisibleFields => Schema.All.Where(f => Hide?.Invoke(f.Name) != true);

    protected override void OnParametersSet()
    {
        if (ElementId != _lastElementId || Generation != _lastGeneration)
        {
            _drafts.Clear();
            _errors.Clear();
        }
        else if (!ReferenceEquals(Value, _lastValue))
        {
            // The element changed on the server: accepted drafts are now in the state; keep only the invalid ones.
            foreach (var name in _drafts.Keys.Where(n => !_errors.ContainsKey(n)).ToList())
            {
                _drafts.Remove(name);
            }
        }

        _lastElementId = ElementId;
        _lastGeneration = Generation;
        _lastValue = Value;
    }

    private string? Current(FieldDefinition<T> field) =>
        _drafts.TryGetValue(field.Name, out var draft) ? draft : field.Read(Value);

    private async Task SetAsync(FieldDefinition<T> field, string? raw)
    {
        var name = field.Name;
        var write = field.Write(Value, raw);
        if (write.Error is { } error)
        {
            _drafts[name] = raw;
            _errors[name] = error.Message;
            return;
        }

        _errors.Remove(name);
        if (write.Canonical == field.Read(Value))
        {
            _drafts.Remove(name);
            return;
        }

        _drafts[name] = write.Canonical;
        await OnChange.InvokeAsync(new FieldChange(name, write.Canonical));
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

    private static bool IsLong(string name) => name is "privateNotes" or "description" or "expertise";
}
