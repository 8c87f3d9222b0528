using System.Text.RegularExpressions;
using DealRoom.Domain.Rooms;
using DealRoom.Domain.Rooms.Operations;
using DealRoom.Web.Features.Canvas;

namespace DealRoom.Web.Features.Imports;

/// <summary>A contact of the file that becomes a stakeholder.</summary>
public sealed record PlannedContact(int Line, string Id, string Name, string? Title, string? Function, string? Email, string? Account);

/// <summary>A contact left out because it is already in the file or in the room.</summary>
public sealed record ContactDuplicate(int Line, string Name, string? Email, string Reason);

/// <summary>A row left out because it names nobody.</summary>
public sealed record ContactSkip(int Line, string Reason);

/// <summary>
/// What a contacts file would add to a room: one stakeholder per new person, duplicates found by e-mail (else by
/// name) within the file and against the room's stakeholders, rows without a name skipped. Pure: the same file and
/// room give the same plan, and nothing is submitted here.
/// </summary>
public sealed partial record ContactImportPlan(
    IReadOnlyList<PlannedContact> Contacts, IReadOnlyList<ContactDuplicate> Duplicates, IReadOnlyList<ContactSkip> Skipped)
{
    private const int Columns = 6;
    private const double Gap = 32;

    public static ContactImportPlan Build(CsvTable table, IReadOnlyList<ContactField> columns, RoomState room, Func<string> newId)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(room);
        if (!columns.Contains(ContactField.FullName) && !columns.Contains(ContactField.FirstName) && !columns.Contains(ContactField.LastName))
        {
            throw new FormatException("No column holds a name: map a column to First name, Last name or Full name.");
        }

        // The room's people by name, and by their e-mail (a team-only stakeholder field, never sent to customers).
        var roomByName = new Dictionary<string, string>(StringComparer.Ordinal);
        var roomByEmail = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in room.Stakeholders.Values)
        {
            roomByName.TryAdd(NameKey(s.Name), s.Name);
            if (!string.IsNullOrWhiteSpace(s.Email))
            {
                roomByEmail.TryAdd(s.Email.Trim().ToLowerInvariant(), s.Name);
            }
        }

        var fileByEmail = new Dictionary<string, int>(StringComparer.Ordinal);
        var fileByName = new Dictionary<string, int>(StringComparer.Ordinal);
        var contacts = new List<PlannedContact>();
        var duplicates = new List<ContactDuplicate>();
        var skipped = new List<ContactSkip>();
        foreach (var row in table.Rows)
        {
            string? Cell(ContactField field)
            {
                var index = IndexOf(columns, field);
                return index >= 0 && index < row.Cells.Count && row.Cells[index].Length > 0 ? row.Cells[index] : null;
            }

            var name = string.Join(' ', new[] { Cell(ContactField.FirstName), Cell(ContactField.LastName) }.OfType<string>());
            if (name.Length == 0)
            {
                name = Cell(ContactField.FullName) ?? string.Empty;
            }

            if (name.Length == 0)
            {
                skipped.Add(new ContactSkip(row.Line, "No name."));
                continue;
            }

            var email = Cell(ContactField.Email)?.ToLowerInvariant();
            var nameKey = NameKey(name);
            var reason = email is not null && fileByEmail.TryGetValue(email, out var sameEmail) ? $"Same e-mail as line {sameEmail}."
                : email is not null && roomByEmail.TryGetValue(email, out var roomEmail) ? $"Already in the room (same e-mail): {roomEmail}."
                : email is null && fileByName.TryGetValue(nameKey, out var sameName) ? $"Same name as line {sameName}."
                : roomByName.TryGetValue(nameKey, out var roomName) ? $"Already in the room: {roomName}."
                : null;
            if (reason is not null)
            {
                duplicates.Add(new ContactDuplicate(row.Line, name, email, reason));
                continue;
            }

            if (email is not null)
            {
                fileByEmail[email] = row.Line;
            }

            fileByName.TryAdd(nameKey, row.Line);
            contacts.Add(new PlannedContact(row.Line, newId(), name, Cell(ContactField.Title), Cell(ContactField.Function), email, Cell(ContactField.Account)));
        }

        return new ContactImportPlan(contacts, duplicates, skipped);
    }

    /// <summary>One <see cref="AddStakeholder"/> per contact, the cards in rows below the stakeholder map's cards.</summary>
    public IReadOnlyList<Operation> Operations(RoomState room)
    {
        ArgumentNullException.ThrowIfNull(room);
        var cards = room.Stakeholders.Values.Select(s => (s.X, s.Y)).Concat(room.TeamMembers.Values.Select(t => (t.X, t.Y))).ToList();
        var left = cards.Count == 0 ? 0 : cards.Min(c => c.X);
        var top = cards.Count == 0 ? 0 : cards.Max(c => c.Y) + StakeholderNode.CardSize.Height + (2 * Gap);
        var operations = new List<Operation>(Contacts.Count);
        for (var i = 0; i < Contacts.Count; i++)
        {
            var contact = Contacts[i];
            var x = left + (i % Columns * (StakeholderNode.CardSize.Width + Gap));
            var y = top + (i / Columns * (StakeholderNode.CardSize.Height + Gap));
            var fields = new Dictionary<string, string?>(StringComparer.Ordinal) { ["name"] = contact.Name };
            if (contact.Title is not null)
            {
                fields["title"] = contact.Title;
            }

            if (contact.Function is not null)
            {
                fields["function"] = contact.Function;
            }

            if (contact.Email is not null)
            {
                fields["email"] = contact.Email;
            }

            // The stakeholder has no account field: the CRM's account name stays with the team's private notes.
            if (contact.Account is not null)
            {
                fields["privateNotes"] = "Account: " + contact.Account;
            }

            operations.Add(new AddStakeholder(contact.Id, x, y, fields));
        }

        return operations;
    }

    private static int IndexOf(IReadOnlyList<ContactField> columns, ContactField field)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] == field)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Names compare case-insensitively with runs of spaces as one.</summary>
    private static string NameKey(string name) =>
        string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
