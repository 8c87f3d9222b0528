using DealRoom.Domain.Rooms;
using DealRoom.Domain.Stakeholders;
using DealRoom.Domain.Team;
using DealRoom.Domain.Vision;

namespace DealRoom.Domain.Fields;

/// <summary>The editable fields of every kind of element: the single source for validation, the protocol and the docs.</summary>
public static class Schemas
{
    public const int NameLength = 200;
    public const int NotesLength = 10_000;
    public const int ShortTextLength = 2_000;

    public static readonly FieldSet<Stakeholder> Stakeholder = new FieldSet<Stakeholder>("stakeholder")
        .Text("name", NameLength, s => s.Name, (s, v) => s with { Name = v! }, required: true)
        .Text("title", NameLength, s => s.Title, (s, v) => s with { Title = v })
        .Text("function", NameLength, s => s.Function, (s, v) => s with { Function = v })
        .Enum("buyingRole", s => s.BuyingRole, (s, v) => s with { BuyingRole = v })
        .OptionalInteger("power", 1, 5, s => s.Power, (s, v) => s with { Power = v })
        .OptionalInteger("influence", 1, 5, s => s.Influence, (s, v) => s with { Influence = v })
        .Enum("stance", s => s.Stance, (s, v) => s with { Stance = v })
        .Enum("decisionStyle", s => s.DecisionStyle, (s, v) => s with { DecisionStyle = v })
        .Enum("responseMode", s => s.ResponseMode, (s, v) => s with { ResponseMode = v })
        .Enum("informationPreference", s => s.InformationPreference, (s, v) => s with { InformationPreference = v })
        .Text("privateNotes", NotesLength, s => s.PrivateNotes, (s, v) => s with { PrivateNotes = v })
        .OptionalEnum<JourneyPhase>("phaseJoined", s => s.PhaseJoined, (s, v) => s with { PhaseJoined = v })
        .Date("dateJoined", s => s.DateJoined, (s, v) => s with { DateJoined = v })
        .Date("dateLeft", s => s.DateLeft, (s, v) => s with { DateLeft = v })
        .Boolean("onboarded", s => s.Onboarded, (s, v) => s with { Onboarded = v })
        .Date("lastConversation", s => s.LastConversation, (s, v) => s with { LastConversation = v })
        .Boolean("valueConfirmed", s => s.ValueConfirmed, (s, v) => s with { ValueConfirmed = v })
        .Boolean("championPrefersUs", s => s.ChampionPrefersUs, (s, v) => s with { ChampionPrefersUs = v })
        .Boolean("championMovesBudget", s => s.ChampionMovesBudget, (s, v) => s with { ChampionMovesBudget = v })
        .Boolean("championSellsForUs", s => s.ChampionSellsForUs, (s, v) => s with { ChampionSellsForUs = v })
        .Boolean("visibleToCustomer", s => s.VisibleToCustomer, (s, v) => s with { VisibleToCustomer = v })
        .Text("email", 320, s => s.Email, (s, v) => s with { Email = v });

    public static readonly FieldSet<Relationship> Relationship = new FieldSet<Relationship>("relationship")
        .Enum("kind", r => r.Kind, (r, v) => r with { Kind = v })
        .Enum("strength", r => r.Strength, (r, v) => r with { Strength = v });

    public static readonly FieldSet<TeamMember> TeamMember = new FieldSet<TeamMember>("team member")
        .Text("name", NameLength, t => t.Name, (t, v) => t with { Name = v! }, required: true)
        .Enum("role", t => t.Role, (t, v) => t with { Role = v })
        .Text("expertise", ShortTextLength, t => t.Expertise, (t, v) => t with { Expertise = v })
        .Text("userId", 128, t => t.UserId, (t, v) => t with { UserId = v })
        .Boolean("partner", t => t.Partner, (t, v) => t with { Partner = v });

    public static readonly FieldSet<Coverage> Coverage = new FieldSet<Coverage>("coverage")
        .Enum("currentLevel", c => c.CurrentLevel, (c, v) => c with { CurrentLevel = v })
        .Enum("desiredLevel", c => c.DesiredLevel, (c, v) => c with { DesiredLevel = v })
        .Enum("contactDepth", c => c.ContactDepth, (c, v) => c with { ContactDepth = v });

    public static readonly FieldSet<VisionElement> VisionElement = new FieldSet<VisionElement>("vision element")
        .Text("title", NameLength, e => e.Title, (e, v) => e with { Title = v! }, required: true)
        .Text("description", NotesLength, e => e.Description, (e, v) => e with { Description = v })
        .Text("area", NameLength, e => e.Area, (e, v) => e with { Area = v })
        .Number("currentValue", e => e.CurrentValue, (e, v) => e with { CurrentValue = v })
        .Number("targetValue", e => e.TargetValue, (e, v) => e with { TargetValue = v })
        .Number("measuredValue", e => e.MeasuredValue, (e, v) => e with { MeasuredValue = v })
        .Text("unit", 50, e => e.Unit, (e, v) => e with { Unit = v })
        .Text("owner", NameLength, e => e.Owner, (e, v) => e with { Owner = v });

    public static readonly FieldSet<VisionLink> VisionLink = new FieldSet<VisionLink>("vision link")
        .Enum("kind", l => l.Kind, (l, v) => l with { Kind = v });

    public static readonly FieldSet<RoomProfile> Room = new FieldSet<RoomProfile>("room")
        .Text("name", NameLength, r => r.Name, (r, v) => r with { Name = v! }, required: true)
        .Text("customerName", NameLength, r => r.CustomerName, (r, v) => r with { CustomerName = v })
        .Text("decisionToChange", ShortTextLength, r => r.DecisionToChange, (r, v) => r with { DecisionToChange = v })
        .Text("compellingEvent", ShortTextLength, r => r.CompellingEvent, (r, v) => r with { CompellingEvent = v })
        .Text("alternatives", ShortTextLength, r => r.Alternatives, (r, v) => r with { Alternatives = v })
        .Text("paperProcess", ShortTextLength, r => r.PaperProcess, (r, v) => r with { PaperProcess = v });

    /// <summary>Fields that only a Metric element may carry.</summary>
    public static readonly IReadOnlySet<string> MetricOnlyFields =
        new HashSet<string>(StringComparer.Ordinal) { "currentValue", "targetValue", "measuredValue", "unit", "owner" };

    /// <summary>The field kind of a field on an element kind, for writing values with their JSON types.</summary>
    public static FieldKind? KindOf(ElementKind kind, string field) => kind switch
    {
        ElementKind.Stakeholder => Stakeholder.Find(field)?.Kind,
        ElementKind.Relationship => Relationship.Find(field)?.Kind,
        ElementKind.TeamMember => TeamMember.Find(field)?.Kind,
        ElementKind.Coverage => Coverage.Find(field)?.Kind,
        ElementKind.VisionElement => VisionElement.Find(field)?.Kind,
        ElementKind.VisionLink => VisionLink.Find(field)?.Kind,
        ElementKind.Room => Room.Find(field)?.Kind,
        _ => null,
    };
}
