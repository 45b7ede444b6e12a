namespace Signpost.Core.Content;

/// <summary>A service listing, named after Open Referral UK's service.</summary>
public class Service
{
    public Guid Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string Summary { get; set; } = "";
    public string Description { get; set; } = "";
    public ContentStatus Status { get; set; } = ContentStatus.Published;
    public Guid OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;
    public int? MinimumAge { get; set; }
    public int? MaximumAge { get; set; }
    public List<Audience> Audiences { get; set; } = [];
    public List<TaxonomyTerm> Terms { get; set; } = [];
    public bool IsFree { get; set; }
    public string? CostDetails { get; set; }
    public List<AccessRoute> AccessRoutes { get; set; } = [];
    public List<DeliveryMode> DeliveryModes { get; set; } = [];
    public List<string> Languages { get; set; } = [];
    public ContactDetails Contact { get; set; } = new();
    public List<Location> Locations { get; set; } = [];
    public ServiceAreaType AreaType { get; set; } = ServiceAreaType.Locations;
    public List<string> Localities { get; set; } = [];
    public List<ServiceSchedule> Schedules { get; set; } = [];
    public List<ServiceClosure> Closures { get; set; } = [];
    public YouthAnswers Youth { get; set; } = new();
    public LocalOfferAnswers LocalOffer { get; set; } = new();
    public DateOnly? LastReviewed { get; set; }
    public DateOnly? ReviewBy { get; set; }
    /// <summary>After this date the service no longer shows, whatever its status.</summary>
    public DateOnly? ValidTo { get; set; }
    public DateTimeOffset LastModified { get; set; }

    public IEnumerable<TaxonomyTerm> Categories => Terms.Where(t => t.Kind == TaxonomyKind.Category);
    public IEnumerable<TaxonomyTerm> Needs => Terms.Where(t => t.Kind == TaxonomyKind.Need);
    public IEnumerable<TaxonomyTerm> Outcomes => Terms.Where(t => t.Kind == TaxonomyKind.Outcome);
    public IEnumerable<TaxonomyTerm> ImportedTerms => Terms.Where(t => t.Kind == TaxonomyKind.Imported);

    public bool IsVisibleOn(DateOnly today) =>
        Status == ContentStatus.Published && (ValidTo is null || today <= ValidTo);
}
