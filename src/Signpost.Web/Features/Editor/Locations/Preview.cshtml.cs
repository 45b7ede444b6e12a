using Microsoft.Extensions.Options;
using Signpost.Core.Content;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Web.Features.Editor.Preview;
using Signpost.Web.Features.Listings;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Editor.Locations;

/// <summary>A version of a venue on the page of a service held there, as the public will see it.</summary>
public sealed class PreviewModel(LocationWorkflow workflow, ListingQueries listings, IOptions<SignpostOptions> options)
    : ServiceUsePreviewPageBase<Location, LocationSnapshot>(Kind, workflow, listings, options)
{
    private static readonly ServiceUseKind Kind = new("venue", "/editor/locations", "/Features/Listings/_ServiceLocation.cshtml");

    protected override IQueryable<Service> UsingIt(IQueryable<Service> visible, Guid id) => visible.Where(s => s.Locations.Any(l => l.Id == id));

    protected override Location ToDraft(Location item, LocationSnapshot snapshot)
    {
        var draft = new Location { Id = item.Id, Slug = snapshot.Slug, Name = snapshot.Name, LastModified = item.LastModified };
        snapshot.ApplyTo(draft);
        return draft;
    }

    /// <summary>The venue appears twice on a service: in its places and beside the sessions held there.</summary>
    protected override void PutInto(Service service, Location draft)
    {
        service.Locations = service.Locations.Select(l => l.Id == draft.Id ? draft : l).ToList();
        foreach (var schedule in service.Schedules.Where(s => s.LocationId == draft.Id))
        {
            schedule.Location = draft;
        }
    }
}
