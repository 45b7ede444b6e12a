using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Signpost.Core.Content;

namespace Signpost.Data.Configurations;

internal sealed class PostcodePointConfiguration : IEntityTypeConfiguration<PostcodePoint>
{
    public void Configure(EntityTypeBuilder<PostcodePoint> builder)
    {
        builder.HasKey(p => p.Postcode);
        builder.Property(p => p.Postcode).HasMaxLength(10);
    }
}
