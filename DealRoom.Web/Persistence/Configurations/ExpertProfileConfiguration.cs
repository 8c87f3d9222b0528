using DealRoom.Web.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DealRoom.Web.Persistence.Configurations;

internal sealed class ExpertProfileConfiguration : IEntityTypeConfiguration<ExpertProfileRecord>
{
    public void Configure(EntityTypeBuilder<ExpertProfileRecord> profile)
    {
        profile.HasKey(p => p.UserId);
    }
}
