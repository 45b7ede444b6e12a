using System.Text.Json;
using System.Text.Json.Nodes;

namespace Signpost.Web.Tests.Features.OpenReferral.Api;

/// <summary>
/// The demo content as an ORUK 3.0 feed: every page of every list and every single item, checked against the
/// official schemas, with optional fields left out rather than null or empty.
/// </summary>
[Collection(SignpostSiteCollection.Name)]
public sealed class OrukApiSchemaTests(SignpostWebFactory site)
{
    [Fact]
    public async Task The_root_names_the_version_the_profile_and_an_absolute_openapi_url_that_serves_the_document()
    {
        var api = new OrukApiClient(site.CreatePlainClient());
        var root = await api.GetOkAsync("/");
        Assert.Equal("HSDS-UK-3.0", (string?)root["version"]);
        Assert.Equal("https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md", (string?)root["profile"]);
        var openApiUrl = new Uri((string)root["openapi_url"]!, UriKind.Absolute);
        Assert.Equal("/api/oruk/openapi.json", openApiUrl.AbsolutePath);

        var document = await api.GetOkAsync("/openapi.json");
        Assert.StartsWith("3.", (string?)document["openapi"]);
        Assert.Equal(openApiUrl.GetLeftPart(UriPartial.Authority) + "/api/oruk", (string?)document["servers"]![0]!["url"]);
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToHashSet();
        foreach (var path in new[] { "/", "/services", "/services/{id}", "/service_at_locations", "/service_at_locations/{id}", "/organizations", "/organizations/{id}", "/taxonomies", "/taxonomies/{id}", "/taxonomy_terms", "/taxonomy_terms/{id}" })
        {
            Assert.Contains(path, paths);
        }

        Assert.Contains("per_page", (string?)document["info"]!["description"]);
        Assert.Equal(1, (int?)document["components"]!["parameters"]!["page"]!["schema"]!["minimum"]);
    }

    [Theory]
    [InlineData("/services", OrukSchemas.ServiceList, OrukSchemas.Service)]
    [InlineData("/service_at_locations", OrukSchemas.ServiceAtLocationList, OrukSchemas.ServiceAtLocation)]
    [InlineData("/organizations", OrukSchemas.OrganizationList, OrukSchemas.Organization)]
    [InlineData("/taxonomies", OrukSchemas.Taxonomy, OrukSchemas.Taxonomy)]
    [InlineData("/taxonomy_terms", OrukSchemas.TaxonomyTerm, OrukSchemas.TaxonomyTerm)]
    public async Task Every_page_and_every_item_matches_the_official_schemas(string list, string itemSchema, string singleSchema)
    {
        var api = new OrukApiClient(site.CreatePlainClient());
        const int PerPage = 20;
        var pages = await api.PagesAsync(list, PerPage);
        var total = (int)pages[0]["total_items"]!;
        Assert.True(total > 0, $"{list} is empty");
        Assert.Equal((total + PerPage - 1) / PerPage, pages.Count);
        var ids = new List<string>();
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            await OrukSchemas.AssertValidPageAsync(page, $"{list} page {i + 1}");
            var contents = page["contents"]!.AsArray();
            Assert.Equal(i + 1, (int)page["page_number"]!);
            Assert.Equal(contents.Count, (int)page["size"]!);
            Assert.Equal(i == 0, (bool)page["first_page"]!);
            Assert.Equal(i == pages.Count - 1, (bool)page["last_page"]!);
            Assert.False((bool)page["empty"]!);
            Assert.Equal(i < pages.Count - 1 ? PerPage : total - (PerPage * i), contents.Count);
            foreach (var item in contents)
            {
                await OrukSchemas.AssertValidAsync(itemSchema, item!, $"an item of {list} page {i + 1}");
                AssertNothingEmpty(item!, $"{list} item {item!["id"]}");
                ids.Add((string)item["id"]!);
            }
        }

        Assert.Equal(total, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        foreach (var id in ids)
        {
            var single = await api.GetOkAsync($"{list}/{id}");
            Assert.Equal(id, (string?)single["id"]);
            await OrukSchemas.AssertValidAsync(singleSchema, single, $"{list}/{id}");
            AssertNothingEmpty(single, $"{list}/{id}");
        }
    }

