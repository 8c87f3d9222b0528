using DealRoom.Web.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealRoom.Web.Persistence.Configurations;

internal sealed class ExpertiseAreaConfiguration : IEntityTypeConfiguration<ExpertiseAreaRecord>
{
    public void Configure(EntityTypeBuilder<ExpertiseAreaRecord> area)
    {
        area.HasKey(a => a.Id);
        area.Property(a => a.Area).HasMaxLength(200);
        area.Property(a => a.Knowledge).HasConversion<string>().HasMaxLength(40);
        area.HasIndex(a => a.UserId);
    }
}
