using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Signpost.Core.Content;

namespace Signpost.Data.Configurations;

internal sealed class LocationConfiguration : IEntityTypeConfiguration<Location>
{
    public void Configure(EntityTypeBuilder<Location> builder)
    {
        builder.HasIndex(l => l.Slug).IsUnique();
        builder.Property(l => l.Slug).HasMaxLength(120);
        builder.Property(l => l.Postcode).HasMaxLength(10);
        builder.PrimitiveCollection(l => l.Accessibility);
        builder.Ignore(l => l.FullAddress);

        // Added to a table that already has rows: the default lets the migration add the column in place.
        // The default is for rows that existed before the column; the sentinel (a value never used) makes EF always write the status it has.
        builder.Property(l => l.Status).HasConversion<string>().HasMaxLength(20).HasDefaultValue(ContentStatus.Published).HasSentinel((ContentStatus)(-1));
    }
}
