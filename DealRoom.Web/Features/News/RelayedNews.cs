namespace DealRoom.Web.Features.News;

/// <summary>
/// News for open pages and the node it was raised on. <see cref="Subject"/>: for <see cref="NewsKind.Experts"/>, the
/// user it concerns (null: requests changed for everyone); for <see cref="NewsKind.Account"/>, the account id; for
/// <see cref="NewsKind.ExpertFacts"/>, the room ids separated by commas (a room id has none).
/// </summary>
public sealed record RelayedNews(string Node, NewsKind Kind, string? Subject);
