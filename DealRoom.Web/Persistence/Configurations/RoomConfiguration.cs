using DealRoom.Web.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealRoom.Web.Persistence.Configurations;

internal sealed class RoomConfiguration : IEntityTypeConfiguration<RoomRecord>
{
    public void Configure(EntityTypeBuilder<RoomRecord> room)
    {
        room.HasKey(r => r.Id);
        room.Property(r => r.Id).HasMaxLength(64);
        room.Property(r => r.Name).HasMaxLength(200);
        room.Property(r => r.AccountId).HasMaxLength(64);
        room.HasIndex(r => r.AccountId);
    }
}
