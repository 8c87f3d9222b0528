using DealRoom.Domain.Experts;
using DealRoom.Web.Features.Access;
using DealRoom.Web.Persistence;

namespace DealRoom.Web.Features.Experts;

/// <summary>
/// The demo team's directory entries (the same areas as their accounts and the demo room's cards) and one expert
/// request waiting in the executive account manager's queue, which assigning the second expert answers.
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
        db.Notifications.Add(new NotificationRecord
        {
            UserId = DemoUsers.Manager.Id,
            Text = $"{DemoUsers.Owner.DisplayName} asks for Finance expertise in {DemoRoom.Name}.",
            Link = "/experts/queue",
            CreatedAt = now,
        });
    }
}
