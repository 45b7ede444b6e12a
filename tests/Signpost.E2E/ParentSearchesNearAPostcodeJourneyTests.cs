using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Signpost.E2E;

/// <summary>
/// A parent looks for autism support near home for a 7-year-old: searches from
/// the home page with a postcode, narrows to free services for age 7, sorts by
/// distance and opens the nearest; and on a phone the filters fold away so the
/// results come first.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed partial class ParentSearchesNearAPostcodeJourneyTests(SiteFixture site, BrowserFixture browser)
{
    // Once the new document is parsed: assertions below wait for what they need, and
    // waiting for every subresource's "load" only adds time on a busy machine.
    // A full postcode from content-seed/postcodes.csv, in Widnes.
    private const string Postcode = "WA8 7QE";

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    [Fact]
    public async Task Parent_SearchesAutismNearAPostcode_FiltersToFreeForAge7_SortsByDistance_AndOpensTheNearest()
    {
        await using var context = await browser.NewContextAsync(BrowserFixture.WideWidth);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("/"));

        var searchForm = page.GetByRole(AriaRole.Search);
        await searchForm.Locator("#q").FillAsync("autism");
        await searchForm.Locator("#where").FillAsync(Postcode);
        await searchForm.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.WaitForPageAsync(new Regex("/search\\?.*q=autism"));

        var count = page.Locator("#results-count");
        await Assertions.Expect(count).ToHaveTextAsync(new Regex($"^\\s*\\d+ results? near {Postcode}\\s*$"));
        var unfilteredTotal = Total(await count.InnerTextAsync());

        // On a desktop the filter panel is open beside the results.
        var panel = page.Locator("details.app-filter-panel");
        Assert.True(await panel.EvaluateAsync<bool>("d => d.open"), "The filter panel should be open at 1280px.");
        await panel.GetByLabel("Or an exact age").FillAsync("7");
        await panel.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("^Free only") }).CheckAsync();
        // The panel has the button at both ends; the top one is beside what was just changed.
        await panel.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).First.ClickAsync();
        await page.WaitForPageAsync(new Regex("age=7.*cost=free|cost=free.*age=7"));

        await page.GetByRole(AriaRole.Link, new() { Name = "distance", Exact = true }).ClickAsync();
        await page.WaitForPageAsync(new Regex("sort=distance"));

        // The filters survive both the apply and the change of sort.
        var query = new Uri(page.Url).Query;
        Assert.Contains("age=7", query, StringComparison.Ordinal);
        Assert.Contains("cost=free", query, StringComparison.Ordinal);
        await Assertions.Expect(panel.GetByLabel("Or an exact age")).ToHaveValueAsync("7");
        await Assertions.Expect(panel.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("^Free only") })).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("p", new() { HasText = "Sort by:" }).Locator("strong")).ToHaveTextAsync("distance");
        await Assertions.Expect(panel.Locator("summary")).ToHaveTextAsync("Filters (2 selected)");

        await Assertions.Expect(page.Locator("[role=status] #results-count")).ToHaveTextAsync(new Regex($"^\\s*\\d+ results? near {Postcode}\\s*$"));
        var total = Total(await count.InnerTextAsync());
        Assert.InRange(total, 1, unfilteredTotal);

        var results = await ReadResultsAsync(page);
        Assert.NotEmpty(results);
        foreach (var result in results)
        {
            Assert.True(result.Free, $"'{result.Name}' is not free, but 'Free only' is ticked.");
            Assert.True(result.CoversAge(7), $"'{result.Name}' ({result.Ages}) is not for a 7-year-old.");
        }

        // Nearest first: the distances shown never go down.
        var distances = results.Where(r => r.Miles is not null).Select(r => r.Miles!.Value).ToList();
        Assert.True(distances.Count >= 2, $"Expected several results with a distance, found {distances.Count}.");
        for (var i = 1; i < distances.Count; i++)
        {
            Assert.True(distances[i] >= distances[i - 1], $"Distance sort goes down: {string.Join(", ", distances)} miles.");
        }

        // Services that cover the area without a place near it are labelled, and come after every located one.
        var firstCoverageOnly = results.FindIndex(r => r.Miles is null);
        Assert.True(firstCoverageOnly > 0, "Expected a coverage-only result (area-wide, online or national) after the located ones.");
        Assert.All(results.Skip(firstCoverageOnly), r =>
        {
            Assert.Null(r.Miles);
            Assert.NotEmpty(r.Tags);
        });

        var first = Journeys.ResultLinks(page).First;
        var name = results[0].Name;
        await first.ClickAsync();
        await page.WaitForPageAsync(new Regex("/services/[a-z0-9-]+$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task OnAPhone_TheFilterPanelStartsClosed_AndTheResultsComeFirst()
    {
        await using var context = await browser.NewContextAsync(BrowserFixture.NarrowWidth);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("/search?q=autism&where=" + Uri.EscapeDataString(Postcode)));

        var panel = page.Locator("details.app-filter-panel");
        Assert.False(await panel.EvaluateAsync<bool>("d => d.open"), "The filter panel should start closed at 320px.");
        await Assertions.Expect(panel.Locator("summary")).ToBeVisibleAsync();
        await Assertions.Expect(panel.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("^Free only") })).ToBeHiddenAsync();

        // The count and the first result are on the first screen, not below a page of checkboxes.
        await Assertions.Expect(page.Locator("#results-count")).ToBeInViewportAsync();
        var firstResult = Journeys.ResultLinks(page).First;
        await Assertions.Expect(firstResult).ToBeVisibleAsync();
        var summaryBox = await panel.Locator("summary").BoundingBoxAsync();
        var resultBox = await firstResult.BoundingBoxAsync();
        Assert.NotNull(summaryBox);
        Assert.NotNull(resultBox);
        Assert.True(resultBox.Y - (summaryBox.Y + summaryBox.Height) < BrowserFixture.ViewportHeight / 2,
            $"The first result starts {resultBox.Y - summaryBox.Y}px below the closed filter panel.");

        // The filters are one tap away.
        await panel.Locator("summary").ClickAsync();
        await Assertions.Expect(panel.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("^Free only") })).ToBeVisibleAsync();
    }

    private static int Total(string heading) =>
        int.Parse(LeadingNumber().Match(heading).Value, CultureInfo.InvariantCulture);

    private static async Task<List<Result>> ReadResultsAsync(IPage page)
    {
        var json = await page.Locator(".app-result").EvaluateAllAsync<string>("""
            items => JSON.stringify(items.map(li => ({
              name: li.querySelector('.app-result__title').innerText.trim(),
              meta: li.querySelector('.app-result__meta').innerText,
              tags: [...li.querySelectorAll('.govuk-tag')].map(t => t.innerText.trim()),
              facts: li.innerText,
            })))
            """);
        var items = JsonSerializer.Deserialize<RawResult[]>(json, JsonOptions) ?? [];
        return items.Select(Result.From).ToList();
    }

    [GeneratedRegex(@"^\s*\d+")]
    private static partial Regex LeadingNumber();

    private sealed record RawResult(string Name, string Meta, string[] Tags, string Facts);

    private sealed partial record Result(string Name, double? Miles, IReadOnlyList<string> Tags, string Ages, bool Free)
    {
        public static Result From(RawResult raw)
        {
            var miles = MilesAway().Match(raw.Meta);
            var ages = AgesText().Match(raw.Facts);
            return new Result(
                raw.Name,
                miles.Success ? double.Parse(miles.Groups[1].Value, CultureInfo.InvariantCulture) : null,
                raw.Tags,
                ages.Success ? ages.Groups[1].Value : "",
                raw.Facts.Contains("Cost: Free", StringComparison.Ordinal));
        }

        /// <summary>Reads the age range in words (see AgeRange.InWords) and checks the age is inside it.</summary>
        public bool CoversAge(int age)
        {
            if (Ages == "All ages")
            {
                return true;
            }

            var numbers = Numbers().Matches(Ages).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
            return Ages switch
            {
                _ when Ages.StartsWith("Up to", StringComparison.Ordinal) => age <= numbers[0],
                _ when Ages.EndsWith("and over", StringComparison.Ordinal) => age >= numbers[0],
                _ when numbers.Count == 2 => age >= numbers[0] && age <= numbers[1],
                _ when numbers.Count == 1 => age == numbers[0],
                _ => false,
            };
        }

        [GeneratedRegex(@"([\d.]+) miles? away")]
        private static partial Regex MilesAway();

        [GeneratedRegex(@"Ages:\s*([^.]+)\.")]
        private static partial Regex AgesText();

        [GeneratedRegex(@"\d+")]
        private static partial Regex Numbers();
    }
}
