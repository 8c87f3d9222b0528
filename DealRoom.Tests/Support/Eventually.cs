using System.Diagnostics;

namespace DealRoom.Tests.Support;

/// <summary>
/// Waits for a condition by polling it, for what happens on another thread, connection or node: fails with the given
/// message when it does not hold within the timeout (20 s by default, for a loaded 2-core machine). Never a fixed sleep.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    public static Task TrueAsync(Func<bool> condition, string message, TimeSpan? timeout = null) =>
        TrueAsync(() => Task.FromResult(condition()), message, timeout);

    public static async Task TrueAsync(Func<Task<bool>> condition, string message, TimeSpan? timeout = null)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(watch.Elapsed < (timeout ?? DefaultTimeout), message);
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }
}
