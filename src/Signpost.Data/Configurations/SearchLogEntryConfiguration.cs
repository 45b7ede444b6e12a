using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Signpost.Core.SearchLog;

namespace Signpost.Data.Configurations;

internal sealed class SearchLogEntryConfiguration : IEntityTypeConfiguration<SearchLogEntry>
{
    public void Configure(EntityTypeBuilder<SearchLogEntry> builder)
    {
        builder.Property(e => e.Text).HasMaxLength(200);
        builder.Property(e => e.PlaceDistrict).HasMaxLength(4);
        builder.Property(e => e.Filters).HasMaxLength(1000);
        builder.Property(e => e.Source).HasMaxLength(20);
        builder.HasIndex(e => e.At);
    }
}
