using DealRoom.Web.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealRoom.Web.Persistence.Configurations;

internal sealed class OperationConfiguration : IEntityTypeConfiguration<OperationRecord>
{
    public void Configure(EntityTypeBuilder<OperationRecord> op)
    {
        op.HasKey(o => o.Id);
        op.Property(o => o.RoomId).HasMaxLength(64);
        op.Property(o => o.OpId).HasMaxLength(64);
        op.Property(o => o.AuthorId).HasMaxLength(128);
        op.Property(o => o.AuthorName).HasMaxLength(200);
        op.Property(o => o.Type).HasMaxLength(40);
        op.HasIndex(o => new { o.RoomId, o.Version }).IsUnique();
        op.HasIndex(o => new { o.RoomId, o.OpId }).IsUnique();
    }
}
