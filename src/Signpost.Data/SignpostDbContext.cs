using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Data.Accounts;

namespace Signpost.Data;

public class SignpostDbContext(DbContextOptions<SignpostDbContext> options) : IdentityDbContext<SignpostUser>(options)
{
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Service> Services => Set<Service>();
    public DbSet<Location> Locations => Set<Location>();
    public DbSet<TaxonomyTerm> TaxonomyTerms => Set<TaxonomyTerm>();
    public DbSet<ServiceSchedule> ServiceSchedules => Set<ServiceSchedule>();
    public DbSet<ServiceClosure> ServiceClosures => Set<ServiceClosure>();
    public DbSet<Page> Pages => Set<Page>();
    public DbSet<SynonymGroup> SynonymGroups => Set<SynonymGroup>();
    public DbSet<PostcodePoint> Postcodes => Set<PostcodePoint>();
    public DbSet<Place> Places => Set<Place>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SignpostDbContext).Assembly);
    }
}
