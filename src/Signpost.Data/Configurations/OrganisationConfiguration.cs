using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Signpost.Core.Content;

namespace Signpost.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.HasIndex(o => o.Slug).IsUnique();
        builder.Property(o => o.Slug).HasMaxLength(120);
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Type).HasConversion<string>().HasMaxLength(20);

        // Added to a table that already has rows: the default lets the migration add the column in place.
        builder.Property(o => o.IsTrusted).HasDefaultValue(false);
        // The default is for rows that existed before the column; the sentinel (a value never used) makes EF always write the status it has.
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20).HasDefaultValue(ContentStatus.Published).HasSentinel((ContentStatus)(-1));
    }
}
