using Signpost.Core.Content;

namespace Signpost.Data.OpenReferralImport;

/// <summary>A feed organisation in our terms; <see cref="Name"/> is null when the feed only referred to it by id.</summary>
public sealed record MappedOrganisation(string SourceId, string? Name, OrganisationType Type, string Description, string? Website, string? Phone, string? Email)
{
    public string Hash() => ContentHash.Of(this);
}
