using DealRoom.Web.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealRoom.Web.Persistence.Configurations;

internal sealed class AccountLeadConfiguration : IEntityTypeConfiguration<AccountLeadRecord>
{
    public void Configure(EntityTypeBuilder<AccountLeadRecord> lead)
    {
        lead.HasKey(l => l.Id);
        lead.Property(l => l.Id).HasMaxLength(64);
        lead.Property(l => l.AccountId).HasMaxLength(64);
        lead.Property(l => l.Title).HasMaxLength(200);
        lead.Property(l => l.Source).HasMaxLength(2000);
        lead.Property(l => l.SourceKind).HasConversion<string>().HasMaxLength(30);
        lead.Property(l => l.Stage).HasConversion<string>().HasMaxLength(30);
        lead.Property(l => l.RoomId).HasMaxLength(64);
        lead.Property(l => l.CreatedByName).HasMaxLength(200);
        lead.HasIndex(l => l.AccountId);
    }
}
