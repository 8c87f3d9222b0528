using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace DealRoom.Web.Features.Shared;

/// <summary>
/// The offline half of the form: text typed while the circuit was down is kept by the browser (wwwroot/offline.js)
/// and offered back here when the circuit returns or the page is loaded again. It is then sent like any edit, merged
/// with what others committed meanwhile, or shown for a decision: never silently dropped, never silently applied over
/// someone else's change.
/// </summary>
public partial class SchemaForm<T> : IAsyncDisposable
{
    private readonly HashSet<string> _offered = new(StringComparer.Ordinal);
    private DotNetObjectReference<SchemaForm<T>>? _self;
    private string? _registered;

    [Inject]
    private IJSRuntime JS { get; set; } = null!;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // After-render runs only in an interactive render (never in a prerender), so the browser is there to call.
        if (ReadOnly || _registered == IdPrefix)
        {
            return;
        }

        _self ??= DotNetObjectReference.Create(this);
        try
        {
            if (_registered is not null)
            {
                await JS.InvokeVoidAsync("dealRoom.unregisterForm", _registered);
            }

            _registered = IdPrefix;
            await JS.InvokeVoidAsync("dealRoom.registerForm", IdPrefix, _self);
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone; the browser keeps the text for the next page.
        }
    }

    /// <summary>
    /// A change typed while offline, handed back by the browser: true once this form has taken it (sent, held for a
    /// decision, or shown with its error), so the browser may forget it; its opId is taken once.
    /// </summary>
    [JSInvokable]
    public async Task<bool> OfferUnsent(string field, string? baseValue, string? value, string opId)
    {
        if (ReadOnly || Schema.Find(field) is not { } definition)
        {
            return false;
        }

        if (!_offered.Add(opId))
        {
            return true;
        }

        var write = definition.Write(Value, value);
        if (write.Error is { } error)
        {
            _drafts[field] = value;
            _errors[field] = error.Message;
            StateHasChanged();
            return true;
        }

        var committed = definition.Read(Value);
        var mine = write.Canonical;
        var start = _edits.TryGetValue(field, out var existing) ? existing.Base : Canonical(definition, baseValue);
        _edits.Remove(field);
        _blurred.Remove(field);
        if (mine == committed)
        {
            _drafts.Remove(field);
        }
        else if (start == committed)
        {
            await SubmitAsync(definition, mine);
        }
        else
        {
            // Someone changed the field while this browser was away: merge, or let its editor decide.
            var edit = new FieldEdit(start) { TheirsChanged = true, Theirs = committed, TheirAuthor = Authors?.AuthorOf(ElementId, field) ?? "someone" };
            _edits[field] = edit;
            await ResolveCollisionAsync(definition, edit, mine);
        }

        StateHasChanged();
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        if (_registered is not null)
        {
            try
            {
                await JS.InvokeVoidAsync("dealRoom.unregisterForm", _registered);
            }
            catch (JSDisconnectedException)
            {
                // Nothing to tell a browser that is gone.
            }
        }

        _self?.Dispose();
        GC.SuppressFinalize(this);
    }

    private string? Canonical(Domain.Fields.FieldDefinition<T> field, string? raw) =>
        field.Write(Value, raw) is { Error: null } write ? write.Canonical : raw;
}
