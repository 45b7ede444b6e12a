using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using NJsonSchema;

namespace Signpost.Web.Tests.Features.OpenReferral.Api;

/// <summary>
/// The official ORUK 3.0 schemas from shared/oruk/schema beside the repository (SIGNPOST_ORUK_SCHEMA overrides
/// the folder). Formats are checked too: uuid, date-time, uri and email.
/// </summary>
public static class OrukSchemas
{
    public const string Service = "compiled/service.json";
    public const string ServiceList = "compiled/service_list.json";
    public const string ServiceAtLocation = "compiled/service_at_location.json";
    public const string ServiceAtLocationList = "compiled/service_at_location_list.json";
    public const string Organization = "compiled/organization.json";
    public const string OrganizationList = "compiled/organization_list.json";
    public const string Taxonomy = "taxonomy.json";
    public const string TaxonomyTerm = "taxonomy_term.json";

    private static readonly Lazy<string> FolderLazy = new(FindFolder);
    private static readonly ConcurrentDictionary<string, Lazy<Task<JsonSchema>>> Loaded = new();
    private static readonly Lazy<Task<JsonSchema>> PageLazy = new(LoadPageAsync);

    public static string Folder => FolderLazy.Value;

    public static async Task AssertValidAsync(string schema, JsonNode json, string what)
    {
        var loaded = await Loaded.GetOrAdd(schema, s => new Lazy<Task<JsonSchema>>(() => JsonSchema.FromFileAsync(Path.Combine(Folder, s)))).Value;
        var errors = loaded.Validate(json.ToJsonString());
        Assert.True(errors.Count == 0, $"{what} does not match {schema}: {string.Join("; ", errors.Select(e => $"{e.Kind} at {e.Path}"))}\n{Truncate(json.ToJsonString())}");
    }

    /// <summary>The profile's Page schema, with every field required and contents an array of objects.</summary>
    public static async Task AssertValidPageAsync(JsonNode json, string what)
    {
        var errors = (await PageLazy.Value).Validate(json.ToJsonString());
        Assert.True(errors.Count == 0, $"{what} is not a page: {string.Join("; ", errors.Select(e => $"{e.Kind} at {e.Path}"))}");
    }

    private static async Task<JsonSchema> LoadPageAsync()
    {
        var openApi = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Folder, "openapi.json")))!;
        var page = (JsonObject)openApi["components"]!["schemas"]!["Page"]!.DeepClone();
        var properties = (JsonObject)page["properties"]!;
        properties["contents"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "object" } };
        page["required"] = new JsonArray([.. properties.Select(p => (JsonNode)p.Key)]);
        return await JsonSchema.FromJsonAsync(page.ToJsonString());
    }

    private static string FindFolder()
    {
        var candidates = new[]
        {
            Environment.GetEnvironmentVariable("SIGNPOST_ORUK_SCHEMA"),
            Path.Combine(RepoPaths.Root, "..", "shared", "oruk", "schema"),
        };
        return candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c) && File.Exists(Path.Combine(c, "openapi.json")))
            ?? throw new InvalidOperationException("The ORUK schemas were not found: put shared/oruk/schema beside the repository or set SIGNPOST_ORUK_SCHEMA.");
    }

    private static string Truncate(string text) => text.Length > 2000 ? text[..2000] + "..." : text;
}
