namespace DealRoom.Web.Features.Canvas;

/// <summary>Another participant's pointer on a map: who, in their colour, at a point in the map's coordinates.</summary>
public sealed record RemoteCursor(string Name, string Color, double X, double Y);
