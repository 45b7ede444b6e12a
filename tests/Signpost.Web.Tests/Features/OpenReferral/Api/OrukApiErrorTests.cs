using System.Net;
using System.Text.Json.Nodes;

namespace Signpost.Web.Tests.Features.OpenReferral.Api;

/// <summary>Edge cases and bad input get the documented answers (clamp, empty page, 400 or 404 problems), never a 500.</summary>
[Collection(SignpostSiteCollection.Name)]
public sealed class OrukApiErrorTests(SignpostWebFactory site)
{
    public static readonly TheoryData<string> Lists = new() { "/services", "/service_at_locations", "/organizations", "/taxonomies", "/taxonomy_terms" };

    private readonly OrukApiClient api = new(site.CreatePlainClient());

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Page_and_per_page_that_cannot_mean_anything_are_a_400_naming_the_parameter(string list)
    {
        foreach (var (query, parameter) in new[]
        {
            ("page=0", "page"), ("page=-1", "page"), ("page=abc", "page"), ("page=1.5", "page"), ("page=1&page=2", "page"),
            ("per_page=0", "per_page"), ("per_page=-5", "per_page"), ("per_page=ten", "per_page"), ("per_page=", null),
        })
        {
            var (status, body, response) = await api.GetAsync($"{list}?{query}");
            if (parameter is null)
            {
                Assert.Equal(HttpStatusCode.OK, status);
                continue;
            }

            Assert.True(status == HttpStatusCode.BadRequest, $"{list}?{query} gave {(int)status}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.NotNull(body!["errors"]![parameter]);
        }
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Per_page_over_the_limit_is_lowered_and_a_page_past_the_last_is_empty(string list)
    {
        var all = await api.GetOkAsync($"{list}?per_page=1");
        var total = (int)all["total_items"]!;
        Assert.Equal(total, (int)all["total_pages"]!);

        foreach (var perPage in new[] { "201", "100000", "99999999999999999999" })
        {
            var page = await api.GetOkAsync($"{list}?per_page={perPage}");
            Assert.Equal(Math.Min(total, 200), (int)page["size"]!);
            Assert.Equal((total + 199) / 200, (int)page["total_pages"]!);
        }

        var beyond = await api.GetOkAsync($"{list}?page={total + 5}&per_page=1");
        Assert.Empty(beyond["contents"]!.AsArray());
        Assert.True((bool)beyond["empty"]!);
        Assert.True((bool)beyond["last_page"]!);
        Assert.False((bool)beyond["first_page"]!);
        Assert.Equal(total, (int)beyond["total_items"]!);
        Assert.Equal(total + 5, (int)beyond["page_number"]!);
        await OrukSchemas.AssertValidPageAsync(beyond, $"{list} past the last page");

        foreach (var page in new[] { "2147483647", "99999999999999999999" })
        {
            var huge = await api.GetOkAsync($"{list}?page={page}&per_page=200");
            Assert.True((bool)huge["empty"]!);
            Assert.Equal(total, (int)huge["total_items"]!);
        }
    }

    [Theory]
    [InlineData("/services?taxonomy_term_id=camhs", "taxonomy_term_id")]
    [InlineData("/services?taxonomy_id=1", "taxonomy_id")]
    [InlineData("/services?organization_id=halton", "organization_id")]
    [InlineData("/services?modified_after=yesterday", "modified_after")]
    [InlineData("/services?minimum_age=ten", "minimum_age")]
    [InlineData("/services?maximum_age=-1", "maximum_age")]
    [InlineData("/services?day=funday", "day")]
    [InlineData("/services?start_time=25:00", "start_time")]
    [InlineData("/services?end_time=noon", "end_time")]
    [InlineData("/services?format=xml", "format")]
    [InlineData("/service_at_locations?proximity=500", "proximity")]
    [InlineData("/service_at_locations?postcode=WA8%207QE&proximity=far", "proximity")]
    [InlineData("/service_at_locations?postcode=ZZ99%209ZZ", "postcode")]
    [InlineData("/service_at_locations?postcode=ZZ99%209ZZ&format=ndjson", "postcode")]
    [InlineData("/taxonomy_terms?top_only=maybe", "top_only")]
    [InlineData("/taxonomy_terms?parent_id=x", "parent_id")]
    public async Task Bad_parameters_are_a_400_naming_the_parameter(string path, string parameter)
    {
        var (status, body, response) = await api.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(body!["errors"]![parameter]);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Theory]
    [InlineData("/services")]
    [InlineData("/service_at_locations")]
    [InlineData("/organizations")]
    [InlineData("/taxonomies")]
    [InlineData("/taxonomy_terms")]
    public async Task An_unknown_id_is_a_404_problem(string list)
    {
        foreach (var id in new[] { Guid.NewGuid().ToString(), "not-a-uuid", new string('9', 300) })
        {
            var (status, body, response) = await api.GetAsync($"{list}/{id}");
            Assert.Equal(HttpStatusCode.NotFound, status);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(404, (int?)body!["status"]);
            Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/openapi.json")]
    [InlineData("/services")]
    [InlineData("/services?format=ndjson")]
    [InlineData("/service_at_locations?page=2&per_page=5")]
    [InlineData("/organizations")]
    [InlineData("/taxonomies")]
    [InlineData("/taxonomy_terms?top_only=true")]
    public async Task Every_answer_may_be_read_from_any_origin(string path)
    {
        var response = await api.Http.GetAsync("/api/oruk" + path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var first = (await api.AllAsync("/taxonomies")).First();
        var item = await api.Http.GetAsync($"/api/oruk/taxonomies/{first["id"]}");
        Assert.Equal("*", item.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.NotNull(JsonNode.Parse(await item.Content.ReadAsStringAsync()));
    }
}
