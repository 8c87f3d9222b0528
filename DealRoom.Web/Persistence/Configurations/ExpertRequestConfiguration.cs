using DealRoom.Web.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealRoom.Web.Persistence.Configurations;

internal sealed class ExpertRequestConfiguration : IEntityTypeConfiguration<ExpertRequestRecord>
{
    public void Configure(EntityTypeBuilder<ExpertRequestRecord> request)
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
    }
}
