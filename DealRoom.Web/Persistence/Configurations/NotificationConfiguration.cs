using DealRoom.Web.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealRoom.Web.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<NotificationRecord>
{
    public void Configure(EntityTypeBuilder<NotificationRecord> notification)
    {
        notification.HasKey(n => n.Id);
        notification.Property(n => n.Text).HasMaxLength(500);
        notification.Property(n => n.Link).HasMaxLength(500);
        notification.HasIndex(n => n.UserId);
    }
}
