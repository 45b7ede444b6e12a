using System.Net;
using System.Text.Json;

namespace Signpost.Web.Tests.Search;

/// <summary>One result of /api/search, as the API spells it.</summary>
public sealed record ApiResult(
    Guid Id,
    string Slug,
    string Name,
    string Summary,
    string Snippet,
    string Organisation,
    int? MinAge,
    int? MaxAge,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Needs,
    double? DistanceMiles,
    string? CoversArea,
    bool Free,
    bool OpenNow,
    string Url);

public sealed record ApiFacetValue(string Slug, string Label, int Count);

public sealed record ApiSearchResponse(
    int Total,
    int Page,
    int PageSize,
    string? CorrectedQuery,
    string? SearchedQuery,
    bool MatchedAnyWord,
    IReadOnlyList<ApiResult> Results,
    IReadOnlyDictionary<string, IReadOnlyList<ApiFacetValue>> Facets)
{
    /// <summary>"1. Name (slug) 0.4 mi covers-area; 2. ..." for failure messages.</summary>
    public string Describe(int count = 5) =>
        $"total {Total}, corrected_query {CorrectedQuery ?? "null"}, matched_any_word {MatchedAnyWord}; top {Math.Min(count, Results.Count)}: "
        + string.Join("; ", Results.Take(count).Select((r, i) => $"{i + 1}. {r.Name} ({r.Slug}){(r.DistanceMiles is { } d ? $" {d} mi" : "")}{(r.CoversArea is { } c ? $" [{c}]" : "")}"));
}

/// <summary>Calls /api/search and /api/suggest and reads the JSON, failing with the body when the status is not the one wanted.</summary>
public sealed class SearchApiClient(HttpClient client)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public HttpClient Http => client;

    public async Task<ApiSearchResponse> SearchAsync(string query)
    {
        var response = await client.GetAsync("/api/search?" + query);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/api/search?{query} gave {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<ApiSearchResponse>(body, Json)!;
    }

    /// <summary>Every result over every page (50 a page), with the first page's response.</summary>
    public async Task<(ApiSearchResponse First, List<ApiResult> All)> SearchAllAsync(string query)
    {
        var first = await SearchAsync(With(query, "page_size=50"));
        var all = first.Results.ToList();
        for (var page = 2; (page - 1) * 50 < first.Total; page++)
        {
            var next = await SearchAsync(With(query, $"page_size=50&page={page}"));
            Assert.Equal(first.Total, next.Total);
            all.AddRange(next.Results);
        }

        return (first, all);
    }

    public static string With(string query, string extra) => string.IsNullOrEmpty(query) ? extra : $"{query}&{extra}";

    /// <summary>Builds a query string from pairs, escaping each value.</summary>
    public static string Query(params (string Name, string Value)[] pairs) =>
        string.Join("&", pairs.Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value)}"));
}
