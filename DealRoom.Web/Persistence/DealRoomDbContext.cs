using DealRoom.Web.Persistence.Configurations;
using DealRoom.Web.Persistence.Entities;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DealRoom.Web.Persistence;

/// <summary>
/// The app's database. This type's migrations (Persistence/Migrations) are SQLite's; PostgreSQL uses
/// <see cref="PostgreSqlDealRoomDbContext"/>, the same model with its own migrations set.
/// </summary>
public class DealRoomDbContext(DbContextOptions<DealRoomDbContext> options) : IdentityDbContext<TeamUser>(options)
{
    public DbSet<AccountRecord> Accounts => Set<AccountRecord>();
    public DbSet<RoomRecord> Rooms => Set<RoomRecord>();
    public DbSet<OperationRecord> Operations => Set<OperationRecord>();
    public DbSet<SnapshotRecord> Snapshots => Set<SnapshotRecord>();
    public DbSet<RoomSummaryRecord> RoomSummaries => Set<RoomSummaryRecord>();
    public DbSet<RoomMemberRecord> RoomMembers => Set<RoomMemberRecord>();
    public DbSet<AccountManagerRecord> AccountManagers => Set<AccountManagerRecord>();
    public DbSet<InvitationRecord> Invitations => Set<InvitationRecord>();
    public DbSet<CommentReadRecord> CommentReads => Set<CommentReadRecord>();
    public DbSet<RoomVisitRecord> RoomVisits => Set<RoomVisitRecord>();
    public DbSet<AccountEditRecord> AccountEdits => Set<AccountEditRecord>();
    public DbSet<AccountLeadRecord> AccountLeads => Set<AccountLeadRecord>();
    public DbSet<ContactLinkRecord> ContactLinks => Set<ContactLinkRecord>();
    public DbSet<ExpertProfileRecord> ExpertProfiles => Set<ExpertProfileRecord>();
    public DbSet<ExpertiseAreaRecord> ExpertiseAreas => Set<ExpertiseAreaRecord>();
    public DbSet<ExpertRequestRecord> ExpertRequests => Set<ExpertRequestRecord>();
    public DbSet<NotificationRecord> Notifications => Set<NotificationRecord>();
    public DbSet<OutboxMessageRecord> Outbox => Set<OutboxMessageRecord>();
    public DbSet<RoomOutcomeRecord> RoomOutcomes => Set<RoomOutcomeRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // One configuration class per entity (Persistence/Configurations). Both contexts (SQLite's and PostgreSQL's,
        // which derives from this one) have the same model, so every configuration applies to both; the filter keeps
        // out any configuration another assembly's context might define beside them.
        modelBuilder.ApplyConfigurationsFromAssembly(
            typeof(DealRoomDbContext).Assembly,
            type => type.Namespace == typeof(AccountConfiguration).Namespace);
    }
}
