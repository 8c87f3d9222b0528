namespace DealRoom.Web.Features.Canvas;

/// <summary>Another participant who has a card selected: their name on the ring, in their colour.</summary>
public sealed record SelectionMark(string Name, string Color);
