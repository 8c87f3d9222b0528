using Blazor.Diagrams.Core.Geometry;
using DealRoom.Domain.Accounts;
using DealRoom.Web.Features.Canvas;

namespace DealRoom.Web.Features.Accounts.Network;

/// <summary>A person of the account on its network map: one card however many rooms they are in.</summary>
public sealed class ContactNode(Contact contact, IReadOnlyList<ThinSpot> spots, double x, double y)
    : MapNode(contact.Key, x, y, CardSize)
{
    public static readonly Size CardSize = new(250, 118);

    public Contact Contact { get; } = contact;

    /// <summary>Where the person stands now: their latest room where they are still in the buying group (rooms in the account's order).</summary>
    public Appearance Current { get; } = contact.Appearances.LastOrDefault(a => a.IsActive) ?? contact.Appearances[^1];

    /// <summary>The thin spots that name this person (uncovered key person, former champion uncovered).</summary>
    public IReadOnlyList<ThinSpot> Spots { get; } = spots;

    public override string DisplayName => Contact.Name;
}

/// <summary>One of our people on the account's network map, with how many of the account's people they hold.</summary>
public sealed class NetworkMemberNode(NetworkMember member, ThinSpot? concentration, double x, double y)
    : MapNode(IdOf(member.Name), x, y, CardSize)
{
    public static readonly Size CardSize = new(210, 84);

    public NetworkMember Member { get; } = member;

    /// <summary>The thin spot that says this member holds most of the account's relationships, if it does.</summary>
    public ThinSpot? Concentration { get; } = concentration;

    public override string DisplayName => Member.Name;

    /// <summary>Members are known by name across rooms; the node id keeps them apart from contact keys.</summary>
    public static string IdOf(string memberName) => "member:" + memberName.ToLowerInvariant();
}
