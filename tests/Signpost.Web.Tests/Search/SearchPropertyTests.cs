using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Signpost.Core.Rules;
using Signpost.Web.Features.Search;

namespace Signpost.Web.Tests.Search;

/// <summary>
/// Properties that hold for any input, checked over HTTP on the shared seeded site: no query text
/// breaks the server, filters never let through what they exclude, orderings and counts agree.
/// </summary>
[Collection(SignpostSiteCollection.Name)]
public sealed class SearchPropertyTests(SignpostWebFactory site)
{
    private const int Seed = 20261122;

    private static readonly string[] HandPicked =
    [
        "\"", "\"\"", "\"autism", "autism\"", "\"youth club", "\"youth\" \"club\"", "'", "''", "it's", "O'Brien's",
        "AND", "OR", "NOT", "NEAR", "NEAR(", "NEAR(youth club", "NEAR(youth, club, 5)", "youth AND", "AND OR NOT", "youth OR club NOT camhs",
        "*", "**", "youth*", "*youth", "you*th", "-", "--", "-youth", "youth -club", ":", "name:", "name:youth", "summary:autism", "{name}: youth",
        "^", "^youth", "youth^2", "(", ")", "((", "(youth", "youth)", "(a OR b) AND (c", "[", "]", "{", "}", "+", "+youth", "~", "youth~2",
        "😀", "🧒🏽 youth club", "👨‍👩‍👧", "\u0000", "youth\u0000club", "\u0001\u0002\u0003", "\t", "\r\n", "youth\nclub", "\u001b[31m", "\u007f",
        "\u200b", "\u202e youth", "\ufeff", "ｙｏｕｔｈ", "Ç", "café", "naïve", "ß", "ﬁ", "İ", "ǅ", "日本語", "العربية", "עברית",
        "'; DROP TABLE Services; --", "1' OR '1'='1", "\" OR 1=1 --", "youth'); DELETE FROM ContentChanges; --", "UNION SELECT * FROM SearchLog",
        "%", "%%", "%25", "_", "\\", "\\\"", "/", "//", "?", "&", "=", "#", "<script>alert(1)</script>", "<mark>", "&amp;", "${jndi:ldap://x}",
        " ", "   ", ".", "...", ",", ";", "!", "@", "$", "£", "€", "0", "-1", "1e309", "NaN", "null", "undefined",
        new string('a', 200), new string('a', 201), string.Concat(Enumerable.Repeat("youth ", 40)), new string('"', 150), new string('(', 150),
        string.Concat(Enumerable.Repeat("NEAR(", 40)), string.Concat(Enumerable.Repeat("a* ", 66)), string.Concat(Enumerable.Repeat("x", 10_240)),
        string.Concat(Enumerable.Repeat("youth OR ", 1_200)),
    ];

    private static readonly string[] Fragments =
    [
        "\"", "'", "(", ")", "*", "-", ":", "^", "+", "~", "AND", "OR", "NOT", "NEAR(", "NEAR", ",", ";", "%", "\\", "/", "{", "}", "[", "]",
        "youth", "club", "autism", "camhs", "sexual", "helth", "someone", "to", "talk", "drop", "in", "send", "c-card", "0151", "WA7",
        "😀", "🧒", "é", "ß", "日本", "\u0000", "\u0007", "\t", "\n", " ", "  ", "select", "drop table", "--", "=", "&", "#", "?",
    ];

    private readonly HttpClient client = site.CreatePlainClient();
    private readonly SearchApiClient api = new(site.CreatePlainClient());

    /// <summary>About 200 strings mixing operators, quotes, control characters, emoji and words, the same every run.</summary>
    public static IEnumerable<string> GeneratedStrings()
    {
        var random = new Random(Seed);
        for (var i = 0; i < 200; i++)
        {
            var builder = new StringBuilder();
            var parts = random.Next(1, 12);
            for (var p = 0; p < parts; p++)
            {
                switch (random.Next(4))
                {
                    case 0:
                        builder.Append(Fragments[random.Next(Fragments.Length)]);
                        break;
                    case 1:
                        // Any BMP code point that is not half of a surrogate pair.
                        var c = (char)random.Next(0, 0xD800);
                        builder.Append(c);
                        break;
                    case 2:
                        builder.Append(char.ConvertFromUtf32(random.Next(0x1F300, 0x1FAFF)));
                        break;
                    default:
                        builder.Append(' ');
                        builder.Append(Fragments[random.Next(Fragments.Length)]);
                        builder.Append(random.Next(2) == 0 ? " " : "");
                        break;
                }
            }

            if (random.Next(20) == 0)
            {
                builder.Append(new string('z', random.Next(150, 400)));
            }

            yield return builder.ToString();
        }
    }

