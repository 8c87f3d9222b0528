namespace DealRoom.Web.Features.Comments;

/// <summary>A room member who can be mentioned in a comment: their user id (what a mention carries) and name.</summary>
public sealed record Mentionable(string UserId, string Name);
