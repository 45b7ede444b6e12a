namespace Signpost.Web.Infrastructure.Security;

/// <summary>
/// The Content-Security-Policy for every response (see docs/adr/0004-content-security-policy.md).
/// Scripts and styles come only from our own origin, so a Markdown or listing field that slipped
/// markup past the sanitiser still could not run script or restyle the page.
/// </summary>
public static class ContentSecurityPolicy
{
    /// <summary>The policy, with the map tile host (from <c>Signpost:MapTileUrl</c>) allowed for images.</summary>
    public static string For(string? mapTileUrl)
    {
        var images = TileOrigin(mapTileUrl) is { } tiles ? $"'self' data: {tiles}" : "'self' data:";
        return string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            $"img-src {images}",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    }

    /// <summary>
    /// The scheme and host of a tile template such as https://{s}.tile.example.org/{z}/{x}/{y}.png,
    /// with Leaflet's {s} subdomain placeholder as a wildcard; null for no map or a same-origin path.
    /// </summary>
    public static string? TileOrigin(string? mapTileUrl)
    {
        if (string.IsNullOrWhiteSpace(mapTileUrl))
        {
            return null;
        }

        var withoutPlaceholders = mapTileUrl.Trim().Replace("{s}", "subdomain-placeholder", StringComparison.OrdinalIgnoreCase);
        if (!Uri.TryCreate(withoutPlaceholders, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return null;
        }

        var host = uri.Host.Replace("subdomain-placeholder", "*", StringComparison.Ordinal);
        return uri.IsDefaultPort ? $"{uri.Scheme}://{host}" : $"{uri.Scheme}://{host}:{uri.Port}";
    }
}
