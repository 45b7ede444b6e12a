namespace Signpost.Web.Tests;

/// <summary>The app as a council would run it with real listings: no demo banner.</summary>
public sealed class SignpostWebFactoryWithoutDemoBanner() : SignpostWebFactory(new Dictionary<string, string>
{
    ["Signpost:ShowDemoBanner"] = "false",
});
