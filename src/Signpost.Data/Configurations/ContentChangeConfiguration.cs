using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Signpost.Core.ChangeFeed;

namespace Signpost.Data.Configurations;

internal sealed class ContentChangeConfiguration : IEntityTypeConfiguration<ContentChange>
{
    public void Configure(EntityTypeBuilder<ContentChange> builder)
    {
        builder.HasKey(c => c.Sequence);
        builder.Property(c => c.Sequence).ValueGeneratedOnAdd();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
    }
}
