using Signpost.Core.Content;

namespace Signpost.Web.Features.Listings;

/// <summary>Who runs a service, in words: young people trust voluntary services differently from statutory ones.</summary>
public static class OrganisationTypeText
{
    public static string For(OrganisationType type) => type switch
    {
        OrganisationType.Council => "council",
        OrganisationType.Nhs => "NHS",
        OrganisationType.School => "school or college",
        OrganisationType.Police => "police",
        OrganisationType.Voluntary => "charity or community group",
        OrganisationType.Private => "private company",
        _ => "organisation",
    };
}
