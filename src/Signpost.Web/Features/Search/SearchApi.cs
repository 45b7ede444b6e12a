using Signpost.Search;

namespace Signpost.Web.Features.Search;

/// <summary>/api/search and /api/suggest: the JSON the page's enhancements and our checks use.</summary>
public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api").WithTags("Search");
        api.MapGet("/search", SearchAsync).WithName("SearchApi");
        api.MapGet("/suggest", Suggest).WithName("SuggestApi");
        return routes;
    }

    private static async Task<IResult> SearchAsync(HttpContext context, SearchRunner runner, CancellationToken cancellationToken)
    {
        var parameters = SearchParameters.Parse(context.Request.Query);
        var outcome = await runner.RunAsync(parameters, "api", cancellationToken);
        if (!parameters.IsValid)
        {
            return Results.ValidationProblem(parameters.Errors.ToDictionary(e => e.Key, e => new[] { e.Value }), title: "Some search parameters are not valid");
        }

        if (outcome.Place.Error is { } placeError)
        {
            return Results.ValidationProblem(
                new Dictionary<string, string[]> { [parameters.Place is null ? "lat" : context.Request.Query.ContainsKey("postcode") ? "postcode" : "where"] = [placeError] },
                title: "The place could not be found");
        }

        var response = outcome.Response;
        return Results.Json(new
        {
            total = response.Total,
            page = parameters.Page,
            page_size = parameters.PageSize,
            corrected_query = response.CorrectedText,
            searched_query = response.SearchedText,
            matched_any_word = response.MatchedAnyWord,
            beyond_radius = response.BeyondRadius,
            place = outcome.Place.IsFound ? new { name = outcome.Place.Name, lat = outcome.Place.Latitude, lng = outcome.Place.Longitude } : null,
            results = response.Hits.Select(h => new
            {
                id = h.Id,
                slug = h.Slug,
                name = h.Name,
                summary = h.Summary,
                snippet = h.Snippet,
                organisation = h.OrganisationName,
                min_age = h.MinimumAge,
                max_age = h.MaximumAge,
                categories = h.Categories,
                needs = h.Needs,
                distance_miles = h.DistanceMiles is { } d ? Math.Round(d, 2) : (double?)null,
                covers_area = h.Coverage,
                free = h.IsFree,
                open_now = h.OpenNow,
                url = $"/services/{h.Slug}",
            }),
            facets = response.Facets.ToDictionary(f => f.Key, f => f.Value.Select(v => new { slug = v.Value, label = v.Label, count = v.Count })),
        });
    }

    private static IResult Suggest(string? q, SearchIndexHolder indexes)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return Results.Json(Array.Empty<string>());
        }

        if (q.Length > 100)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["q"] = ["Enter 100 characters or fewer"] });
        }

        return Results.Json(indexes.Current.Suggest(q, 8));
    }
}
