using DealRoom.Web.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealRoom.Web.Persistence.Configurations;

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<InvitationRecord>
{
    public void Configure(EntityTypeBuilder<InvitationRecord> invitation)
    {
        invitation.HasKey(i => i.Id);
        invitation.Property(i => i.Id).HasMaxLength(64);
        invitation.Property(i => i.RoomId).HasMaxLength(64);
        invitation.Property(i => i.Name).HasMaxLength(200);
        invitation.Property(i => i.Email).HasMaxLength(320);
        invitation.Property(i => i.StakeholderId).HasMaxLength(64);
        invitation.Property(i => i.TokenHash).HasMaxLength(64);
        invitation.Property(i => i.AcceptedName).HasMaxLength(200);
        invitation.Property(i => i.Rights).HasConversion<string>().HasMaxLength(10);
        invitation.HasIndex(i => i.TokenHash).IsUnique();
        invitation.HasIndex(i => i.RoomId);
    }
}
