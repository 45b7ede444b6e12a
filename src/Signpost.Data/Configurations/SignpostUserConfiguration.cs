using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Signpost.Data.Accounts;

namespace Signpost.Data.Configurations;

internal sealed class SignpostUserConfiguration : IEntityTypeConfiguration<SignpostUser>
{
    public void Configure(EntityTypeBuilder<SignpostUser> builder)
    {
        builder.HasOne(u => u.Organisation).WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.SetNull);
    }
}
