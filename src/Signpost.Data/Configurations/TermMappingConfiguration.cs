using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Signpost.Core.Content;

namespace Signpost.Data.Configurations;

internal sealed class TermMappingConfiguration : IEntityTypeConfiguration<TermMapping>
{
    public void Configure(EntityTypeBuilder<TermMapping> builder)
    {
        builder.HasKey(m => m.ImportedTermId);

        // Deleting either term deletes the mapping: it means nothing without both.
        builder.HasOne<TaxonomyTerm>().WithMany().HasForeignKey(m => m.ImportedTermId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<TaxonomyTerm>().WithMany().HasForeignKey(m => m.TermId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(m => m.MappedBy).HasMaxLength(256);
    }
}
