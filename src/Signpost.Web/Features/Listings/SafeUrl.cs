namespace Signpost.Web.Features.Listings;

public static class SafeUrl
{
    /// <summary>Only absolute http(s) links from listings become hrefs; anything else is shown as text or not at all.</summary>
    public static bool IsWeb(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
