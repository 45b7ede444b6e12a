using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Signpost.Core.Content;
using Signpost.Core.Feedback;

namespace Signpost.Data.Configurations;

internal sealed class YouSaidWeDidConfiguration : IEntityTypeConfiguration<YouSaidWeDid>
{
    public void Configure(EntityTypeBuilder<YouSaidWeDid> builder)
    {
        builder.ToTable("YouSaidWeDid");
        builder.Property(y => y.YouSaid).HasMaxLength(1000);
        builder.Property(y => y.WeDid).HasMaxLength(2000);
        builder.Property(y => y.ThemeSlug).HasMaxLength(40);
        builder.Property(y => y.CreatedById).HasMaxLength(450);
        builder.HasIndex(y => new { y.Published, y.PublishedAt });
        builder.HasIndex(y => y.ServiceId);
        builder.HasOne<Service>().WithMany().HasForeignKey(y => y.ServiceId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<FeedbackTheme>().WithMany().HasForeignKey(y => y.ThemeSlug).OnDelete(DeleteBehavior.SetNull);
    }
}
