using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Signpost.Core.Content;

namespace Signpost.Data.Configurations;

internal sealed class PageConfiguration : IEntityTypeConfiguration<Page>
{
    public void Configure(EntityTypeBuilder<Page> builder)
    {
        builder.HasIndex(p => p.Path).IsUnique();
        builder.Property(p => p.Path).HasMaxLength(300);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(p => p.ParentPath);
    }
}
