namespace DealRoom.Web.Persistence.Entities;

/// <summary>
/// A message a mail sender could deliver later: DealRoom needs no e-mail server; whatever sends mail reads the rows
/// with no <see cref="SentAt"/>, sends them and stamps them.
/// </summary>
public sealed class OutboxMessageRecord
{
    public long Id { get; set; }
    public required string To { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
}
