namespace DealRoom.Web.Features.History;

/// <summary>A card the viewed version has and the room no longer has: what "Restore" can bring back.</summary>
public sealed record DeletedElement(string Id, string Name, string Kind);
