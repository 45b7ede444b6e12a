using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Signpost.Web.Infrastructure.ScaleOut;

namespace Signpost.Web.Features.OpenReferral.Api;

/// <summary>
/// /api/oruk: our published directory as an Open Referral UK (HSDS 3.0 UK profile) feed. Every answer may be
/// read from any origin; lists and items are cached under the tags of what they show (<see cref="OrukResponseCache"/>).
/// </summary>
public static class OrukApi
{
    public const string Prefix = "/api/oruk";
    public const string Version = "HSDS-UK-3.0";
    public const string Profile = "https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md";

    public static IEndpointRouteBuilder MapOpenReferralApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(Prefix).WithTags("Open Referral UK");
        api.AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers.AccessControlAllowOrigin = "*";
            return await next(context);
        });
        api.MapGet("/", (HttpRequest request) => Results.Json(new JsonObject
        {
            ["version"] = Version,
            ["profile"] = Profile,
            ["openapi_url"] = ServerUrl(request) + "/openapi.json",
        }));
        api.MapGet("/openapi.json", OpenApiAsync);
        api.MapGet("/services", (HttpContext http, OrukReader reader) => ListAsync(http, "services", ServiceLists, async (q, ct) => (await reader.ServicesAsync(q, ct), null)));
        api.MapGet("/services/{id}", (HttpContext http, OrukReader reader, string id) => ItemAsync(http, "service", id, guid => [CacheTags.Service(guid), CacheTags.Taxonomy], reader.ServiceAsync));
        api.MapGet("/service_at_locations", (HttpContext http, OrukReader reader) => ListAsync(http, "service_at_locations", ServiceLists, async (q, ct) =>
        {
            var (source, postcodeError) = await reader.ServiceAtLocationsAsync(q, ct);
            return (source, postcodeError is null ? null : new Dictionary<string, string> { ["postcode"] = postcodeError });
        }));
        api.MapGet("/service_at_locations/{id}", (HttpContext http, OrukReader reader, string id) => ItemAsync(http, "service_at_location", id, _ => ServiceLists, reader.ServiceAtLocationAsync));
        api.MapGet("/organizations", (HttpContext http, OrukReader reader) => ListAsync(http, "organizations", ServiceLists, async (q, ct) => (await reader.OrganizationsAsync(q, ct), null)));
        api.MapGet("/organizations/{id}", (HttpContext http, OrukReader reader, string id) => ItemAsync(http, "organization", id, guid => [CacheTags.Organisation(guid), CacheTags.Search, CacheTags.Taxonomy], reader.OrganizationAsync));
        api.MapGet("/taxonomies", (HttpContext http, OrukReader reader) => ListAsync(http, "taxonomies", TaxonomyOnly, async (q, ct) => (await TaxonomiesAsync(reader, ct), null)));
        api.MapGet("/taxonomies/{id}", (HttpContext http, OrukReader reader, string id) => ItemAsync(http, "taxonomy", id, _ => TaxonomyOnly, async (guid, ct) =>
            OrukTaxonomies.All.FirstOrDefault(t => t.Id == guid) is { } taxonomy ? (await reader.DocumentsAsync(ct)).Taxonomy(taxonomy, withTerms: true) : null));
        api.MapGet("/taxonomy_terms", (HttpContext http, OrukReader reader) => ListAsync(http, "taxonomy_terms", TaxonomyOnly, async (q, ct) => (await TermsAsync(reader, q, ct), null)));
        api.MapGet("/taxonomy_terms/{id}", (HttpContext http, OrukReader reader, string id) => ItemAsync(http, "taxonomy_term", id, _ => TaxonomyOnly, async (guid, ct) =>
            (await reader.CatalogAsync(ct)).Find(guid) is { } term ? (await reader.DocumentsAsync(ct)).Term(term) : null));
        return routes;
    }

    /// <summary>What a list of services (or their places or organisations) shows: any publish may change it, and term names.</summary>
    private static readonly string[] ServiceLists = [CacheTags.Search, CacheTags.Taxonomy];

    private static readonly string[] TaxonomyOnly = [CacheTags.Taxonomy];

    /// <summary>The absolute URL of this API as the request reached it: the OpenAPI servers entry and openapi_url.</summary>
    public static string ServerUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}{Prefix}";

    private static async Task<IResult> OpenApiAsync(HttpRequest request, OrukOpenApiDocument document, OrukResponseCache cache)
    {
        var server = ServerUrl(request);
        var body = await cache.GetOrCreateAsync("openapi|" + server, [], () => Task.FromResult<byte[]?>(OrukResponses.Bytes(document.For(server))), request.HttpContext.RequestAborted);
        return OrukResponses.Json(body!);
    }

    private static async Task<IResult> ListAsync(
        HttpContext http,
        string kind,
        IReadOnlyList<string> tags,
        Func<OrukQuery, CancellationToken, Task<(OrukListSource? Source, IReadOnlyDictionary<string, string>? Errors)>> read)
    {
        var cancellationToken = http.RequestAborted;
        var options = http.RequestServices.GetRequiredService<IOptions<OrukApiOptions>>().Value;
        var query = OrukQuery.Parse(http.Request.Query, options);
        if (!query.IsValid)
        {
            return OrukResponses.BadRequest(query.Errors);
        }

        IReadOnlyDictionary<string, string>? errors = null;
        if (query.Ndjson)
        {
            var (source, problems) = await read(query, cancellationToken);
            if (source is null)
            {
                return OrukResponses.BadRequest(problems!);
            }

            await OrukResponses.StreamNdjsonAsync(http.Response, source, cancellationToken);
            return Results.Empty;
        }

        var cache = http.RequestServices.GetRequiredService<OrukResponseCache>();
        var body = await cache.GetOrCreateAsync(
            kind + "?" + query.CacheKey(),
            tags,
            async () =>
            {
                var (source, problems) = await read(query, cancellationToken);
                errors = problems;
                return source is null ? null : await OrukResponses.PageAsync(source, query, cancellationToken);
            },
            cancellationToken);
        return body is null ? OrukResponses.BadRequest(errors!) : OrukResponses.Json(body);
    }

    private static async Task<IResult> ItemAsync(HttpContext http, string kind, string id, Func<Guid, IReadOnlyList<string>> tags, Func<Guid, CancellationToken, Task<JsonObject?>> read)
    {
        var shownId = id.Length > 64 ? id[..64] : id;
        if (!Guid.TryParse(id, out var guid))
        {
            return OrukResponses.NotFound(kind, shownId);
        }

        var cache = http.RequestServices.GetRequiredService<OrukResponseCache>();
        var body = await cache.GetOrCreateAsync(
            kind + "/" + guid.ToString("D"),
            tags(guid),
            async () => await read(guid, http.RequestAborted) is { } json ? OrukResponses.Bytes(json) : null,
            http.RequestAborted);
        return body is null ? OrukResponses.NotFound(kind, shownId) : OrukResponses.Json(body);
    }

    private static async Task<OrukListSource> TaxonomiesAsync(OrukReader reader, CancellationToken cancellationToken)
    {
        var documents = await reader.DocumentsAsync(cancellationToken);
        return OrukListSource.Of(OrukTaxonomies.All, (slice, _) => Task.FromResult<IReadOnlyList<JsonObject>>(slice.Select(t => documents.Taxonomy(t, withTerms: false)).ToList()));
    }

    private static async Task<OrukListSource> TermsAsync(OrukReader reader, OrukQuery query, CancellationToken cancellationToken)
    {
        var catalog = await reader.CatalogAsync(cancellationToken);
        var documents = await reader.DocumentsAsync(cancellationToken);
        var words = query.Search?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        var terms = catalog.All
            .Where(t => query.TaxonomyId is not { } taxonomy || t.Taxonomy.Id == taxonomy)
            .Where(t => !query.TopOnly || t.ParentId is null)
            .Where(t => query.ParentId is not { } parent || t.ParentId == parent)
            .Where(t => words.All(w => t.Name.Contains(w, StringComparison.OrdinalIgnoreCase) || t.Code.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        return OrukListSource.Of(terms, (slice, _) => Task.FromResult<IReadOnlyList<JsonObject>>(slice.Select(documents.Term).ToList()));
    }
}
