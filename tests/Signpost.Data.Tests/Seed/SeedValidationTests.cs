using Signpost.Data.Seed;

namespace Signpost.Data.Tests.Seed;

/// <summary>Bad seed files are reported by file and field, all at once, and nothing is imported.</summary>
public class SeedValidationTests : IDisposable
{
    private readonly TempFolder seed = new();

    public SeedValidationTests()
    {
        seed.CopyFrom(RepoPaths.ContentSeed);
    }

    public void Dispose() => seed.Dispose();

    private SeedValidationException ReadExpectingErrors() =>
        Assert.Throws<SeedValidationException>(() => ContentSeedReader.Read(seed.Path));

    private void WriteService(string slug, string frontMatter, string body = "A description long enough to read.") =>
        seed.Write($"services/{slug}.md", $"---\n{frontMatter}\n---\n{body}\n");

    private const string ValidFrontMatter = """
        name: Test club
        summary: A test club.
        organisation: halton-youth-service
        categories: [youth-clubs]
        audiences: [young-people]
        min_age: 11
        max_age: 19
        cost:
          free: true
        access: [drop-in]
        delivery: [in-person]
        locations: [kingsway-learning-centre]
        """;

    [Fact]
    public void A_valid_new_service_is_accepted()
    {
        WriteService("test-club", ValidFrontMatter);

        Assert.Contains(ContentSeedReader.Read(seed.Path).Services, s => s.Slug == "test-club");
    }

    [Theory]
    [InlineData("organisation: halton-youth-service", "organisation: nobody", "organisation", "'nobody' is not in organisations.yaml")]
    [InlineData("categories: [youth-clubs]", "categories: [knitting]", "categories", "'knitting' is not a category")]
    [InlineData("max_age: 19", "max_age: 9", "max_age", "below min_age")]
    [InlineData("access: [drop-in]", "access: [walk-in]", "access", "'walk-in' is not one of")]
    [InlineData("locations: [kingsway-learning-centre]", "locations: [nowhere]", "locations", "'nowhere' is not a location")]
    [InlineData("summary: A test club.", "summary: \"\"", "summary", "is required")]
    [InlineData("  free: true", "  details: Free", "cost.free", "say whether the service is free")]
    public void A_bad_field_is_named_with_its_file(string good, string bad, string field, string message)
    {
        WriteService("test-club", ValidFrontMatter.Replace(good, bad));

        var file = $"services{Path.DirectorySeparatorChar}test-club.md";
        var errors = ReadExpectingErrors().Errors;

        Assert.Contains(errors, e => e.StartsWith($"{file}: {field}:", StringComparison.Ordinal) && e.Contains(message));
        Assert.All(errors, e => Assert.StartsWith(file, e));
    }

    [Fact]
    public void Bad_times_and_days_in_schedules_are_named_by_index()
    {
        WriteService("test-club", ValidFrontMatter + "\nschedules:\n  - days: [mon, funday]\n    start: \"18:00\"\n    end: \"25:00\"\n");

        var errors = ReadExpectingErrors().Errors;

        Assert.Contains(errors, e => e.Contains("schedules[0].days") && e.Contains("'funday' is not a day"));
        Assert.Contains(errors, e => e.Contains("schedules[0].end") && e.Contains("'25:00' is not a time"));
    }

    [Fact]
    public void Broken_yaml_reports_its_line()
    {
        WriteService("test-club", "name: Test\nsummary: [unclosed\n");

        var error = Assert.Single(ReadExpectingErrors().Errors);

        Assert.Contains("test-club.md: front matter line", error);
    }

    [Fact]
    public void A_file_without_front_matter_is_reported()
    {
        seed.Write("services/test-club.md", "Just text");

        Assert.Contains(ReadExpectingErrors().Errors, e => e.Contains("test-club.md: front matter"));
    }

    [Fact]
    public void Every_problem_is_reported_in_one_run()
    {
        WriteService("club-one", ValidFrontMatter.Replace("halton-youth-service", "nobody"));
        WriteService("club-two", ValidFrontMatter.Replace("youth-clubs", "knitting"));
        seed.Write("postcodes.csv", System.IO.File.ReadAllText(seed.File("postcodes.csv")) + "NOT A POSTCODE,53.1,-2.7\n");

        var errors = ReadExpectingErrors().Errors;

        Assert.Contains(errors, e => e.Contains("club-one.md"));
        Assert.Contains(errors, e => e.Contains("club-two.md"));
        Assert.Contains(errors, e => e.StartsWith("postcodes.csv: line"));
    }

    [Fact]
    public void A_slug_used_twice_for_locations_is_reported()
    {
        seed.Write("locations/zz-duplicate.yaml", "- slug: kingsway-learning-centre\n  name: Again\n  postcode: WA8 7QE\n  latitude: 53.36\n  longitude: -2.73\n");

        Assert.Contains(ReadExpectingErrors().Errors, e => e.Contains("zz-duplicate.yaml") && e.Contains("used twice"));
    }

    [Fact]
    public void A_file_name_that_is_not_a_slug_is_reported()
    {
        WriteService("Test Club", ValidFrontMatter);

        Assert.Contains(ReadExpectingErrors().Errors, e => e.Contains("file name"));
    }
}
