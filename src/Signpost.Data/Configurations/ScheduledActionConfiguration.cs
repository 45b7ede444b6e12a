using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Signpost.Core.Editorial;

namespace Signpost.Data.Configurations;

internal sealed class ScheduledActionConfiguration : IEntityTypeConfiguration<ScheduledAction>
{
    public void Configure(EntityTypeBuilder<ScheduledAction> builder)
    {
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Action).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.CreatedById).HasMaxLength(450);
        builder.Property(a => a.ClaimedBy).HasMaxLength(200);
        builder.Property(a => a.Outcome).HasMaxLength(500);
        builder.HasIndex(a => new { a.CompletedAt, a.RunAt });
        builder.HasIndex(a => new { a.Kind, a.ContentId });
    }
}
