using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace DealRoom.Web.Features.Imports;

public partial class StakeholderCsvImportDialog
{
    /// <summary>A contacts file larger than this is no buying group.</summary>
    private const long MaxFileBytes = 2 * 1024 * 1024;

    private CsvTable? _table;
    private ContactField[] _columns = [];
    private ContactImportReport? _report;
    private string? _error;
    private bool _busy;
    private bool _done;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    [Inject]
    private StakeholderCsvImporter Importer { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    [Parameter, EditorRequired]
    public string RoomId { get; set; } = string.Empty;

    private async Task LoadAsync(InputFileChangeEventArgs e)
    {
        _error = null;
        _report = null;
        _done = false;
        try
        {
            using var reader = new StreamReader(e.File.OpenReadStream(MaxFileBytes));
            _table = ContactCsv.Read(new StringReader(await reader.ReadToEndAsync()));
            _columns = ContactColumns.Recognise(_table.Headers).ToArray();
            await PreviewAsync();
        }
        catch (Exception ex) when (ex is FormatException or IOException)
        {
            _table = null;
            _error = ex.Message;
        }
    }

    private async Task RemapAsync(int index, ContactField field)
    {
        _columns[index] = field;
        await PreviewAsync();
    }

    private Task PreviewAsync() => RunAsync(dryRun: true);

    private async Task ImportAsync()
    {
        await RunAsync(dryRun: false);
        if (_report is { Imported: true } report)
        {
            _done = true;
            Snackbar.Add($"{report.Contacts.Count} stakeholders imported.", Severity.Success);
            Dialog.Close(DialogResult.Ok(report.Contacts.Count));
        }
    }

    private async Task RunAsync(bool dryRun)
    {
        if (_table is null)
        {
            return;
        }

        _busy = true;
        try
        {
            var user = (await AuthenticationState).User;
            _report = await Importer.ImportAsync(user, RoomId, _table, _columns, dryRun, CancellationToken.None);
            _error = _report is null ? "You may not add stakeholders to this room." : null;
        }
        catch (FormatException ex)
        {
            _report = null;
            _error = ex.Message;
        }
        finally
        {
            _busy = false;
        }
    }

    private string LineOf(string? elementId) =>
        _report?.Contacts.FirstOrDefault(c => c.Id == elementId) is { } contact ? $"Line {contact.Line}, {contact.Name}" : "A contact";

    private static string FieldLabel(ContactField field) => field switch
    {
        ContactField.Ignore => "Not imported",
        ContactField.FullName => "Full name",
        ContactField.Email => "E-mail",
        ContactField.Account => "Account (private notes)",
        _ => Shared.Labels.Humanize(field.ToString()),
    };
}
