namespace Signpost.Data.Seed;

// The shapes of content-seed's YAML files. Property names map to snake_case keys.

internal sealed class OrganisationFile
{
    public string? Slug { get; set; }
    public string? Name { get; set; }
    public string? Type { get; set; }
    public string? Description { get; set; }
    public string? Website { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? LogoAlt { get; set; }
}

internal sealed class LocationFile
{
    public string? Slug { get; set; }
    public string? Name { get; set; }
    public string? Address { get; set; }
    public string? Town { get; set; }
    public string? Postcode { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public List<string>? Accessibility { get; set; }
    public string? Transport { get; set; }
}

internal sealed class TaxonomyFile
{
    public List<TermFile>? Categories { get; set; }
    public List<TermFile>? Needs { get; set; }
    public List<TermFile>? Outcomes { get; set; }
}

internal sealed class TermFile
{
    public string? Slug { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public List<TermFile>? Children { get; set; }
}

internal sealed class PageFrontMatter
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public int? Order { get; set; }
    public string? Status { get; set; }
}

internal sealed class ServiceFrontMatter
{
    public string? Name { get; set; }
    public string? Summary { get; set; }
    public string? Organisation { get; set; }
    public string? Status { get; set; }
    public List<string>? Categories { get; set; }
    public List<string>? Audiences { get; set; }
    public int? MinAge { get; set; }
    public int? MaxAge { get; set; }
    public List<string>? Needs { get; set; }
    public List<string>? Outcomes { get; set; }
    public CostFile? Cost { get; set; }
    public List<string>? Access { get; set; }
    public List<string>? Delivery { get; set; }
    public List<string>? Languages { get; set; }
    public ContactFile? Contact { get; set; }
    public List<string>? Locations { get; set; }
    public ServiceAreaFile? ServiceArea { get; set; }
    public List<ScheduleFile>? Schedules { get; set; }
    public List<ClosureFile>? Closures { get; set; }
    public YouthFile? Youth { get; set; }
    public LocalOfferFile? LocalOffer { get; set; }
    public string? LastReviewed { get; set; }
    public string? ReviewBy { get; set; }
    public string? ValidTo { get; set; }
}

internal sealed class CostFile
{
    public bool? Free { get; set; }
    public string? Details { get; set; }
}

internal sealed class ContactFile
{
    public string? Name { get; set; }
    public string? Phone { get; set; }
    public string? Text { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
}

internal sealed class ServiceAreaFile
{
    public string? Type { get; set; }
    public List<string>? Localities { get; set; }
}

internal sealed class ScheduleFile
{
    public List<string>? Days { get; set; }
    public string? Start { get; set; }
    public string? End { get; set; }
    public string? Location { get; set; }
    public string? ValidFrom { get; set; }
    public string? ValidTo { get; set; }
    public string? Note { get; set; }
}

internal sealed class ClosureFile
{
    public string? Date { get; set; }
    public string? Reason { get; set; }
}

internal sealed class YouthFile
{
    public string? OnMyOwn { get; set; }
    public string? Confidential { get; set; }
    public string? ParentsTold { get; set; }
}

internal sealed class LocalOfferFile
{
    public string? WhoFor { get; set; }
    public string? HowToGet { get; set; }
    public string? StaffTraining { get; set; }
    public string? Transition { get; set; }
    public string? Contact { get; set; }
}

internal sealed class FeedbackThemeFile
{
    public string? Slug { get; set; }
    public string? Label { get; set; }
}

internal sealed class YouSaidWeDidFile
{
    public string? Id { get; set; }
    public string? YouSaid { get; set; }
    public string? WeDid { get; set; }
    public string? Service { get; set; }
    public string? Theme { get; set; }
    public string? Published { get; set; }
}
