using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.Web.Features.Shared;

/// <summary>
/// What a room page learned about field edits, for the forms inside it (cascaded, one per page): who last changed each
/// field of each element, so a form can say "changed by Sam just now", and why the page's recent submissions were
/// refused, so the field a refused one came from can say so beside itself.
/// </summary>
public sealed class FieldAuthors
{
    private readonly Dictionary<(string Element, string Field), string> _authors = [];
    private readonly Queue<Refusal> _refusals = new();

    /// <summary>Remembers the authors of committed field updates (the room profile counts as the element "room").</summary>
    public void Record(IEnumerable<CommittedOperation> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        foreach (var committed in operations)
        {
            var (element, fields) = FieldsOf(committed.Operation);
            if (element is null || fields is null)
            {
                continue;
            }

            foreach (var field in fields.Keys)
            {
                _authors[(element, field)] = committed.AuthorName;
            }
        }
    }

    /// <summary>The name of who last changed the field, when this page saw it happen.</summary>
    public string? AuthorOf(string elementId, string field) => _authors.GetValueOrDefault((elementId, field));

    /// <summary>How many submissions of this page were refused: a form notes it before its own submission.</summary>
    public int Refusals { get; private set; }

    /// <summary>Records a refused submission; the field it set (if any) is named by element and field.</summary>
    public void Refused(Operation operation, RoomError error)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(error);
        var (element, fields) = FieldsOf(operation);
        _refusals.Enqueue(new Refusal(++Refusals, element, fields, error));
        while (_refusals.Count > 16)
        {
            _refusals.Dequeue();
        }
    }

    /// <summary>Why a change of this field was refused after refusal number <paramref name="since"/>; null if none was.</summary>
    public RoomError? RefusalOf(string elementId, string field, int since) => _refusals
        .LastOrDefault(r => r.Number > since && r.Element == elementId && r.Fields?.ContainsKey(field) == true)?.Error;

    /// <summary>The element id the deal profile's form uses.</summary>
    public const string RoomElementId = "room";

    private static (string? Element, IReadOnlyDictionary<string, string?>? Fields) FieldsOf(Operation operation) => operation switch
    {
        UpdateElement update => (update.Id, update.Fields),
        UpdateRoom update => (RoomElementId, update.Fields),
        _ => (null, null),
    };

    private sealed record Refusal(int Number, string? Element, IReadOnlyDictionary<string, string?>? Fields, RoomError Error);
}
