using DealRoom.Web.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealRoom.Web.Persistence.Configurations;

internal sealed class CommentReadConfiguration : IEntityTypeConfiguration<CommentReadRecord>
{
    public void Configure(EntityTypeBuilder<CommentReadRecord> read)
    {
        read.HasKey(r => new { r.RoomId, r.UserId, r.ThreadId });
        read.Property(r => r.RoomId).HasMaxLength(64);
        read.Property(r => r.UserId).HasMaxLength(128);
        read.Property(r => r.ThreadId).HasMaxLength(64);
    }
}
