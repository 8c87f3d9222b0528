namespace DealRoom.Web.Persistence.Entities;

/// <summary>A customer account: the entity whose opportunities are deal rooms.</summary>
public sealed class AccountRecord
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public string? Industry { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
