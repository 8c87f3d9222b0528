using DealRoom.Web.Features.Access;
using DealRoom.Web.Features.Experts;
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

        modelBuilder.Entity<AccountRecord>(account =>
        {
            account.HasKey(a => a.Id);
            account.Property(a => a.Id).HasMaxLength(64);
            account.Property(a => a.Name).HasMaxLength(200);
            account.Property(a => a.Industry).HasMaxLength(200);
        });

        modelBuilder.Entity<RoomRecord>(room =>
        {
            room.HasKey(r => r.Id);
            room.Property(r => r.Id).HasMaxLength(64);
            room.Property(r => r.Name).HasMaxLength(200);
            room.Property(r => r.AccountId).HasMaxLength(64);
            room.HasIndex(r => r.AccountId);
        });

        modelBuilder.Entity<OperationRecord>(op =>
        {
            op.HasKey(o => o.Id);
            op.Property(o => o.RoomId).HasMaxLength(64);
            op.Property(o => o.OpId).HasMaxLength(64);
            op.Property(o => o.AuthorId).HasMaxLength(128);
            op.Property(o => o.AuthorName).HasMaxLength(200);
            op.Property(o => o.Type).HasMaxLength(40);
            op.HasIndex(o => new { o.RoomId, o.Version }).IsUnique();
            op.HasIndex(o => new { o.RoomId, o.OpId }).IsUnique();
        });

        modelBuilder.Entity<SnapshotRecord>(snapshot =>
        {
            snapshot.HasKey(s => s.Id);
            snapshot.Property(s => s.RoomId).HasMaxLength(64);
            snapshot.HasIndex(s => new { s.RoomId, s.Version }).IsUnique();
        });

        modelBuilder.Entity<RoomSummaryRecord>(summary =>
        {
            summary.HasKey(s => s.RoomId);
            summary.Property(s => s.RoomId).HasMaxLength(64);
            summary.Property(s => s.Name).HasMaxLength(200);
            summary.Property(s => s.CustomerName).HasMaxLength(200);
        });

        modelBuilder.Entity<TeamUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.Expertise).HasMaxLength(2000);
        });

        modelBuilder.Entity<RoomMemberRecord>(member =>
        {
            member.HasKey(m => new { m.RoomId, m.UserId });
            member.Property(m => m.RoomId).HasMaxLength(64);
            member.HasIndex(m => m.UserId);
            member.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
        });

        modelBuilder.Entity<AccountManagerRecord>(manager =>
        {
            manager.HasKey(m => new { m.AccountId, m.UserId });
            manager.Property(m => m.AccountId).HasMaxLength(64);
        });

        modelBuilder.Entity<InvitationRecord>(invitation =>
        {
            invitation.HasKey(i => i.Id);
            invitation.Property(i => i.Id).HasMaxLength(64);
            invitation.Property(i => i.RoomId).HasMaxLength(64);
            invitation.Property(i => i.Name).HasMaxLength(200);
            invitation.Property(i => i.Email).HasMaxLength(320);
            invitation.Property(i => i.StakeholderId).HasMaxLength(64);
            invitation.Property(i => i.TokenHash).HasMaxLength(64);
            invitation.Property(i => i.AcceptedName).HasMaxLength(200);
            invitation.Property(i => i.Rights).HasConversion<string>().HasMaxLength(10);
            invitation.HasIndex(i => i.TokenHash).IsUnique();
            invitation.HasIndex(i => i.RoomId);
        });

        modelBuilder.Entity<CommentReadRecord>(read =>
        {
            read.HasKey(r => new { r.RoomId, r.UserId, r.ThreadId });
            read.Property(r => r.RoomId).HasMaxLength(64);
            read.Property(r => r.UserId).HasMaxLength(128);
            read.Property(r => r.ThreadId).HasMaxLength(64);
        });

        modelBuilder.Entity<RoomVisitRecord>(visit =>
        {
            visit.HasKey(v => new { v.RoomId, v.UserKey });
            visit.Property(v => v.RoomId).HasMaxLength(64);
            visit.Property(v => v.UserKey).HasMaxLength(128);
        });

        modelBuilder.Entity<AccountEditRecord>(edit =>
        {
            edit.HasKey(e => e.Id);
            edit.Property(e => e.AccountId).HasMaxLength(64);
            edit.Property(e => e.ItemId).HasMaxLength(64);
            edit.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
            edit.Property(e => e.Text).HasMaxLength(2000);
            edit.Property(e => e.Figure).HasMaxLength(200);
            edit.Property(e => e.Period).HasMaxLength(50);
            edit.Property(e => e.AuthorId).HasMaxLength(128);
            edit.Property(e => e.AuthorName).HasMaxLength(200);
            edit.HasIndex(e => new { e.AccountId, e.Id });
        });

        modelBuilder.Entity<AccountLeadRecord>(lead =>
        {
            lead.HasKey(l => l.Id);
            lead.Property(l => l.Id).HasMaxLength(64);
            lead.Property(l => l.AccountId).HasMaxLength(64);
            lead.Property(l => l.Title).HasMaxLength(200);
            lead.Property(l => l.Source).HasMaxLength(2000);
            lead.Property(l => l.SourceKind).HasConversion<string>().HasMaxLength(30);
            lead.Property(l => l.Stage).HasConversion<string>().HasMaxLength(30);
            lead.Property(l => l.RoomId).HasMaxLength(64);
            lead.Property(l => l.CreatedByName).HasMaxLength(200);
            lead.HasIndex(l => l.AccountId);
        });

        modelBuilder.Entity<ContactLinkRecord>(link =>
        {
            link.HasKey(l => l.Id);
            link.Property(l => l.AccountId).HasMaxLength(64);
            link.Property(l => l.RoomId).HasMaxLength(64);
            link.Property(l => l.StakeholderId).HasMaxLength(64);
            link.Property(l => l.OtherRoomId).HasMaxLength(64);
            link.Property(l => l.OtherStakeholderId).HasMaxLength(64);
            link.Property(l => l.CreatedByName).HasMaxLength(200);
            link.HasIndex(l => l.AccountId);
        });

        ExpertsModel.Configure(modelBuilder);
    }
}
