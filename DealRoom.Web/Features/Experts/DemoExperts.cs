using DealRoom.Domain.Experts;
using DealRoom.Domain.Rooms;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;

namespace DealRoom.Web.Features.Experts;

/// <summary>
/// The demo team's directory entries (the same areas as their accounts and the demo room's cards) and one expert
/// request waiting in the executive account manager's queue, which assigning the second expert answers, and the deals
/// that ended before it, which give each expert a record.
/// </summary>
public static class DemoExperts
{
    public const string RequestId = "xr-demo-finance";

    private static readonly Dictionary<string, (int Capacity, ExpertiseArea[] Areas)> Directory = new(StringComparer.Ordinal)
    {
        ["alex@dealroom.demo"] = (10, [new("Sales operations", 3, KnowledgeArea.InternalMethodsAndTools), new("Line of business", 2, KnowledgeArea.CustomerIndustry)]),
        ["nina@dealroom.demo"] = (8, [new("Decision dynamics", 3, KnowledgeArea.InternalMethodsAndTools), new("Finance", 2, KnowledgeArea.CustomerIndustry)]),
        ["sam@dealroom.demo"] = (16, [new("IT", 3, KnowledgeArea.OurCapabilities), new("Cloud migration", 3, KnowledgeArea.OurCapabilities), new("Security", 2, KnowledgeArea.MarketAndTrends)]),
        ["riley@dealroom.demo"] = (12, [new("Finance", 3, KnowledgeArea.CustomerIndustry), new("Value engineering", 2, KnowledgeArea.InternalMethodsAndTools)]),
    };

    /// <summary>Adds the entries (and, with the demo room, the waiting request) to the unit of work; the caller saves.</summary>
    public static void Seed(DealRoomDbContext db, bool withDemoRoom, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        foreach (var demo in DemoUsers.All)
        {
            if (!Directory.TryGetValue(demo.Email, out var entry))
            {
                continue;
            }

            db.ExpertProfiles.Add(new ExpertProfileRecord { UserId = demo.Id, CapacityHours = entry.Capacity });
            db.ExpertiseAreas.AddRange(entry.Areas.Select(a => new ExpertiseAreaRecord { UserId = demo.Id, Area = a.Area, Proficiency = a.Proficiency, Knowledge = a.Knowledge }));
        }

        if (!withDemoRoom)
        {
            return;
        }

        db.ExpertRequests.Add(new ExpertRequestRecord
        {
            Id = RequestId,
            RoomId = DemoRoom.RoomId,
            Expertise = "Finance",
            ForElementId = "ve-ch-cost",
            ForLabel = "Rising cost of running the old CRM",
            NeededBy = DateOnly.FromDateTime(now.UtcDateTime).AddDays(14),
            Hours = 6,
            Note = "The CFO wants the old CRM's running cost set against the cloud subscription over five years.",
            Status = ExpertRequestStatus.Open,
            RequestedByUserId = DemoUsers.Owner.Id,
            RequestedByName = DemoUsers.Owner.DisplayName,
            CreatedAt = now,
        });
        SeedPastDeals(db, now);
        db.Notifications.Add(new NotificationRecord
        {
            UserId = DemoUsers.Manager.Id,
            Text = $"{DemoUsers.Owner.DisplayName} asks for Finance expertise in {DemoRoom.Name}.",
            Link = "/experts/queue",
            CreatedAt = now,
        });
    }

    /// <summary>
    /// Deals that ended before the demo (rooms with an outcome and the experts assigned to them), so the queue's ranking
    /// reads a record: Riley helped win two of three, Sam one of three, Nina her one.
    /// </summary>
    private static void SeedPastDeals(DealRoomDbContext db, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        (string Id, string Name, DealOutcome Outcome, int DaysAgo, (DemoUser Expert, string Area, int Hours)[] Experts)[] deals =
        [
            ("room-past-fabrikam", "Fabrikam: finance transformation", DealOutcome.Won, 160,
                [(DemoUsers.SecondExpert, "Finance", 6), (DemoUsers.Manager, "Decision dynamics", 2)]),
            ("room-past-tailspin", "Tailspin Toys: cost-to-serve analytics", DealOutcome.Won, 95,
                [(DemoUsers.SecondExpert, "Value engineering", 4), (DemoUsers.Expert, "IT", 6)]),
            ("room-past-woodgrove", "Woodgrove Bank: CRM replacement", DealOutcome.Lost, 60,
                [(DemoUsers.SecondExpert, "Finance", 4), (DemoUsers.Expert, "Security", 4)]),
            ("room-past-litware", "Litware: cloud migration", DealOutcome.NoDecision, 30, [(DemoUsers.Expert, "Cloud migration", 8)]),
        ];
        foreach (var deal in deals)
        {
            var closed = now.AddDays(-deal.DaysAgo);
            db.Rooms.Add(new RoomRecord { Id = deal.Id, Name = deal.Name, CreatedAt = closed.AddDays(-120) });
            db.RoomOutcomes.Add(new RoomOutcomeRecord
            {
                RoomId = deal.Id,
                Outcome = deal.Outcome,
                ClosedOn = today.AddDays(-deal.DaysAgo),
                RecordedByUserId = DemoUsers.Owner.Id,
                RecordedByName = DemoUsers.Owner.DisplayName,
                RecordedAt = closed,
            });
            foreach (var (expert, area, hours) in deal.Experts)
            {
                db.ExpertRequests.Add(new ExpertRequestRecord
                {
                    Id = $"xr-{deal.Id}-{expert.Email.Split('@')[0]}",
                    RoomId = deal.Id,
                    Expertise = area,
                    Hours = hours,
                    Status = ExpertRequestStatus.Assigned,
                    RequestedByUserId = DemoUsers.Owner.Id,
                    RequestedByName = DemoUsers.Owner.DisplayName,
                    CreatedAt = closed.AddDays(-100),
                    AssignedUserId = expert.Id,
                    DecidedByUserId = DemoUsers.Manager.Id,
                    DecidedAt = closed.AddDays(-98),
                });
            }
        }
    }
}
