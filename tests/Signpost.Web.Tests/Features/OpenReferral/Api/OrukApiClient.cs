using System.Net;
using System.Text.Json.Nodes;

namespace Signpost.Web.Tests.Features.OpenReferral.Api;

/// <summary>Reads /api/oruk as a harvester would, and walks every page of a list.</summary>
public sealed class OrukApiClient(HttpClient client)
{
    public HttpClient Http => client;

    public async Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)> GetAsync(string path)
    {
        var response = await client.GetAsync("/api/oruk" + path);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response);
    }

    public async Task<JsonNode> GetOkAsync(string path)
    {
        var (status, body, response) = await GetAsync(path);
        Assert.True(status == HttpStatusCode.OK, $"GET /api/oruk{path} gave {(int)status}: {body?.ToJsonString()}");
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString());
        return body!;
    }

    /// <summary>Every page of a list, following total_pages from the first.</summary>
    public async Task<List<JsonNode>> PagesAsync(string path, int perPage)
    {
        var separator = path.Contains('?') ? '&' : '?';
        var first = await GetOkAsync($"{path}{separator}per_page={perPage}");
        var pages = new List<JsonNode> { first };
        var total = (int)first["total_pages"]!;
        for (var page = 2; page <= total; page++)
        {
            pages.Add(await GetOkAsync($"{path}{separator}per_page={perPage}&page={page}"));
        }

        return pages;
    }

    /// <summary>The contents of every page, in order.</summary>
    public async Task<List<JsonObject>> AllAsync(string path, int perPage = 200) =>
        (await PagesAsync(path, perPage)).SelectMany(p => p["contents"]!.AsArray()).Select(n => n!.AsObject()).ToList();

    public async Task<List<Guid>> IdsAsync(string path) =>
        (await AllAsync(path)).Select(o => Guid.Parse((string)o["id"]!)).ToList();
}