    [Fact]
    public async Task Hand_picked_hostile_text_never_gives_a_server_error()
    {
        var failures = new List<string>();
        foreach (var text in HandPicked)
        {
            await CheckNeverFailsAsync(text, failures);
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Generated_text_never_gives_a_server_error()
    {
        var failures = new List<string>();
        foreach (var text in GeneratedStrings())
        {
            await CheckNeverFailsAsync(text, failures);
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Malformed_percent_encoding_never_gives_a_server_error()
    {
        var failures = new List<string>();
        foreach (var raw in new[] { "%FF%FE", "%C3", "%ED%A0%80", "%", "%Z9", "%00", "a%2", "%E2%80%AE", "youth%F0%9F" })
        {
            foreach (var path in new[] { "/api/search?q=", "/search?q=", "/api/suggest?q=" })
            {
                var response = await client.GetAsync(path + raw);
                if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.BadRequest))
                {
                    failures.Add($"{path}{raw} gave {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Random_ages_never_return_a_service_outside_them()
    {
        var random = new Random(Seed + 1);
        string[] texts = ["", "youth", "autism", "support", "club", "family hub", "someone to talk to"];
        var failures = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            int? from, to;
            string ages;
            switch (random.Next(4))
            {
                case 0:
                    var age = random.Next(0, 26);
                    (from, to, ages) = (age, age, $"age={age}");
                    break;
                case 1:
                    var min = random.Next(0, 26);
                    var max = random.Next(min, 26);
                    (from, to, ages) = (min, max, $"min_age={min}&max_age={max}");
                    break;
                case 2:
                    var onlyMin = random.Next(0, 26);
                    (from, to, ages) = (onlyMin, null, $"min_age={onlyMin}");
                    break;
                default:
                    var onlyMax = random.Next(0, 26);
                    (from, to, ages) = (null, onlyMax, $"max_age={onlyMax}");
                    break;
            }

            var text = texts[random.Next(texts.Length)];
            var query = SearchApiClient.With(text.Length == 0 ? "" : "q=" + Uri.EscapeDataString(text), ages);
            var (first, all) = await api.SearchAllAsync(query);
            Assert.Equal(first.Total, all.Count);
            foreach (var hit in all.Where(h => !new AgeRange(h.MinAge, h.MaxAge).Overlaps(from, to)))
            {
                failures.Add($"{query}: {hit.Slug} is for ages {hit.MinAge?.ToString(CultureInfo.InvariantCulture) ?? "open"} to {hit.MaxAge?.ToString(CultureInfo.InvariantCulture) ?? "open"}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(16)]
    [InlineData(25)]
    public async Task An_age_with_no_words_finds_every_visible_service_for_that_age(int age)
    {
        var (scope, db) = site.OpenStore();
        await using var _ = scope;
        var expected = (await Store.VisibleServicesAsync(db))
            .Where(s => new AgeRange(s.MinimumAge, s.MaximumAge).Includes(age))
            .Select(s => s.Slug)
            .Order(StringComparer.Ordinal)
            .ToList();

        var (_, all) = await api.SearchAllAsync($"age={age}");

        Assert.Equal(expected, all.Select(h => h.Slug).Order(StringComparer.Ordinal).ToList());
    }

    [Theory]
    [InlineData("where=WA7+2GW")]
    [InlineData("where=WA8")]
    [InlineData("where=Widnes&radius=1")]
    [InlineData("where=Runcorn&radius=25")]
    [InlineData("q=youth&where=WA7+2GW&radius=2")]
    [InlineData("q=autism&where=Widnes")]
    [InlineData("q=family+hub&where=WA8+7QE&radius=10")]
    [InlineData("q=someone+to+talk+to&where=Castlefields")]
    [InlineData("q=sexual+health&lat=53.3300&lng=-2.7050&radius=5")]
    [InlineData("category=send&lat=53.3617&lng=-2.7337&radius=15")]
    [InlineData("q=club&where=Widnes&age=10&cost=free")]
    public async Task Distance_sort_is_nearest_first_then_coverage_only(string query)
    {
        var (first, all) = await api.SearchAllAsync(query + "&sort=distance");

        Assert.NotEmpty(all);
        Assert.Equal(first.Total, all.Count);
        double? previous = null;
        var seenUnlocated = false;
        for (var i = 0; i < all.Count; i++)
        {
            var hit = all[i];
            if (hit.DistanceMiles is not { } distance)
            {
                seenUnlocated = true;
                Assert.True(hit.CoversArea is not null, $"{query}: {hit.Slug} at {i + 1} has neither a distance nor a coverage label");
                continue;
            }

            Assert.False(seenUnlocated, $"{query}: {hit.Slug} at {i + 1} has a distance ({distance}) after a result with none");
            Assert.True(previous is null || distance >= previous, $"{query}: {hit.Slug} at {i + 1} is {distance} mi, nearer than the {previous} mi before it");
            previous = distance;
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("q=support")]
    [InlineData("q=youth+club")]
    [InlineData("q=autism&age=7")]
    [InlineData("where=Widnes")]
    [InlineData("q=someone+to+talk+to&where=WA7+2GW&radius=2")]
    [InlineData("need=autism")]
    [InlineData("category=health&cost=free")]
    [InlineData("q=family&access=drop-in&delivery=in-person")]
    public async Task Facet_counts_equal_the_totals_they_predict(string query)
    {
        // The engine's facets are disjunctive (FacetTally): a group's counts ignore that group's own
        // selection and apply every other filter. So a count is the total of the same search with
        // that group's selection replaced by the one value.
        var baseline = await api.SearchAsync(SearchApiClient.With(query, "page_size=1"));
        var failures = new List<string>();
        var checkedValues = 0;
        foreach (var group in new[] { "category", "need", "access", "delivery" })
        {
            Assert.True(baseline.Facets.ContainsKey(group), $"{query}: no {group} facet");
            var withoutGroup = string.Join("&", query.Split('&', StringSplitOptions.RemoveEmptyEntries).Where(p => !p.StartsWith(group + "=", StringComparison.Ordinal)));
            foreach (var facet in baseline.Facets[group])
            {
                var narrowed = await api.SearchAsync(SearchApiClient.With(withoutGroup, $"{group}={Uri.EscapeDataString(facet.Slug)}&page_size=1"));
                checkedValues++;
                if (narrowed.Total != facet.Count)
                {
                    failures.Add($"{query}: {group}={facet.Slug} is counted {facet.Count} but finds {narrowed.Total}");
                }
            }
        }

        Assert.True(checkedValues > 0, $"{query}: no facet values to check");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Facet_counts_of_a_ticked_group_do_not_change_with_what_is_ticked_in_it()
    {
        var unticked = await api.SearchAsync("q=support&page_size=1");
        var ticked = await api.SearchAsync("q=support&need=autism&page_size=1");

        Assert.Equal(Counts(unticked, "need"), Counts(ticked, "need"));
        Assert.Equal(unticked.Facets["need"].Single(f => f.Slug == "autism").Count, ticked.Total);
    }

    [Theory]
    [InlineData("")]
    [InlineData("q=support")]
    [InlineData("q=youth&page_size=7")]
    [InlineData("where=Widnes&sort=distance")]
    [InlineData("where=WA7+2GW&sort=distance&page_size=3")]
    [InlineData("q=autism&age=10")]
    [InlineData("category=send&page_size=4")]
    public async Task Pages_never_share_results_and_agree_on_the_total(string query)
    {
        var size = query.Contains("page_size=", StringComparison.Ordinal) ? "" : "page_size=5";
        var start = SearchApiClient.With(query, size);
        var one = await api.SearchAsync(SearchApiClient.With(start, "page=1"));
        var two = await api.SearchAsync(SearchApiClient.With(start, "page=2"));

        Assert.Equal(one.Total, two.Total);
        Assert.Equal(1, one.Page);
        Assert.Equal(2, two.Page);
        Assert.True(one.Results.Count == one.PageSize || one.Total < one.PageSize, $"{query}: page 1 is short");
        Assert.Empty(one.Results.Select(r => r.Id).Intersect(two.Results.Select(r => r.Id)));

        var ids = new HashSet<Guid>();
        var pages = (int)Math.Ceiling(one.Total / (double)one.PageSize);
        for (var page = 1; page <= pages; page++)
        {
            var response = await api.SearchAsync(SearchApiClient.With(start, $"page={page}"));
            Assert.Equal(one.Total, response.Total);
            foreach (var result in response.Results)
            {
                Assert.True(ids.Add(result.Id), $"{query}: {result.Slug} is on page {page} and an earlier page");
            }
        }

        Assert.Equal(one.Total, ids.Count);
        var beyond = await api.SearchAsync(SearchApiClient.With(start, $"page={pages + 1}"));
        Assert.Empty(beyond.Results);
    }

    [Theory]
    [InlineData("age=abc", "age")]
    [InlineData("age=-1", "age")]
    [InlineData("min_age=x", "min_age")]
    [InlineData("max_age=1.5", "max_age")]
    [InlineData("radius=99", "radius")]
    [InlineData("radius=0", "radius")]
    [InlineData("sort=x", "sort")]
    [InlineData("lat=53.3", "lng")]
    [InlineData("lng=-2.7", "lat")]
    [InlineData("lat=abc&lng=-2.7", "lng")]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("page_size=500", "page_size")]
    [InlineData("category=Not%20A%20Slug", "category")]
    [InlineData("need=%3Cscript%3E", "need")]
    [InlineData("audience=aliens", "audience")]
    [InlineData("access=walk-in", "access")]
    [InlineData("delivery=carrier-pigeon", "delivery")]
    [InlineData("cost=cheap", "cost")]
    [InlineData("day=someday", "day")]
    [InlineData("time=midnight", "time")]
    public async Task Bad_parameter_gives_400_problem_details_naming_it(string query, string parameter)
    {
        var response = await client.GetAsync("/api/search?q=youth&" + query);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{query} gave {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        var errors = json.RootElement.GetProperty("errors");
        var named = errors.EnumerateObject().Select(p => p.Name).ToList();
        if (parameter is "lat" or "lng")
        {
            // Either half of a lone coordinate names the pair's problem.
            Assert.True(named.Contains("lat") || named.Contains("lng"), $"{query}: errors name {string.Join(", ", named)}");
        }
        else
        {
            Assert.True(named.Contains(parameter), $"{query}: errors name {string.Join(", ", named)}, not {parameter}");
        }

        Assert.All(errors.EnumerateObject(), p => Assert.False(string.IsNullOrWhiteSpace(p.Value[0].GetString())));
    }

    [Theory]
    [InlineData("where=ZZ99+9ZZ")]
    [InlineData("postcode=W1")]
    [InlineData("where=Atlantis")]
    public async Task Unknown_place_gives_400_naming_the_place_parameter(string query)
    {
        var response = await client.GetAsync("/api/search?q=youth&" + query);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(body);
        var name = query[..query.IndexOf('=', StringComparison.Ordinal)];
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(name, out _), body);
    }

    private static List<(string, int)> Counts(ApiSearchResponse response, string group) =>
        response.Facets[group].Select(f => (f.Slug, f.Count)).OrderBy(f => f.Slug, StringComparer.Ordinal).ToList();

    private async Task CheckNeverFailsAsync(string text, List<string> failures)
    {
        var escaped = Uri.EscapeDataString(text);
        foreach (var path in new[] { "/api/search?q=", "/search?q=" })
        {
            var response = await client.GetAsync(path + escaped);
            if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.BadRequest))
            {
                failures.Add($"{path}{Shorten(escaped)} gave {(int)response.StatusCode}");
            }
            else if (path.StartsWith("/api", StringComparison.Ordinal) && response.StatusCode == HttpStatusCode.OK)
            {
                // A 200 is well-formed JSON the page's script can read.
                var body = await response.Content.ReadAsStringAsync();
                try
                {
                    JsonSerializer.Deserialize<ApiSearchResponse>(body, SearchApiClient.Json);
                }
                catch (JsonException ex)
                {
                    failures.Add($"{path}{Shorten(escaped)} gave 200 with unreadable JSON: {ex.Message}");
                }
            }
        }

        // /api/search takes 200 characters; longer text must be a 400 there, not a silent cut.
        if (text.Trim().Length > SearchParameters.MaximumTextLength)
        {
            var response = await client.GetAsync("/api/search?q=" + escaped);
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                failures.Add($"/api/search?q={Shorten(escaped)} ({text.Trim().Length} characters) gave {(int)response.StatusCode}, not 400");
            }
        }
    }

    private static string Shorten(string text) => text.Length > 80 ? text[..80] + $"... ({text.Length} chars)" : text;
}
