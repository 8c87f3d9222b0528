using DealRoom.Web.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealRoom.Web.Persistence.Configurations;

internal sealed class RoomVisitConfiguration : IEntityTypeConfiguration<RoomVisitRecord>
{
    public void Configure(EntityTypeBuilder<RoomVisitRecord> visit)
    {
        visit.HasKey(v => new { v.RoomId, v.UserKey });
        visit.Property(v => v.RoomId).HasMaxLength(64);
        visit.Property(v => v.UserKey).HasMaxLength(128);
    }
}