    [Fact]
    public async Task A_single_service_is_fully_nested()
    {
        var api = new OrukApiClient(site.CreatePlainClient());
        var services = new List<JsonNode>();
        foreach (var id in await api.IdsAsync("/services"))
        {
            services.Add(await api.GetOkAsync($"/services/{id}"));
        }

        foreach (var field in new[] { "organization", "service_at_locations", "schedules", "service_areas", "languages", "cost_options", "contacts", "phones", "attributes" })
        {
            Assert.True(services.Any(s => s[field] is not null), $"No service has {field}");
        }

        var taxonomies = services.SelectMany(s => s["attributes"]?.AsArray() ?? []).Select(a => (string?)a!["taxonomy_term"]!["taxonomy"]).ToHashSet();
        Assert.Contains("Every Child Matters outcomes", taxonomies);
        Assert.Contains("Signpost needs", taxonomies);
        Assert.Contains("Signpost categories", taxonomies);
        Assert.Contains("Signpost audiences", taxonomies);
        Assert.Contains(services, s => s["service_at_locations"]?[0]?["location"]?["addresses"]?[0]?["postal_code"] is not null);

        // A phone shown under the service and under its contact is one row: the same id, number and links.
        foreach (var service in services)
        {
            var contactPhones = (service["contacts"]?.AsArray() ?? []).SelectMany(c => c!["phones"]?.AsArray() ?? []).ToDictionary(p => (string)p!["id"]!, p => p!.ToJsonString());
            foreach (var phone in service["phones"]?.AsArray() ?? [])
            {
                Assert.Equal(contactPhones[(string)phone!["id"]!], phone.ToJsonString());
            }
        }
    }

    [Theory]
    [InlineData("/services", OrukSchemas.ServiceList)]
    [InlineData("/service_at_locations", OrukSchemas.ServiceAtLocationList)]
    [InlineData("/organizations", OrukSchemas.OrganizationList)]
    [InlineData("/taxonomy_terms", OrukSchemas.TaxonomyTerm)]
    public async Task Ndjson_streams_every_match_as_one_valid_object_a_line(string list, string itemSchema)
    {
        var api = new OrukApiClient(site.CreatePlainClient());
        var response = await api.Http.GetAsync($"/api/oruk{list}?format=ndjson");
        response.EnsureSuccessStatusCode();
        Assert.StartsWith("application/x-ndjson", response.Content.Headers.ContentType?.ToString());
        var text = await response.Content.ReadAsStringAsync();
        Assert.EndsWith("\n", text);
        var lines = text.TrimEnd('\n').Split('\n');
        var ids = new List<Guid>();
        foreach (var line in lines)
        {
            using var parsed = JsonDocument.Parse(line);
            Assert.Equal(JsonValueKind.Object, parsed.RootElement.ValueKind);
            var item = JsonNode.Parse(line)!;
            await OrukSchemas.AssertValidAsync(itemSchema, item, $"an ndjson line of {list}");
            ids.Add(Guid.Parse((string)item["id"]!));
        }

        Assert.Equal(await api.IdsAsync(list), ids);
    }

    /// <summary>Optional fields with nothing to say are left out: no nulls, no empty strings, no empty arrays.</summary>
    private static void AssertNothingEmpty(JsonNode node, string what, string path = "$")
    {
        switch (node)
        {
            case JsonObject json:
                foreach (var (name, value) in json)
                {
                    Assert.True(value is not null, $"{what}: {path}.{name} is null");
                    AssertNothingEmpty(value!, what, $"{path}.{name}");
                }

                break;
            case JsonArray array:
                Assert.True(array.Count > 0 || path.EndsWith(".contents", StringComparison.Ordinal), $"{what}: {path} is an empty array");
                for (var i = 0; i < array.Count; i++)
                {
                    Assert.True(array[i] is not null, $"{what}: {path}[{i}] is null");
                    AssertNothingEmpty(array[i]!, what, $"{path}[{i}]");
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                Assert.False(string.IsNullOrWhiteSpace(value.GetValue<string>()), $"{what}: {path} is an empty string");
                break;
        }
    }
}
