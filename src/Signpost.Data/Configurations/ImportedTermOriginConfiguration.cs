using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Signpost.Core.Content;

namespace Signpost.Data.Configurations;

internal sealed class ImportedTermOriginConfiguration : IEntityTypeConfiguration<ImportedTermOrigin>
{
    public void Configure(EntityTypeBuilder<ImportedTermOrigin> builder)
    {
        builder.HasKey(o => o.TermId);
        builder.HasOne<TaxonomyTerm>().WithMany().HasForeignKey(o => o.TermId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(o => o.Source).HasMaxLength(200);
        builder.Property(o => o.Taxonomy).HasMaxLength(200);
    }
}
