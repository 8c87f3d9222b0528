using Microsoft.EntityFrameworkCore;

namespace DealRoom.Web.Features.Experts;

/// <summary>The expert directory, requests, room outcomes, notifications and the outbox in the app's database model.</summary>
public static class ExpertsModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<ExpertProfileRecord>(profile =>
        {
            profile.HasKey(p => p.UserId);
        });

        modelBuilder.Entity<ExpertiseAreaRecord>(area =>
        {
            area.HasKey(a => a.Id);
            area.Property(a => a.Area).HasMaxLength(200);
            area.Property(a => a.Knowledge).HasConversion<string>().HasMaxLength(40);
            area.HasIndex(a => a.UserId);
        });

        modelBuilder.Entity<ExpertRequestRecord>(request =>
        {
            request.HasKey(r => r.Id);
            request.Property(r => r.Id).HasMaxLength(64);
            request.Property(r => r.RoomId).HasMaxLength(64);
            request.Property(r => r.Expertise).HasMaxLength(200);
            request.Property(r => r.ForElementId).HasMaxLength(64);
            request.Property(r => r.ForLabel).HasMaxLength(200);
            request.Property(r => r.GapId).HasMaxLength(20);
            request.Property(r => r.Note).HasMaxLength(2000);
            request.Property(r => r.RequestedByName).HasMaxLength(200);
            request.Property(r => r.Reason).HasMaxLength(2000);
            request.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            request.HasIndex(r => r.RoomId);
            request.HasIndex(r => r.AssignedUserId);
        });

        modelBuilder.Entity<NotificationRecord>(notification =>
        {
            notification.HasKey(n => n.Id);
            notification.Property(n => n.Text).HasMaxLength(500);
            notification.Property(n => n.Link).HasMaxLength(500);
            notification.HasIndex(n => n.UserId);
        });

        modelBuilder.Entity<RoomOutcomeRecord>(outcome =>
        {
            outcome.HasKey(o => o.RoomId);
            outcome.Property(o => o.RoomId).HasMaxLength(64);
            outcome.Property(o => o.Outcome).HasConversion<string>().HasMaxLength(20);
            outcome.Property(o => o.RecordedByUserId).HasMaxLength(128);
            outcome.Property(o => o.RecordedByName).HasMaxLength(200);
        });

        modelBuilder.Entity<OutboxMessageRecord>(message =>
        {
            message.HasKey(m => m.Id);
            message.Property(m => m.To).HasMaxLength(320);
            message.Property(m => m.Subject).HasMaxLength(300);
            message.Property(m => m.Body).HasMaxLength(4000);
        });
    }
}
