using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Signpost.Core.Feedback;

namespace Signpost.Data.Configurations;

internal sealed class FeedbackReplyRequestConfiguration : IEntityTypeConfiguration<FeedbackReplyRequest>
{
    public void Configure(EntityTypeBuilder<FeedbackReplyRequest> builder)
    {
        builder.Property(r => r.Email).HasMaxLength(256);
        builder.Property(r => r.RepliedById).HasMaxLength(450);
        builder.HasOne<FeedbackResponse>().WithMany().HasForeignKey(r => r.FeedbackResponseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.FeedbackResponseId).IsUnique();
        builder.HasIndex(r => r.CreatedAt);
    }
}
