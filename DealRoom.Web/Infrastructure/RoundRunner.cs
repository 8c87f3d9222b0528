namespace DealRoom.Web.Infrastructure;

/// <summary>
/// Runs rounds of queued work one at a time, with no thread of its own (flat combining): after queueing, a caller
/// <see cref="Kick"/>s; if no round is running one starts, on the caller's thread or on a pool thread, and a round
/// that ends with work still queued starts the next on a pool thread. The room sessions and the op-log writer use it,
/// so an edit in a quiet room reaches its commit and its answer without a thread hand-off.
/// </summary>
/// <param name="round">One round over the queue. It must not throw: each item's waiter learns its own outcome.</param>
/// <param name="hasWork">Whether anything is queued.</param>
public sealed class RoundRunner(Func<Task> round, Func<bool> hasWork)
{
    private readonly SemaphoreSlim _running = new(1, 1);

    /// <summary>
    /// Starts a round unless one is running (that round sees the queued work when it ends). With
    /// <paramref name="runOnCaller"/> the round runs on this thread until its first wait, outside the caller's
    /// synchronization context (a Blazor circuit's): nothing of the round is posted back to it, and a page listener
    /// of the caller's own circuit finds its dispatcher busy and queues.
    /// </summary>
    public void Kick(bool runOnCaller)
    {
        // Full fences on both sides (here, after queueing; and after a round releases, before it looks at the queue):
        // either this caller sees no round running, or the round that is ending sees the queued work.
        Interlocked.MemoryBarrier();
        if (!_running.Wait(0))
        {
            return;
        }

        if (!runOnCaller)
        {
            _ = Task.Run(RunAndReleaseAsync);
            return;
        }

        var context = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            _ = RunAndReleaseAsync();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(context);
        }
    }

    /// <summary>Waits for the round in progress, then runs rounds until nothing is queued; no round starts after it.</summary>
    public async Task StopAsync()
    {
        await _running.WaitAsync().ConfigureAwait(false);
        while (hasWork())
        {
            await round().ConfigureAwait(false);
        }
    }

    private async Task RunAndReleaseAsync()
    {
        try
        {
            await round().ConfigureAwait(false);
        }
        finally
        {
            _running.Release();
        }

        Interlocked.MemoryBarrier();
        if (hasWork())
        {
            Kick(runOnCaller: false);
        }
    }
}
