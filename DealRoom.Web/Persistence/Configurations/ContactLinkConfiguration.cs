using DealRoom.Web.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealRoom.Web.Persistence.Configurations;

internal sealed class ContactLinkConfiguration : IEntityTypeConfiguration<ContactLinkRecord>
{
    public void Configure(EntityTypeBuilder<ContactLinkRecord> link)
    {
        link.HasKey(l => l.Id);
        link.Property(l => l.AccountId).HasMaxLength(64);
        link.Property(l => l.RoomId).HasMaxLength(64);
        link.Property(l => l.StakeholderId).HasMaxLength(64);
        link.Property(l => l.OtherRoomId).HasMaxLength(64);
        link.Property(l => l.OtherStakeholderId).HasMaxLength(64);
        link.Property(l => l.CreatedByName).HasMaxLength(200);
        link.HasIndex(l => l.AccountId);
    }
}
