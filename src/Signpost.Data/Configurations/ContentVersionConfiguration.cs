using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Signpost.Core.Editorial;

namespace Signpost.Data.Configurations;

internal sealed class ContentVersionConfiguration : IEntityTypeConfiguration<ContentVersion>
{
    public void Configure(EntityTypeBuilder<ContentVersion> builder)
    {
        builder.Property(v => v.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Title).HasMaxLength(200);
        builder.Property(v => v.AuthorId).HasMaxLength(450);
        builder.Property(v => v.AuthorName).HasMaxLength(256);
        builder.Property(v => v.ReviewedById).HasMaxLength(450);
        builder.Property(v => v.ReviewedByName).HasMaxLength(256);
        builder.Property(v => v.Comment).HasMaxLength(2000);

        // The optimistic-concurrency guard: two saves on the same base both want the same next number.
        builder.HasIndex(v => new { v.Kind, v.ContentId, v.Number }).IsUnique();
        builder.HasIndex(v => new { v.State, v.CreatedAt });
    }
}
