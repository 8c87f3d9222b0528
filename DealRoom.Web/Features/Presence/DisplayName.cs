using Microsoft.JSInterop;

namespace DealRoom.Web.Features.Presence;

/// <summary>
/// Who this browser is in rooms before sign-in exists: a display name and a stable user id, kept in the browser's
/// local storage. One per circuit.
/// </summary>
public sealed class DisplayName(IJSRuntime js)
{
    public const string DefaultName = "Guest";
    public const int MaxLength = 60;
    private const string NameKey = "dealroom.displayName";
    private const string UserKey = "dealroom.userId";

    private Task? _loading;
    private bool _setHere;

    public string Name { get; private set; } = DefaultName;

    /// <summary>A random id per browser, so a participant keeps their colour across visits.</summary>
    public string UserId { get; private set; } = "guest-" + Guid.NewGuid().ToString("N")[..12];

    public event Action? Changed;

    /// <summary>Reads the stored name once (JS interop: call only once the circuit is interactive).</summary>
    public Task EnsureLoadedAsync() => _loading ??= LoadAsync();

    public async Task SetAsync(string? name)
    {
        var clean = Clean(name);
        if (clean == Name)
        {
            return;
        }

        _setHere = true;
        Name = clean;
        Changed?.Invoke();
        await js.InvokeVoidAsync("localStorage.setItem", NameKey, clean);
    }

    private async Task LoadAsync()
    {
        try
        {
            var name = await js.InvokeAsync<string?>("localStorage.getItem", NameKey);
            var userId = await js.InvokeAsync<string?>("localStorage.getItem", UserKey);
            if (string.IsNullOrEmpty(userId) || userId.Length > 40)
            {
                await js.InvokeVoidAsync("localStorage.setItem", UserKey, UserId);
            }
            else
            {
                UserId = userId;
            }

            if (!_setHere)
            {
                // A name typed while storage was being read wins over the stored one.
                Name = Clean(name);
            }
        }
        catch (JSException)
        {
            // Storage may be blocked: stay a Guest for this circuit.
        }

        Changed?.Invoke();
    }

    private static string Clean(string? name)
    {
        var clean = name?.Trim();
        if (string.IsNullOrEmpty(clean))
        {
            return DefaultName;
        }

        return clean.Length > MaxLength ? clean[..MaxLength] : clean;
    }
}
