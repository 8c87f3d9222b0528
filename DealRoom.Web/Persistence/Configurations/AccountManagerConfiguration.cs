using DealRoom.Web.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealRoom.Web.Persistence.Configurations;

internal sealed class AccountManagerConfiguration : IEntityTypeConfiguration<AccountManagerRecord>
{
    public void Configure(EntityTypeBuilder<AccountManagerRecord> manager)
    {
        manager.HasKey(m => new { m.AccountId, m.UserId });
        manager.Property(m => m.AccountId).HasMaxLength(64);
    }
}
