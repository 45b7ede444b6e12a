using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Signpost.Core.Content;
using Signpost.Core.Feedback;

namespace Signpost.Data.Configurations;

internal sealed class FeedbackResponseConfiguration : IEntityTypeConfiguration<FeedbackResponse>
{
    public void Configure(EntityTypeBuilder<FeedbackResponse> builder)
    {
        builder.Property(f => f.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Respondent).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.AgeBand).HasMaxLength(10);
        builder.Property(f => f.PostcodeDistrict).HasMaxLength(4);
        builder.Property(f => f.EasyToGetTo).HasConversion<string>().HasMaxLength(10);
        builder.Property(f => f.ListenedAndRespected).HasConversion<string>().HasMaxLength(10);
        builder.Property(f => f.Confidential).HasConversion<string>().HasMaxLength(10);
        builder.Property(f => f.TimesRight).HasConversion<string>().HasMaxLength(10);
        builder.Property(f => f.Text).HasMaxLength(2000);
        builder.Property(f => f.Sex).HasMaxLength(20);
        builder.Property(f => f.Ethnicity).HasMaxLength(20);
        builder.Property(f => f.Disability).HasMaxLength(20);
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.SafeguardingMatches).HasMaxLength(200);
        builder.Property(f => f.SafeguardingReviewedById).HasMaxLength(450);
        builder.Property(f => f.ModeratedById).HasMaxLength(450);
        builder.Property(f => f.ReceiptHash).HasMaxLength(64);
        builder.Property(f => f.DuplicateKey).HasMaxLength(64);
        builder.HasIndex(f => f.ReceiptHash).IsUnique();
        builder.HasIndex(f => new { f.Status, f.SubmittedAt });
        builder.HasIndex(f => new { f.ServiceId, f.Status });
        builder.HasIndex(f => new { f.OrganisationId, f.Status });
        builder.HasIndex(f => new { f.DuplicateKey, f.SubmittedAt });
        builder.HasIndex(f => f.Urgent);
        builder.HasMany(f => f.Themes).WithOne().HasForeignKey(t => t.FeedbackResponseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Service>().WithMany().HasForeignKey(f => f.ServiceId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(f => f.OrganisationId).OnDelete(DeleteBehavior.SetNull);
    }
}
