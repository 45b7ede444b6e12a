using System.Globalization;
using Signpost.Core.Content;
using Signpost.Core.Editorial.Snapshots;

namespace Signpost.Web.Features.Editor.Services;

/// <summary>
/// The service form as posted: every editable field, kept as typed (text for numbers, times and
/// dates) so that a mistake is shown back with the editor's own input. <see cref="ServiceFormReader"/>
/// turns it into a snapshot or errors.
/// </summary>
public sealed class ServiceForm
{
    public string? Name { get; set; }
    public string? Slug { get; set; }
    public string? Summary { get; set; }
    public string? Description { get; set; }
    public Guid OrganisationId { get; set; }
    public string? MinimumAge { get; set; }
    public string? MaximumAge { get; set; }
    public List<Audience> Audiences { get; set; } = [];
    public List<Guid> CategoryIds { get; set; } = [];
    public List<Guid> NeedIds { get; set; } = [];
    public List<Guid> OutcomeIds { get; set; } = [];

    /// <summary>Tags an imported feed gave that match none of our terms yet; carried through the form unseen so saving does not drop them.</summary>
    public List<Guid> ImportedTermIds { get; set; } = [];
    public string IsFree { get; set; } = "yes";
    public string? CostDetails { get; set; }
    public List<AccessRoute> AccessRoutes { get; set; } = [];
    public List<DeliveryMode> DeliveryModes { get; set; } = [];
    public string? Languages { get; set; }
    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }
    public string? ContactText { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactWebsite { get; set; }
    public List<Guid> LocationIds { get; set; } = [];
    public ServiceAreaType AreaType { get; set; } = ServiceAreaType.Locations;
    public string? Localities { get; set; }
    public List<ScheduleRow> Schedules { get; set; } = [];
    public List<ClosureRow> Closures { get; set; } = [];
    public string? OnMyOwn { get; set; }
    public string? Confidential { get; set; }
    public string? ParentsTold { get; set; }
    public string? WhoFor { get; set; }
    public string? HowToGet { get; set; }
    public string? StaffTraining { get; set; }
    public string? Transition { get; set; }
    public string? LocalOfferContact { get; set; }
    public DateParts ReviewBy { get; set; } = new();
    public DateParts ValidTo { get; set; } = new();

    /// <summary>What the editor says about this change; kept on the version.</summary>
    public string? Comment { get; set; }

    /// <summary>The version the form was loaded from; a save on an older base is a conflict.</summary>
    public int BaseVersion { get; set; }

    public static ServiceForm From(ServiceSnapshot s, int baseVersion) => new()
    {
        Name = s.Name,
        Slug = s.Slug,
        Summary = s.Summary,
        Description = s.Description,
        OrganisationId = s.OrganisationId,
        MinimumAge = s.MinimumAge?.ToString(CultureInfo.InvariantCulture),
        MaximumAge = s.MaximumAge?.ToString(CultureInfo.InvariantCulture),
        Audiences = s.Audiences.ToList(),
        CategoryIds = s.CategoryIds.ToList(),
        NeedIds = s.NeedIds.ToList(),
        OutcomeIds = s.OutcomeIds.ToList(),
        ImportedTermIds = s.ImportedTermIds.ToList(),
        IsFree = s.IsFree ? "yes" : "no",
        CostDetails = s.CostDetails,
        AccessRoutes = s.AccessRoutes.ToList(),
        DeliveryModes = s.DeliveryModes.ToList(),
        Languages = string.Join(", ", s.Languages),
        ContactName = s.Contact.Name,
        ContactPhone = s.Contact.Phone,
        ContactText = s.Contact.Text,
        ContactEmail = s.Contact.Email,
        ContactWebsite = s.Contact.Website,
        LocationIds = s.LocationIds.ToList(),
        AreaType = s.AreaType,
        Localities = string.Join(", ", s.Localities),
        Schedules = s.Schedules.Select(r => new ScheduleRow
        {
            Day = r.Day.ToString(),
            Opens = r.Opens.ToString("HH:mm", CultureInfo.InvariantCulture),
            Closes = r.Closes?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "24:00",
            LocationId = r.LocationId,
            ValidFrom = r.ValidFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ValidTo = r.ValidTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Note = r.Note,
        }).ToList(),
        Closures = s.Closures.Select(c => new ClosureRow { Date = c.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Reason = c.Reason }).ToList(),
        OnMyOwn = s.Youth.OnMyOwn,
        Confidential = s.Youth.Confidential,
        ParentsTold = s.Youth.ParentsTold,
        WhoFor = s.LocalOffer.WhoFor,
        HowToGet = s.LocalOffer.HowToGet,
        StaffTraining = s.LocalOffer.StaffTraining,
        Transition = s.LocalOffer.Transition,
        LocalOfferContact = s.LocalOffer.Contact,
        ReviewBy = DateParts.From(s.ReviewBy),
        ValidTo = DateParts.From(s.ValidTo),
        BaseVersion = baseVersion,
    };
}
