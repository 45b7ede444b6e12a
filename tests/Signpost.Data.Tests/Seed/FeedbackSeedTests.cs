using Microsoft.EntityFrameworkCore;
using Signpost.Core.Feedback;
using Signpost.Data.Seed;

namespace Signpost.Data.Tests.Seed;

public class FeedbackSeedTests
{
    private static async Task<SeedReport> ImportAsync(TestStore store, string folder)
    {
        await using var db = store.NewContext();
        return await new ContentSeedImporter(db, TimeProvider.System).ImportAsync(folder);
    }

    [Fact]
    public async Task Demo_feedback_is_imported_once_marked_as_demo_and_linked_to_its_services()
    {
        using var store = await TestStore.MigratedAsync();

        var first = await ImportAsync(store, RepoPaths.ContentSeed);
        var second = await ImportAsync(store, RepoPaths.ContentSeed);

        Assert.InRange(first.DemoFeedback, 300, 500);
        Assert.Equal(first.DemoFeedback, first.DemoFeedbackAdded);
        Assert.Equal(0, second.DemoFeedbackAdded);
        await using var db = store.NewContext();
        var responses = await db.FeedbackResponses.Include(f => f.Themes).ToListAsync();
        Assert.Equal(first.DemoFeedback, responses.Count);
        Assert.All(responses, r => Assert.True(r.IsDemo));
        Assert.Contains(responses, r => r.ServiceId is null);
        var serviceOrganisations = await db.Services.ToDictionaryAsync(s => s.Id, s => s.OrganisationId);
        Assert.All(responses.Where(r => r.ServiceId is not null), r => Assert.Equal(serviceOrganisations[r.ServiceId!.Value], r.OrganisationId));
        Assert.All(responses.Where(r => r.QuoteApproved), r => Assert.True(r.MayQuote && r.Status == FeedbackStatus.Approved));
        Assert.Contains(responses, r => r.Themes.Count > 0);
        Assert.True(responses.Count(r => r.Status == FeedbackStatus.Approved) > responses.Count / 2);
        Assert.Contains(responses, r => r.Status == FeedbackStatus.Pending);
    }

    [Fact]
    public async Task Themes_phrases_and_you_said_we_did_are_imported()
    {
        using var store = await TestStore.MigratedAsync();
        await ImportAsync(store, RepoPaths.ContentSeed);

        await using var db = store.NewContext();
        Assert.Contains(await db.FeedbackThemes.ToListAsync(), t => t.Slug == "waiting-times");
        var phrases = await db.SafeguardingPhrases.ToListAsync();
        Assert.Contains(phrases, p => p.Phrase == "not safe at home" && p.Category == "immediate-danger");
        Assert.Contains(phrases, p => p.Category == "self-harm");
        var responses = await db.YouSaidWeDid.ToListAsync();
        Assert.NotEmpty(responses);
        Assert.All(responses, r => Assert.True(r.Published));
        Assert.Contains(responses, r => r.ServiceId is not null);
    }

    [Fact]
    public async Task Seeding_again_does_not_bring_back_a_phrase_a_manager_removed()
    {
        using var store = await TestStore.MigratedAsync();
        await ImportAsync(store, RepoPaths.ContentSeed);
        await using (var db = store.NewContext())
        {
            await db.SafeguardingPhrases.Where(p => p.Phrase == "knife").ExecuteDeleteAsync();
        }

        await ImportAsync(store, RepoPaths.ContentSeed);

        await using var check = store.NewContext();
        Assert.False(await check.SafeguardingPhrases.AnyAsync(p => p.Phrase == "knife"));
    }

    [Fact]
    public async Task A_bad_demo_row_names_the_file_line_and_field_and_imports_nothing()
    {
        using var store = await TestStore.MigratedAsync();
        using var seed = new TempFolder();
        seed.CopyFrom(RepoPaths.ContentSeed);
        var csv = seed.File("feedback/demo-responses.csv");
        var lines = File.ReadAllLines(csv);
        lines[1] = lines[1].Replace(",Approved,", ",Maybe,").Replace(",Pending,", ",Maybe,").Replace(",Rejected,", ",Maybe,").Replace(",Escalated,", ",Maybe,");
        File.WriteAllLines(csv, lines);

        var error = await Assert.ThrowsAsync<SeedValidationException>(() => ImportAsync(store, seed.Path));

        Assert.Contains(error.Errors, e => e.StartsWith("feedback/demo-responses.csv: line 2: status", StringComparison.Ordinal));
        await using var db = store.NewContext();
        Assert.Equal(0, await db.FeedbackResponses.CountAsync());
    }
}
