using DealRoom.Domain.Rooms;

namespace DealRoom.Domain.Serialization;

/// <summary>An operation's JSON does not have the shape the protocol defines.</summary>
public sealed class OperationFormatException : Exception
{
    public OperationFormatException(string message, string code = ErrorCodes.Malformed, string? field = null)
        : base(message)
    {
        Code = code;
        Field = field;
    }

    public OperationFormatException()
        : this("The operation is malformed.")
    {
    }

    public OperationFormatException(string message, Exception inner)
        : base(message, inner)
    {
        Code = ErrorCodes.Malformed;
    }

    /// <summary>The stable error code to report.</summary>
    public string Code { get; }

    /// <summary>The field at fault, if one is.</summary>
    public string? Field { get; }
}
