using DealRoom.Domain.Rooms.Operations;
using DealRoom.Tests.Support;
using DealRoom.Web.Features.Imports;

namespace DealRoom.Tests.Web.Imports;

/// <summary>What a contacts file would add to a room: new people only, duplicates reported.</summary>
public sealed class ContactImportPlanTests
{
    private static int _ids;

    [Fact]
    public void Build_ShouldReportDuplicatesByEmailThenByName_WithinTheFileAndAgainstTheRoom()
    {
        var room = new RoomBuilder()
            .Stakeholder("sh-dana", ("name", "Dana  Chief"))
            .Stakeholder("sh-old", ("name", "Old Import"), ("email", "erik@y.example"))
            .Build();
        var table = ContactCsv.Read(new StringReader(
            "First Name,Last Name,Email\n" +
            "Ana,Lopes,ana@x.example\n" +      // 2: new
            "Ana,Lopes,ANA@x.example\n" +      // 3: same e-mail as line 2
            "Ana,Lopes,ana.l@x.example\n" +    // 4: a namesake with another e-mail: new
            "Bo,Berg,\n" +                     // 5: new
            "bo,berg,\n" +                     // 6: same name as line 5
            "dana,chief,\n" +                  // 7: in the room by name
            "Someone,Else,erik@y.example\n" +  // 8: in the room by e-mail
            ",,nobody@x.example\n"));          // 9: no name

        var plan = ContactImportPlan.Build(table, ContactColumns.Recognise(table.Headers), room, NewId);

        Assert.Equal([2, 4, 5], plan.Contacts.Select(c => c.Line));
        Assert.Equal(
            [(3, "Same e-mail as line 2."), (6, "Same name as line 5."), (7, "Already in the room: Dana  Chief."), (8, "Already in the room (same e-mail): Old Import.")],
            plan.Duplicates.Select(d => (d.Line, d.Reason)));
        Assert.Equal(9, Assert.Single(plan.Skipped).Line);
    }

    [Fact]
    public void Operations_ShouldAddEachContactBelowTheMap_WithTheMappedFields()
    {
        var room = new RoomBuilder().With(new AddStakeholder("sh-a", 40, 300, RoomBuilder.Fields(("name", "A")))).Build();
        var table = ContactCsv.Read(new StringReader("Person,Role,Mail,Firm,Dept\nDana Chief,CEO,dana@acme.example,Acme,Management\nAna Lopes,CFO,,,\n"));
        ContactField[] columns = [ContactField.FullName, ContactField.Title, ContactField.Email, ContactField.Account, ContactField.Function];

        var operations = ContactImportPlan.Build(table, columns, room, NewId).Operations(room).Cast<AddStakeholder>().ToList();

        Assert.Equal(2, operations.Count);
        Assert.Equal("Dana Chief", operations[0].Fields["name"]);
        Assert.Equal("CEO", operations[0].Fields["title"]);
        Assert.Equal("Management", operations[0].Fields["function"]);
        Assert.Equal("dana@acme.example", operations[0].Fields["email"]);
        Assert.Equal("Account: Acme", operations[0].Fields["privateNotes"]);
        Assert.False(operations[1].Fields.ContainsKey("privateNotes"));
        Assert.All(operations, o => Assert.True(o.Y > 300 + 112, $"card at y={o.Y} overlaps the map"));
        Assert.Equal(operations[0].Y, operations[1].Y);
        Assert.True(operations[1].X > operations[0].X + 230);
    }

    [Fact]
    public void Build_ShouldRefuse_WhenNoColumnHoldsAName()
    {
        var table = ContactCsv.Read(new StringReader("Mail\ndana@acme.example\n"));

        Assert.Throws<FormatException>(() => ContactImportPlan.Build(table, [ContactField.Email], new RoomBuilder().Build(), NewId));
    }

    private static string NewId() => "sh-" + Interlocked.Increment(ref _ids);
}
