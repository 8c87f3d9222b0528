using DealRoom.Web.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealRoom.Web.Persistence.Configurations;

internal sealed class AccountEditConfiguration : IEntityTypeConfiguration<AccountEditRecord>
{
    public void Configure(EntityTypeBuilder<AccountEditRecord> edit)
    {
        edit.HasKey(e => e.Id);
        edit.Property(e => e.AccountId).HasMaxLength(64);
        edit.Property(e => e.ItemId).HasMaxLength(64);
        edit.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        edit.Property(e => e.Text).HasMaxLength(2000);
        edit.Property(e => e.Figure).HasMaxLength(200);
        edit.Property(e => e.Period).HasMaxLength(50);
        edit.Property(e => e.AuthorId).HasMaxLength(128);
        edit.Property(e => e.AuthorName).HasMaxLength(200);
        edit.HasIndex(e => new { e.AccountId, e.Id });
    }
}
