using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Signpost.Core.Content;
using Signpost.Core.Feedback;

namespace Signpost.Data.Configurations;

internal sealed class ListingProblemReportConfiguration : IEntityTypeConfiguration<ListingProblemReport>
{
    public void Configure(EntityTypeBuilder<ListingProblemReport> builder)
    {
        builder.Property(r => r.Problem).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Details).HasMaxLength(1000);
        builder.Property(r => r.ResolvedById).HasMaxLength(450);
        builder.Property(r => r.ResolutionNote).HasMaxLength(500);
        builder.HasIndex(r => new { r.OrganisationId, r.ResolvedAt });
        builder.HasIndex(r => new { r.ServiceId, r.SubmittedAt });
        builder.HasOne<Service>().WithMany().HasForeignKey(r => r.ServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
