using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Signpost.Core.Feedback;

namespace Signpost.Data.Configurations;

internal sealed class SafeguardingPhraseConfiguration : IEntityTypeConfiguration<SafeguardingPhrase>
{
    public void Configure(EntityTypeBuilder<SafeguardingPhrase> builder)
    {
        builder.Property(p => p.Phrase).HasMaxLength(100);
        builder.Property(p => p.Category).HasMaxLength(40);
        builder.HasIndex(p => p.Phrase).IsUnique();
    }
}
