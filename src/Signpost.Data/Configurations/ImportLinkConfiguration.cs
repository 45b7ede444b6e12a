using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Signpost.Core.Content;

namespace Signpost.Data.Configurations;

internal sealed class ImportLinkConfiguration : IEntityTypeConfiguration<ImportLink>
{
    public void Configure(EntityTypeBuilder<ImportLink> builder)
    {
        builder.HasKey(l => new { l.Kind, l.Source, l.SourceId });
        builder.HasIndex(l => new { l.Kind, l.ContentId });
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Source).HasMaxLength(200);
        builder.Property(l => l.SourceId).HasMaxLength(200);
        builder.Property(l => l.ContentHash).HasMaxLength(64);
    }
}
