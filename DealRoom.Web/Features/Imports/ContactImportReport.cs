using DealRoom.Web.Features.Rooms;

namespace DealRoom.Web.Features.Imports;

/// <summary>A column of the file and the field it was read as.</summary>
public sealed record ColumnMapping(string Header, ContactField Field);

/// <summary>
/// What a contacts import did, or would do for a preview: the columns as read, the stakeholders added (all or
/// none), the duplicates and skipped rows left out, and what the room refused (then nothing was imported).
/// </summary>
public sealed record ContactImportReport(
    string? Source,
    IReadOnlyList<ColumnMapping> Columns,
    int Rows,
    bool Imported,
    IReadOnlyList<PlannedContact> Contacts,
    IReadOnlyList<ContactDuplicate> Duplicates,
    IReadOnlyList<ContactSkip> Skipped,
    IReadOnlyList<RoomImportEndpoint.ImportRefusal> Refused,
    long Version);
