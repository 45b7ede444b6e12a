using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Signpost.Core.Feedback;

namespace Signpost.Data.Configurations;

internal sealed class FeedbackThemeConfiguration : IEntityTypeConfiguration<FeedbackTheme>
{
    public void Configure(EntityTypeBuilder<FeedbackTheme> builder)
    {
        builder.HasKey(t => t.Slug);
        builder.Property(t => t.Slug).HasMaxLength(40);
        builder.Property(t => t.Label).HasMaxLength(80);
    }
}
