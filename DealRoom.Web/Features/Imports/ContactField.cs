namespace DealRoom.Web.Features.Imports;

/// <summary>What a column of a contacts CSV holds, as far as a stakeholder is concerned.</summary>
public enum ContactField
{
    /// <summary>Not imported.</summary>
    Ignore,
    FirstName,
    LastName,

    /// <summary>The whole name in one column (used when there is no first and last name).</summary>
    FullName,
    Title,

    /// <summary>Kept in the stakeholder's private notes and used to find duplicates.</summary>
    Email,

    /// <summary>The stakeholder's function (a department).</summary>
    Function,

    /// <summary>The contact's company or account: kept in the private notes.</summary>
    Account,
}
