namespace Signpost.Core.Editorial.Permissions;

/// <summary>
/// Venues have no owner of their own. An organisation may look after a venue only when every
/// service held there is its own; a venue no service uses yet belongs to whoever created it, and
/// a shared venue (or an orphan nobody created through the workflow) to the directory managers.
/// </summary>
public static class LocationOwnership
{
    /// <param name="serviceOwners">The organisation (and whether it is trusted) of each service at the venue.</param>
    /// <param name="creator">The organisation of the editor who created the venue, when known.</param>
    public static ContentResource Resource(IReadOnlyCollection<(Guid OrganisationId, bool Trusted)> serviceOwners, (Guid OrganisationId, bool Trusted)? creator)
    {
        var owners = serviceOwners.DistinctBy(o => o.OrganisationId).ToList();
        return owners.Count switch
        {
            1 => new ContentResource(ContentKind.Location, owners[0].OrganisationId, owners[0].Trusted),
            0 when creator is { } made => new ContentResource(ContentKind.Location, made.OrganisationId, made.Trusted),
            _ => new ContentResource(ContentKind.Location, null, false),
        };
    }
}
