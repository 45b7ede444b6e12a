using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Data;
using Signpost.Web.Features.Listings;

namespace Signpost.Web.Features.Sitemap;

public static class SitemapApi
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static IEndpointRouteBuilder MapSitemap(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/sitemap.xml", GetSitemapAsync).WithName("Sitemap");
        return routes;
    }

    private static async Task<IResult> GetSitemapAsync(HttpContext context, ListingQueries listings, SignpostDbContext db, CancellationToken cancellationToken)
    {
        var root = $"{context.Request.Scheme}://{context.Request.Host}";
        var services = await listings.Visible().Select(s => new { s.Slug, s.LastModified }).ToListAsync(cancellationToken);
        var categories = await db.TaxonomyTerms.AsNoTracking().Where(t => t.Kind == TaxonomyKind.Category).Select(t => t.Slug).ToListAsync(cancellationToken);
        var pages = await db.Pages.AsNoTracking().Where(p => p.Status == ContentStatus.Published).Select(p => new { p.Path, p.LastModified }).ToListAsync(cancellationToken);

        static XElement Url(string location, DateTimeOffset? modified = null) =>
            new(Ns + "url", new XElement(Ns + "loc", location), modified is { } m ? new XElement(Ns + "lastmod", m.ToString("yyyy-MM-dd")) : null);

        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(Ns + "urlset",
                new[] { "/", "/categories", "/young-people" }.Select(path => Url(root + path))
                    .Concat(categories.Order(StringComparer.Ordinal).Select(slug => Url($"{root}/categories/{slug}")))
                    .Concat(services.OrderBy(s => s.Slug, StringComparer.Ordinal).Select(s => Url($"{root}/services/{s.Slug}", s.LastModified)))
                    .Concat(pages.OrderBy(p => p.Path, StringComparer.Ordinal).Select(p => Url($"{root}/{p.Path}", p.LastModified)))));
        return Results.Text(document.Declaration + Environment.NewLine + document.Root, "application/xml; charset=utf-8");
    }
}
