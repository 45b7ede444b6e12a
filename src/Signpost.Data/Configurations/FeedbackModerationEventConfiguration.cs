using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Signpost.Core.Feedback;

namespace Signpost.Data.Configurations;

internal sealed class FeedbackModerationEventConfiguration : IEntityTypeConfiguration<FeedbackModerationEvent>
{
    public void Configure(EntityTypeBuilder<FeedbackModerationEvent> builder)
    {
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Note).HasMaxLength(1000);
        builder.HasOne<FeedbackResponse>().WithMany().HasForeignKey(e => e.FeedbackResponseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.FeedbackResponseId, e.At });
    }
}
