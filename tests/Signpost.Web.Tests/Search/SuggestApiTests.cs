using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Signpost.Web.Tests.Search;

[Collection(SignpostSiteCollection.Name)]
public sealed class SuggestApiTests(SignpostWebFactory site)
{
    private readonly HttpClient client = site.CreatePlainClient();

    [Fact]
    public async Task A_prefix_gives_up_to_8_completions_including_counselling()
    {
        var suggestions = await SuggestAsync("cou");

        Assert.InRange(suggestions.Count, 1, 8);
        Assert.Contains(suggestions, s => s.Contains("counselling", StringComparison.OrdinalIgnoreCase));
        Assert.All(suggestions, s => Assert.False(string.IsNullOrWhiteSpace(s)));
        Assert.Equal(suggestions.Count, suggestions.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Theory]
    [InlineData("you", "youth")]
    [InlineData("aut", "autis")]
    [InlineData("Sexual he", "sexual health")]
    [InlineData("CAM", "camhs")]
    public async Task Completions_start_words_with_what_was_typed(string typed, string expected)
    {
        var suggestions = await SuggestAsync(typed);

        Assert.InRange(suggestions.Count, 1, 8);
        Assert.Contains(suggestions, s => s.Contains(expected, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Empty_text_gives_an_empty_list(string typed)
    {
        var response = await client.GetAsync("/api/suggest?q=" + Uri.EscapeDataString(typed));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("[]", (await response.Content.ReadAsStringAsync()).Trim());
    }

    [Fact]
    public async Task No_q_at_all_gives_an_empty_list()
    {
        Assert.Empty(await client.GetFromJsonAsync<List<string>>("/api/suggest") ?? ["(null)"]);
    }

    [Fact]
    public async Task Text_of_101_characters_gives_400_naming_q()
    {
        var response = await client.GetAsync("/api/suggest?q=" + new string('c', 101));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(body);
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty("q", out _), body);
    }

    [Fact]
    public async Task Text_of_100_characters_is_accepted()
    {
        var response = await client.GetAsync("/api/suggest?q=" + new string('c', 100));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("NEAR(")]
    [InlineData("*")]
    [InlineData("😀")]
    [InlineData("'; DROP TABLE Services; --")]
    [InlineData("\u0000")]
    public async Task Hostile_text_gives_a_list_not_an_error(string typed)
    {
        var response = await client.GetAsync("/api/suggest?q=" + Uri.EscapeDataString(typed));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var list = JsonSerializer.Deserialize<List<string>>(await response.Content.ReadAsStringAsync());
        Assert.NotNull(list);
        Assert.InRange(list.Count, 0, 8);
    }

    private async Task<List<string>> SuggestAsync(string typed)
    {
        var response = await client.GetAsync("/api/suggest?q=" + Uri.EscapeDataString(typed));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/api/suggest?q={typed} gave {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<List<string>>(body)!;
    }
}
