using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;

namespace DealRoom.Web.Features.Shared;

/// <summary>
/// What a room page learned about field edits, for the forms inside it (cascaded, one per page): who last changed each
/// field of each element, so a form can say "changed by Sam just now", and why the page's last submission was refused,
/// so the field it came from can say so beside itself.
/// </summary>
public sealed class FieldAuthors
{
    private readonly Dictionary<(string Element, string Field), string> _authors = [];

    /// <summary>The reason the last refused submission gave, in plain language.</summary>
    public RoomError? LastRefusal { get; private set; }

    /// <summary>Remembers the authors of committed field updates (the room profile counts as the element "room").</summary>
    public void Record(IEnumerable<CommittedOperation> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        foreach (var committed in operations)
        {
            var (element, fields) = committed.Operation switch
            {
                UpdateElement update => (update.Id, update.Fields),
                UpdateRoom update => (RoomElementId, update.Fields),
                _ => (null, null),
            };
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

    /// <summary>How many submissions of this page were refused: a form compares it around its own submission.</summary>
    public int Refusals { get; private set; }

    public void Refused(RoomError error)
    {
        LastRefusal = error;
        Refusals++;
    }

    /// <summary>The element id the deal profile's form uses.</summary>
    public const string RoomElementId = "room";
}
