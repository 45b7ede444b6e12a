using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Signpost.Core.Content;
using Signpost.Core.Editorial;

namespace Signpost.Data.Configurations;

internal sealed class ReviewReminderConfiguration : IEntityTypeConfiguration<ReviewReminder>
{
    public void Configure(EntityTypeBuilder<ReviewReminder> builder)
    {
        builder.HasKey(r => r.ServiceId);
        builder.HasOne<Service>().WithOne().HasForeignKey<ReviewReminder>(r => r.ServiceId).OnDelete(DeleteBehavior.Cascade);
    }
}
