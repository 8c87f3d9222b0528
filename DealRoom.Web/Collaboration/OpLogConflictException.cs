namespace DealRoom.Web.Collaboration;

/// <summary>
/// Another writer (a second node on the same database) committed at a version this one tried to take, or an
/// opId was already logged. The session catches up from the log and retries.
/// </summary>
public sealed class OpLogConflictException : Exception
{
    public OpLogConflictException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public OpLogConflictException()
    {
    }

    public OpLogConflictException(string message)
        : base(message)
    {
    }
}
