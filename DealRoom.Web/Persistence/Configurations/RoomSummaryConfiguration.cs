using DealRoom.Web.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealRoom.Web.Persistence.Configurations;

internal sealed class RoomSummaryConfiguration : IEntityTypeConfiguration<RoomSummaryRecord>
{
    public void Configure(EntityTypeBuilder<RoomSummaryRecord> summary)
    {
        summary.HasKey(s => s.RoomId);
        summary.Property(s => s.RoomId).HasMaxLength(64);
        summary.Property(s => s.Name).HasMaxLength(200);
        summary.Property(s => s.CustomerName).HasMaxLength(200);
    }
}
