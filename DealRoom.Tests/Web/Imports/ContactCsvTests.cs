using DealRoom.Web.Features.Imports;

namespace DealRoom.Tests.Web.Imports;

/// <summary>Contacts files as CRMs export them, read and their columns recognised.</summary>
public sealed class ContactCsvTests
{
    [Fact]
    public void Recognise_ShouldMapSalesforceColumns_WhenGivenASalesforceExport()
    {
        var table = ContactCsv.Read(new StringReader(
            "Contact ID,First Name,Last Name,Title,Email,Account Name,Department,Mailing City\n" +
            "003A,Dana,Chief,CEO,dana@acme.example,Acme,Management,Oslo\n"));

        var columns = ContactColumns.Recognise(table.Headers);

        Assert.Equal(
            [ContactField.Ignore, ContactField.FirstName, ContactField.LastName, ContactField.Title, ContactField.Email, ContactField.Account, ContactField.Function, ContactField.Ignore],
            columns);
        Assert.Equal("Salesforce", ContactColumns.SourceOf(table.Headers));
    }

    [Fact]
    public void Recognise_ShouldMapHubSpotColumns_WhenGivenAHubSpotExport()
    {
        var table = ContactCsv.Read(new StringReader("\"Record ID\",\"First Name\",\"Last Name\",\"Job Title\",\"Email\",\"Company Name\"\n1,Ana,Lopes,CFO,ana@x.example,X\n"));

        Assert.Equal(
            [ContactField.Ignore, ContactField.FirstName, ContactField.LastName, ContactField.Title, ContactField.Email, ContactField.Account],
            ContactColumns.Recognise(table.Headers));
        Assert.Equal("HubSpot", ContactColumns.SourceOf(table.Headers));
    }

    [Fact]
    public void Recognise_ShouldMapDynamicsColumns_WhenGivenADynamicsExport()
    {
        var table = ContactCsv.Read(new StringReader("contactid;firstname;lastname;jobtitle;emailaddress1;parentcustomerid\n1;Erik;Lind;CIO;erik@y.example;Y\n"));

        Assert.Equal(
            [ContactField.Ignore, ContactField.FirstName, ContactField.LastName, ContactField.Title, ContactField.Email, ContactField.Account],
            ContactColumns.Recognise(table.Headers));
        Assert.Equal("Dynamics 365", ContactColumns.SourceOf(table.Headers));
        Assert.Equal("erik@y.example", table.Rows.Single().Cells[4]);
    }

    [Fact]
    public void Recognise_ShouldLeaveUnknownColumnsToTheUser_WhenTheFileIsFromElsewhere()
    {
        var table = ContactCsv.Read(new StringReader("Person,Role at company,Mail\nDana Chief,CEO,dana@acme.example\n"));

        Assert.All(ContactColumns.Recognise(table.Headers), f => Assert.Equal(ContactField.Ignore, f));
        Assert.Null(ContactColumns.SourceOf(table.Headers));
    }

    [Fact]
    public void Read_ShouldKeepQuotedCommasAndLineBreaks_AndSkipBlankLines_WhenTheFileHasThem()
    {
        var table = ContactCsv.Read(new StringReader("Name,Title\n\"Chief, Dana\",\"CEO\nand founder\"\n\n  Ana Lopes  ,CFO\n"));

        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(["Chief, Dana", "CEO\nand founder"], table.Rows[0].Cells);
        Assert.Equal("Ana Lopes", table.Rows[1].Cells[0]);
        Assert.Equal(5, table.Rows[1].Line);
    }

    [Fact]
    public void Read_ShouldRefuse_WhenTheFileIsEmpty() =>
        Assert.ThrowsAny<FormatException>(() => ContactCsv.Read(new StringReader(string.Empty)));
}
