using System.Text.Json;
using System.Text.Json.Nodes;

namespace Signpost.Web.Features.OpenReferral.Api;

/// <summary>Writes feed answers: a page envelope, a single item, or every item as newline-delimited JSON.</summary>
public static class OrukResponses
{
    public const string JsonContentType = "application/json; charset=utf-8";
    public const string NdjsonContentType = "application/x-ndjson; charset=utf-8";

    /// <summary>Items read from the store at a time while streaming ndjson.</summary>
    private const int StreamBatch = 200;

    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };

    private static readonly byte[] NewLine = "\n"u8.ToArray();

    /// <summary>
    /// The page envelope. A page past the last one is answered, empty, rather than refused, so a harvester
    /// that counts pages while content is withdrawn ends cleanly; size is the number of items on this page.
    /// </summary>
    public static async Task<byte[]> PageAsync(OrukListSource source, OrukQuery query, CancellationToken cancellationToken)
    {
        var skip = (long)(query.Page - 1) * query.PerPage;
        var contents = skip >= source.Total ? [] : await source.ReadAsync((int)skip, query.PerPage, cancellationToken);
        var totalPages = (int)((source.Total + (long)query.PerPage - 1) / query.PerPage);
        var page = new JsonObject
        {
            ["total_items"] = source.Total,
            ["total_pages"] = totalPages,
            ["page_number"] = query.Page,
            ["size"] = contents.Count,
            ["first_page"] = query.Page == 1,
            ["last_page"] = query.Page >= totalPages,
            ["empty"] = contents.Count == 0,
            ["contents"] = new JsonArray([.. contents]),
        };
        return Bytes(page);
    }

    public static byte[] Bytes(JsonNode node) => JsonSerializer.SerializeToUtf8Bytes(node, Compact);

    public static IResult Json(byte[] body) => Results.Bytes(body, JsonContentType);

    /// <summary>Every item, one JSON object a line, read and sent in batches so memory stays flat however long the list.</summary>
    public static async Task StreamNdjsonAsync(HttpResponse response, OrukListSource source, CancellationToken cancellationToken)
    {
        response.ContentType = NdjsonContentType;
        for (var skip = 0; skip < source.Total; skip += StreamBatch)
        {
            foreach (var item in await source.ReadAsync(skip, StreamBatch, cancellationToken))
            {
                await response.Body.WriteAsync(Bytes(item), cancellationToken);
                await response.Body.WriteAsync(NewLine, cancellationToken);
            }

            await response.Body.FlushAsync(cancellationToken);
        }
    }

    public static IResult BadRequest(IReadOnlyDictionary<string, string> errors) =>
        Results.ValidationProblem(errors.ToDictionary(e => e.Key, e => new[] { e.Value }), title: "Some parameters are not valid");

    public static IResult NotFound(string kind, string id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No such {kind}", detail: $"There is no published {kind} with id {id}.");
}
