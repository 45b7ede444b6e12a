using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Signpost.Core.Content;

namespace Signpost.Data.Configurations;

internal sealed class ServiceConfiguration : IEntityTypeConfiguration<Service>
{
    public void Configure(EntityTypeBuilder<Service> builder)
    {
        builder.HasIndex(s => s.Slug).IsUnique();
        builder.HasIndex(s => s.Status);
        builder.Property(s => s.Slug).HasMaxLength(120);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Summary).HasMaxLength(300);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.AreaType).HasConversion<string>().HasMaxLength(20);
        builder.PrimitiveCollection(s => s.Audiences).ElementType().HasConversion<string>();
        builder.PrimitiveCollection(s => s.AccessRoutes).ElementType().HasConversion<string>();
        builder.PrimitiveCollection(s => s.DeliveryModes).ElementType().HasConversion<string>();
        builder.PrimitiveCollection(s => s.Languages);
        builder.PrimitiveCollection(s => s.Localities);
        builder.ComplexProperty(s => s.Contact);
        builder.ComplexProperty(s => s.Youth);
        builder.ComplexProperty(s => s.LocalOffer);
        builder.Ignore(s => s.Categories);
        builder.Ignore(s => s.Needs);
        builder.Ignore(s => s.Outcomes);
        builder.Ignore(s => s.ImportedTerms);

        builder.HasOne(s => s.Organisation).WithMany(o => o.Services).HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Terms).WithMany(t => t.Services).UsingEntity("ServiceTerms");
        builder.HasMany(s => s.Locations).WithMany(l => l.Services).UsingEntity("ServiceLocations");
        builder.HasMany(s => s.Schedules).WithOne().HasForeignKey(s => s.ServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Closures).WithOne().HasForeignKey(c => c.ServiceId).OnDelete(DeleteBehavior.Cascade);
    }
}
