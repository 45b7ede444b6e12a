namespace Signpost.Web.Tests.Features.OpenReferral.RoundTrip;

/// <summary>The site on a store with no demo content: a second directory for a feed to be imported into.</summary>
public sealed class EmptyStoreWebFactory() : SignpostWebFactory(new Dictionary<string, string>
{
    ["Signpost:SeedOnStart"] = "false",
});
