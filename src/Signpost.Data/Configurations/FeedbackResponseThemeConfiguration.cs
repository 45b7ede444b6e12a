using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Signpost.Core.Feedback;

namespace Signpost.Data.Configurations;

internal sealed class FeedbackResponseThemeConfiguration : IEntityTypeConfiguration<FeedbackResponseTheme>
{
    public void Configure(EntityTypeBuilder<FeedbackResponseTheme> builder)
    {
        builder.HasKey(t => new { t.FeedbackResponseId, t.ThemeSlug });
        builder.Property(t => t.ThemeSlug).HasMaxLength(40);
        builder.HasOne<FeedbackTheme>().WithMany().HasForeignKey(t => t.ThemeSlug).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.ThemeSlug);
    }
}
