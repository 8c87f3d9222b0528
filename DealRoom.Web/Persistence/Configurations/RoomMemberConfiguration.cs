using DealRoom.Web.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealRoom.Web.Persistence.Configurations;

internal sealed class RoomMemberConfiguration : IEntityTypeConfiguration<RoomMemberRecord>
{
    public void Configure(EntityTypeBuilder<RoomMemberRecord> member)
    {
        member.HasKey(m => new { m.RoomId, m.UserId });
        member.Property(m => m.RoomId).HasMaxLength(64);
        member.HasIndex(m => m.UserId);
        member.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
    }
}
