using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Signpost.Core.Content;

namespace Signpost.Data.Configurations;

internal sealed class SynonymGroupConfiguration : IEntityTypeConfiguration<SynonymGroup>
{
    public void Configure(EntityTypeBuilder<SynonymGroup> builder)
    {
        builder.PrimitiveCollection(g => g.Terms);
    }
}
