using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace Signpost.Web.Features.OpenReferral.Api;

/// <summary>
/// The Open Referral UK profile's OpenAPI document (shipped unchanged as an embedded resource) with what this
/// server adds: its own URL, the organisation endpoints and parameters the profile's document leaves out, and
/// the documented behaviour of pagination and errors.
/// </summary>
public sealed class OrukOpenApiDocument(IOptions<OrukApiOptions> options)
{
    public const string ResourceName = "Signpost.Web.OpenReferral.openapi.json";

    private readonly Lazy<JsonObject> template = new(LoadTemplate);

    public JsonObject For(string serverUrl)
    {
        var limits = options.Value;
        var document = (JsonObject)template.Value.DeepClone();
        var info = (JsonObject)document["info"]!;
        info["description"] = $"""
            {info["description"]}

            Served by Signpost. Only published content is listed: nothing unpublished, withdrawn, past its valid-to date, or run by a withdrawn organisation.
            Pages: `page` counts from 1 (default 1); `per_page` defaults to {limits.DefaultPerPage} and a larger value than {limits.MaxPerPage} is lowered to {limits.MaxPerPage}.
            A page after the last one is an empty page (200, `empty: true`). `page` or `per_page` below 1 or not a whole number, an id that is not a UUID,
            an unknown `day`, a malformed time, date or number, or `proximity` without `postcode` is a 400 `application/problem+json` whose `errors` name the parameter.
            An unknown id is a 404 problem. `format=ndjson` streams every match, one JSON object a line, without pages.
            `minimum_age` keeps services whose minimum age is at least it (none counts as 0); `maximum_age` keeps services whose maximum age is at most it.
            `taxonomy_term_id` also matches the term's children. With `postcode`, service_at_locations are ordered nearest first; `proximity` (metres) keeps those within it.
            """;
        document["servers"] = new JsonArray(new JsonObject { ["url"] = serverUrl, ["description"] = "This Signpost site" });

        var parameters = (JsonObject)document["components"]!["parameters"]!;
        parameters["page"]!["schema"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["default"] = 1 };
        parameters["per_page"]!["schema"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["default"] = limits.DefaultPerPage };
        parameters["per_page"]!["description"] = $"Number of results requested in a single page; more than {limits.MaxPerPage} is lowered to {limits.MaxPerPage}.";
        parameters["top_only"] = Parameter("top_only", "Only terms with no parent.", "boolean");
        parameters["parent_id"] = Parameter("parent_id", "Only the children of this term.", "string");

        var paths = (JsonObject)document["paths"]!;
        AddParameters(paths, "/services", "organization_id", "modified_after", "format");
        AddParameters(paths, "/service_at_locations", "organization_id", "modified_after", "format");
        AddParameters(paths, "/taxonomies", "format");
        AddParameters(paths, "/taxonomy_terms", "search", "taxonomy_id", "top_only", "parent_id", "format");
        paths["/organizations"] = ListPath("getPaginatedListOfOrganizations", "Paginated listing of organizations.", "compiled/organization_list.json", "search", "page", "per_page", "modified_after", "format");
        paths["/organizations/{id}"] = ItemPath("getOrganizationById", "An organization with its services.", "compiled/organization.json");
        return document;
    }

    private static JsonObject LoadTemplate()
    {
        using var stream = typeof(OrukOpenApiDocument).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        return (JsonObject)JsonNode.Parse(stream)!;
    }

    private static JsonObject Parameter(string name, string description, string type) =>
        new() { ["name"] = name, ["in"] = "query", ["required"] = false, ["description"] = description, ["schema"] = new JsonObject { ["type"] = type } };

    private static JsonObject Reference(string parameter) => new() { ["$ref"] = "#/components/parameters/" + parameter };

    private static void AddParameters(JsonObject paths, string path, params string[] names)
    {
        var get = (JsonObject)paths[path]!["get"]!;
        var list = get["parameters"] as JsonArray ?? [];
        get["parameters"] = list;
        foreach (var name in names)
        {
            list.Add(Reference(name));
        }
    }

    private static JsonObject ListPath(string operationId, string summary, string schema, params string[] parameters) => new()
    {
        ["get"] = new JsonObject
        {
            ["summary"] = summary,
            ["operationId"] = operationId,
            ["parameters"] = new JsonArray([.. parameters.Select(Reference)]),
            ["responses"] = new JsonObject
            {
                ["200"] = Response(summary, new JsonObject
                {
                    ["properties"] = new JsonObject { ["contents"] = new JsonObject { ["type"] = "array", ["items"] = SchemaReference(schema) } },
                    ["allOf"] = new JsonArray(new JsonObject { ["$ref"] = "#/components/schemas/Page" }),
                }),
            },
        },
    };

    private static JsonObject ItemPath(string operationId, string summary, string schema) => new()
    {
        ["parameters"] = new JsonArray(new JsonObject { ["in"] = "path", ["name"] = "id", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string" } }),
        ["get"] = new JsonObject
        {
            ["summary"] = summary,
            ["operationId"] = operationId,
            ["responses"] = new JsonObject { ["200"] = Response(summary, SchemaReference(schema)) },
        },
    };

    private static JsonObject Response(string description, JsonObject schema) =>
        new() { ["description"] = description, ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = schema } } };

    private static JsonObject SchemaReference(string schema) =>
        new() { ["$ref"] = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/" + schema };
}
