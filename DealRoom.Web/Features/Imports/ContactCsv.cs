using CsvHelper;

namespace DealRoom.Web.Features.Imports;

/// <summary>
/// Reads a contacts CSV (CsvHelper): the separator detected (comma, semicolon, tab or bar, as spreadsheet exports in
/// some locales write them), quoted fields and line breaks inside them, blank lines skipped.
/// </summary>
public static class ContactCsv
{
    /// <summary>More rows than this is not a deal's buying group: refused before anything is planned.</summary>
    public const int MaxRows = 5_000;

    /// <exception cref="FormatException">The file is no CSV with a header, or has too many rows.</exception>
    public static CsvTable Read(TextReader text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return ReadTable(text);
        }
        catch (CsvFormatException ex)
        {
            throw new FormatException("The file is not a CSV file this import can read: " + ex.Message, ex);
        }
    }

    private static CsvTable ReadTable(TextReader text)
    {
        // The defaults fit CRM exports: the separator detected, values trimmed, blank lines passed over.
        using var csv = CsvReader.Create(text, new CsvReaderOptions { TrackLineNumbers = true }, leaveOpen: true);
        var headers = csv.Headers.Select(h => h.Trim()).ToArray();
        if (headers.Length == 0 || headers.All(h => h.Length == 0))
        {
            throw new FormatException("The file has no header row.");
        }

        var rows = new List<CsvRow>();
        while (csv.Read())
        {
            if (rows.Count == MaxRows)
            {
                throw new FormatException($"The file has more than {MaxRows} contacts.");
            }

            var cells = new string[headers.Length];
            for (var i = 0; i < headers.Length; i++)
            {
                cells[i] = i < csv.FieldCount ? csv.GetString(i)?.Trim() ?? string.Empty : string.Empty;
            }

            if (cells.Any(c => c.Length > 0))
            {
                rows.Add(new CsvRow((int)csv.LineNumber, cells));
            }
        }

        return new CsvTable(headers, rows);
    }
}
