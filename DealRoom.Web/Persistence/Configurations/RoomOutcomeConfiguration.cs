using DealRoom.Web.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealRoom.Web.Persistence.Configurations;

internal sealed class RoomOutcomeConfiguration : IEntityTypeConfiguration<RoomOutcomeRecord>
{
    public void Configure(EntityTypeBuilder<RoomOutcomeRecord> outcome)
    {
        outcome.HasKey(o => o.RoomId);
        outcome.Property(o => o.RoomId).HasMaxLength(64);
        outcome.Property(o => o.Outcome).HasConversion<string>().HasMaxLength(20);
        outcome.Property(o => o.RecordedByUserId).HasMaxLength(128);
        outcome.Property(o => o.RecordedByName).HasMaxLength(200);
    }
}
