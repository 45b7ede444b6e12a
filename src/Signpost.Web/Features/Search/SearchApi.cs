using System.Text;
using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Signpost.Search;

namespace Signpost.Web.Features.Search;

/// <summary>/api/search and /api/suggest: the JSON the page's enhancements and our checks use.</summary>
/// <remarks>/api/search answers come from the shared cache (<see cref="SearchResultCache"/>) when the same search ran this minute.</remarks>
public static class SearchApi
{
    private const string JsonContentType = "application/json; charset=utf-8";
    private const int MaxKeptBuffer = 256 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? jsonBuffer;

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api").WithTags("Search");
        api.MapGet("/search", SearchAsync).WithName("SearchApi");
        api.MapGet("/suggest", Suggest).WithName("SuggestApi");
        return routes;
    }

    private static async Task<IResult> SearchAsync(HttpContext context, SearchRunner runner, SearchResultCache cache, CancellationToken cancellationToken)
    {
        var parameters = SearchParameters.Parse(context.Request.Query);
        if (!parameters.IsValid)
        {
            return Results.ValidationProblem(parameters.Errors.ToDictionary(e => e.Key, e => new[] { e.Value }), title: "Some search parameters are not valid");
        }

        if (!cache.Enabled)
        {
            var outcome = await runner.RunAsync(parameters, "api", cancellationToken);
            if (outcome.Place.Error is { } error)
            {
                return PlaceProblem(context, parameters, error);
            }

            Write(context.Response, Body(parameters, outcome), outcome);
            return Results.Empty;
        }

        SearchOutcome? fresh = null;
        var jsonMilliseconds = 0.0;
        var cached = await cache.GetOrCreateAsync(context.Request.Query, async token =>
        {
            fresh = await runner.RunAsync(parameters, "api", token);
            if (fresh.Place.Error is not null)
            {
                return null;
            }

            var serializing = Stopwatch.GetTimestamp();
            var json = JsonSerializer.Serialize(Body(parameters, fresh), SearchApiJsonContext.Default.SearchApiResponse);
            jsonMilliseconds = Stopwatch.GetElapsedTime(serializing).TotalMilliseconds;
            return new CachedSearch(fresh.Response.Total, json);
        }, cancellationToken);

        if (fresh?.Place.Error is { } placeError)
        {
            return PlaceProblem(context, parameters, placeError);
        }

        if (fresh is null)
        {
            runner.Record(parameters, cached!.Total, "api");
        }
        else
        {
            context.Response.Headers["Server-Timing"] = ServerTiming(fresh, jsonMilliseconds);
        }

        context.Response.ContentType = JsonContentType;
        context.Response.ContentLength = Encoding.UTF8.GetByteCount(cached!.Json);
        await context.Response.WriteAsync(cached.Json, cancellationToken);
        return Results.Empty;
    }

    private static SearchApiResponse Body(SearchParameters parameters, SearchOutcome outcome)
    {
        var response = outcome.Response;
        var place = outcome.Place;
        var results = new SearchApiResult[response.Hits.Count];
        for (var i = 0; i < results.Length; i++)
        {
            var h = response.Hits[i];
            results[i] = new SearchApiResult(
                h.Id,
                h.Slug,
                h.Name,
                h.Summary,
                h.Snippet,
                h.OrganisationName,
                h.MinimumAge,
                h.MaximumAge,
                h.Categories,
                h.Needs,
                h.DistanceMiles is { } d ? Math.Round(d, 2) : null,
                h.Coverage,
                h.IsFree,
                h.OpenNow,
                "/services/" + h.Slug);
        }

        var facets = new Dictionary<string, IReadOnlyList<SearchApiFacet>>(response.Facets.Count);
        foreach (var (group, counts) in response.Facets)
        {
            var values = new SearchApiFacet[counts.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = new SearchApiFacet(counts[i].Value, counts[i].Label, counts[i].Count);
            }

            facets[group] = values;
        }

        return new SearchApiResponse(
            response.Total,
            parameters.Page,
            parameters.PageSize,
            response.CorrectedText,
            response.SearchedText,
            response.MatchedAnyWord,
            response.BeyondRadius,
            place.IsFound ? new SearchApiPlace(place.Name, place.Latitude, place.Longitude) : null,
            results,
            facets);
    }

    // Lets a load test (and a browser's network panel) split a slow answer into place lookup, engine and the rest.
    private static string ServerTiming(SearchOutcome outcome, double jsonMilliseconds) =>
        string.Create(CultureInfo.InvariantCulture, $"place;dur={outcome.PlaceMilliseconds:0.###}, engine;dur={outcome.EngineMilliseconds:0.###}, json;dur={jsonMilliseconds:0.###}");

    private static IResult PlaceProblem(HttpContext context, SearchParameters parameters, string error) =>
        Results.ValidationProblem(
            new Dictionary<string, string[]> { [parameters.Place is null ? "lat" : context.Request.Query.ContainsKey("postcode") ? "postcode" : "where"] = [error] },
            title: "The place could not be found");

    // One synchronous pass of the source-generated serializer into a buffer this thread keeps, then one copy into the
    // response: Results.Json streamed through the converters property by property, and writing straight into the
    // response's pipe left no length to send, so every answer went chunked. Nothing here waits on the socket:
    // Kestrel sends the bytes when the request ends.
    private static void Write(HttpResponse response, SearchApiResponse body, SearchOutcome outcome)
    {
        var started = Stopwatch.GetTimestamp();
        var buffer = jsonBuffer ??= new ArrayBufferWriter<byte>(32 * 1024);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            JsonSerializer.Serialize(writer, body, SearchApiJsonContext.Default.SearchApiResponse);
        }

        response.ContentType = JsonContentType;
        response.ContentLength = buffer.WrittenCount;
        response.Headers["Server-Timing"] = ServerTiming(outcome, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        response.BodyWriter.Write(buffer.WrittenSpan);

        // A rare huge answer should not pin its buffer to the thread for ever.
        if (buffer.Capacity > MaxKeptBuffer)
        {
            jsonBuffer = null;
        }
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

        return Results.Json(indexes.Current.Suggest(q, 8), SearchApiJsonContext.Default.IReadOnlyListString);
    }
}
