namespace DealRoom.Web.Features.Imports;

/// <summary>A CSV file read as text: its header and its rows, each with its line number in the file.</summary>
public sealed record CsvTable(IReadOnlyList<string> Headers, IReadOnlyList<CsvRow> Rows);

/// <summary>One data row; <see cref="Cells"/> has one entry per header (missing cells empty).</summary>
public sealed record CsvRow(int Line, IReadOnlyList<string> Cells);
