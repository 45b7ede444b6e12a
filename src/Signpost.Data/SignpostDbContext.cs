using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Core.ChangeFeed;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Core.Feedback;
using Signpost.Core.Jobs;
using Signpost.Core.SearchLog;
using Signpost.Data.Accounts;
using Signpost.Data.ChangeFeed;

namespace Signpost.Data;

public class SignpostDbContext(DbContextOptions<SignpostDbContext> options) : IdentityDbContext<SignpostUser>(options), IDataProtectionKeyContext
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
    public DbSet<ContentChange> ContentChanges => Set<ContentChange>();
    public DbSet<SearchLogEntry> SearchLog => Set<SearchLogEntry>();
    public DbSet<ContentVersion> ContentVersions => Set<ContentVersion>();
    public DbSet<SlugRedirect> SlugRedirects => Set<SlugRedirect>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<ScheduledAction> ScheduledActions => Set<ScheduledAction>();
    public DbSet<ReviewReminder> ReviewReminders => Set<ReviewReminder>();
    public DbSet<FeedbackResponse> FeedbackResponses => Set<FeedbackResponse>();
    public DbSet<FeedbackResponseTheme> FeedbackResponseThemes => Set<FeedbackResponseTheme>();
    public DbSet<FeedbackTheme> FeedbackThemes => Set<FeedbackTheme>();
    public DbSet<FeedbackReplyRequest> FeedbackReplyRequests => Set<FeedbackReplyRequest>();
    public DbSet<FeedbackModerationEvent> FeedbackModerationEvents => Set<FeedbackModerationEvent>();
    public DbSet<YouSaidWeDid> YouSaidWeDid => Set<YouSaidWeDid>();
    public DbSet<ListingProblemReport> ListingProblemReports => Set<ListingProblemReport>();
    public DbSet<SafeguardingPhrase> SafeguardingPhrases => Set<SafeguardingPhrase>();
    public DbSet<ImportLink> ImportLinks => Set<ImportLink>();
    public DbSet<JobLease> JobLeases => Set<JobLease>();
    public DbSet<TermMapping> TermMappings => Set<TermMapping>();
    public DbSet<ImportedTermOrigin> ImportedTermOrigins => Set<ImportedTermOrigin>();

    /// <summary>Data Protection keys, shared by every web node so cookies and forms made on one are read on another.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await ChangeFeedRecorder.RecordAsync(this, DateTime.UtcNow, cancellationToken);
        if (Database.IsNpgsql() && ChangeTracker.Entries<ContentChange>().Any(e => e.State == EntityState.Added))
        {
            return await ChangeFeedOrdering.SaveInOrderAsync(this, () => base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken), cancellationToken);
        }

        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// Synchronous saves would skip the change feed, so they are not offered; the one exception is
    /// ASP.NET Core Data Protection, whose key repository saves a new key synchronously and touches no content.
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var changed = ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        if (changed.Count > 0 && changed.All(e => e.Entity is DataProtectionKey))
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        throw new NotSupportedException("Use SaveChangesAsync: it records the change feed.");
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        if (Database.IsNpgsql())
        {
            // PostgreSQL's timestamptz takes only UTC; SQLite keeps times as text without a kind, and the code
            // treats every stored time as UTC, so the kind or offset is made explicit here rather than at each write.
            configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SignpostDbContext).Assembly);
    }
}
