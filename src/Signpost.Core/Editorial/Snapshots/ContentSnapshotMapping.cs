using Signpost.Core.Content;

namespace Signpost.Core.Editorial.Snapshots;

/// <summary>Between the page, organisation and location entities and their snapshots.</summary>
public static class ContentSnapshotMapping
{
    public static PageSnapshot ToSnapshot(this Page page) => new()
    {
        Title = page.Title,
        Path = page.Path,
        Summary = page.Summary,
        Body = page.Body,
        SortOrder = page.SortOrder,
    };

    public static void ApplyTo(this PageSnapshot snapshot, Page page)
    {
        page.Title = snapshot.Title;
        page.Path = snapshot.Path;
        page.Summary = snapshot.Summary;
        page.Body = snapshot.Body;
        page.SortOrder = snapshot.SortOrder;
    }

    public static OrganisationSnapshot ToSnapshot(this Organisation organisation) => new()
    {
        Name = organisation.Name,
        Slug = organisation.Slug,
        Type = organisation.Type,
        Description = organisation.Description,
        Website = organisation.Website,
        Phone = organisation.Phone,
        Email = organisation.Email,
    };

    public static void ApplyTo(this OrganisationSnapshot snapshot, Organisation organisation)
    {
        organisation.Name = snapshot.Name;
        organisation.Slug = snapshot.Slug;
        organisation.Type = snapshot.Type;
        organisation.Description = snapshot.Description;
        organisation.Website = snapshot.Website;
        organisation.Phone = snapshot.Phone;
        organisation.Email = snapshot.Email;
    }

    public static LocationSnapshot ToSnapshot(this Location location) => new LocationSnapshot
    {
        Name = location.Name,
        Slug = location.Slug,
        Address = location.Address,
        Town = location.Town,
        Postcode = location.Postcode,
        Latitude = location.Latitude,
        Longitude = location.Longitude,
        Accessibility = location.Accessibility.ToList(),
        Transport = location.Transport,
    }.Normalised();

    public static void ApplyTo(this LocationSnapshot snapshot, Location location)
    {
        location.Name = snapshot.Name;
        location.Slug = snapshot.Slug;
        location.Address = snapshot.Address;
        location.Town = snapshot.Town;
        location.Postcode = snapshot.Postcode;
        location.Latitude = snapshot.Latitude;
        location.Longitude = snapshot.Longitude;
        location.Accessibility = snapshot.Accessibility.ToList();
        location.Transport = snapshot.Transport;
    }
}
