namespace Signpost.Web.Tests.Features.OpenReferral.Import;

/// <summary>The site with a small upload limit, so an oversized upload is cheap to send.</summary>
public sealed class ImportWebFactory() : SignpostWebFactory(new Dictionary<string, string>
{
    ["Signpost:Import:MaxUploadKilobytes"] = "64",
});
