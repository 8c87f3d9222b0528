namespace DealRoom.Web.Features.Imports;

/// <summary>
/// Recognises the columns of the contact exports sellers already have: Salesforce ("First Name", "Last Name",
/// "Title", "Email", "Account Name", "Department"), HubSpot ("First Name", "Last Name", "Job Title", "Email",
/// "Company Name") and Dynamics 365 ("firstname", "lastname", "jobtitle", "emailaddress1", "parentcustomerid",
/// "department"), and common spellings of the same. Other columns are left for the user to map in the preview.
/// </summary>
public static class ContactColumns
{
    private static readonly Dictionary<string, ContactField> Known = new(StringComparer.Ordinal)
    {
        ["firstname"] = ContactField.FirstName,
        ["givenname"] = ContactField.FirstName,
        ["lastname"] = ContactField.LastName,
        ["surname"] = ContactField.LastName,
        ["familyname"] = ContactField.LastName,
        ["fullname"] = ContactField.FullName,
        ["name"] = ContactField.FullName,
        ["contactname"] = ContactField.FullName,
        ["title"] = ContactField.Title,
        ["jobtitle"] = ContactField.Title,
        ["email"] = ContactField.Email,
        ["emailaddress"] = ContactField.Email,
        ["emailaddress1"] = ContactField.Email,
        ["workemail"] = ContactField.Email,
        ["department"] = ContactField.Function,
        ["function"] = ContactField.Function,
        ["accountname"] = ContactField.Account,
        ["companyname"] = ContactField.Account,
        ["company"] = ContactField.Account,
        ["account"] = ContactField.Account,
        ["parentcustomerid"] = ContactField.Account,
        ["parentcustomeridname"] = ContactField.Account,
    };

    /// <summary>The field each column holds, by position; unknown columns are <see cref="ContactField.Ignore"/>.</summary>
    public static IReadOnlyList<ContactField> Recognise(IReadOnlyList<string> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var fields = new ContactField[headers.Count];
        var taken = new HashSet<ContactField>();
        for (var i = 0; i < headers.Count; i++)
        {
            // The first column for a field wins (Salesforce exports "Title" and sometimes "Salutation" too).
            if (Known.TryGetValue(Normalise(headers[i]), out var field) && taken.Add(field))
            {
                fields[i] = field;
            }
        }

        return fields;
    }

    /// <summary>Which CRM the header looks like it came from, for the preview; null when it is not recognised.</summary>
    public static string? SourceOf(IReadOnlyList<string> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var set = headers.ToHashSet(StringComparer.Ordinal);
        if (set.Contains("emailaddress1") || (set.Contains("firstname") && set.Contains("lastname")))
        {
            return "Dynamics 365";
        }

        if (set.Contains("Account Name") || set.Contains("Contact ID") || set.Contains("Mailing City"))
        {
            return "Salesforce";
        }

        if (set.Contains("Job Title") || set.Contains("Company Name") || set.Contains("Record ID"))
        {
            return "HubSpot";
        }

        return null;
    }

    /// <summary>"First Name", "first_name", "FirstName" and "E-mail Address" all compare as letters and digits only.</summary>
    public static string Normalise(string header) =>
        new(header.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
