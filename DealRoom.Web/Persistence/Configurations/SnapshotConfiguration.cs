using DealRoom.Web.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealRoom.Web.Persistence.Configurations;

internal sealed class SnapshotConfiguration : IEntityTypeConfiguration<SnapshotRecord>
{
    public void Configure(EntityTypeBuilder<SnapshotRecord> snapshot)
    {
        snapshot.HasKey(s => s.Id);
        snapshot.Property(s => s.RoomId).HasMaxLength(64);
        snapshot.HasIndex(s => new { s.RoomId, s.Version }).IsUnique();
    }
}
