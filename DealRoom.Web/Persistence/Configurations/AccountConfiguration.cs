using DealRoom.Web.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealRoom.Web.Persistence.Configurations;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<AccountRecord>
{
    public void Configure(EntityTypeBuilder<AccountRecord> account)
    {
        account.HasKey(a => a.Id);
        account.Property(a => a.Id).HasMaxLength(64);
        account.Property(a => a.Name).HasMaxLength(200);
        account.Property(a => a.Industry).HasMaxLength(200);
    }
}
