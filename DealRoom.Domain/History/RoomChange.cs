namespace DealRoom.Domain.History;

/// <summary>
/// One change between two points of a room, in the method's words: <see cref="Kind"/> is a stable name
/// (e.g. "stanceChanged"), <see cref="Text"/> says it for a person ("Erik Lindqvist: stance Neutral → Skeptic").
/// </summary>
public sealed record RoomChange(string Kind, string? ElementId, string Text);
