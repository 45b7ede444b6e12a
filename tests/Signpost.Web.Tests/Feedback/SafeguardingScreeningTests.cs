using Microsoft.EntityFrameworkCore;
using Signpost.Core.Feedback;
using Signpost.Web.Tests.Account;
using Signpost.Web.Tests.Editor;

namespace Signpost.Web.Tests.Feedback;

/// <summary>Feedback that matches a risk phrase: flagged urgent, the lead told without the words, and crisis contacts shown at once.</summary>
public sealed class SafeguardingScreeningTests(FeedbackWebFactory factory) : IClassFixture<FeedbackWebFactory>, IAsyncLifetime
{
    private const string Phrase = "nobody at home feeds me";

    public async Task InitializeAsync()
    {
        var (scope, db) = factory.OpenStore();
        await using (scope)
        {
            if (!await db.SafeguardingPhrases.AnyAsync(p => p.Phrase == Phrase))
            {
                db.SafeguardingPhrases.Add(new SafeguardingPhrase { Phrase = Phrase, Category = "neglect" });
                await db.SaveChangesAsync();
            }
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_matching_phrase_flags_the_feedback_mails_the_lead_without_the_words_and_shows_crisis_contacts()
    {
        var client = EditorAccounts.CreateClient(factory);
        var secret = Guid.NewGuid().ToString("N");
        var text = $"Honestly, NOBODY at home feeds me. {secret}";

        var (_, thankYou) = await FeedbackForms.SendValidAsync(client, FeedbackForms.ServiceUrl, FeedbackForms.Valid(text));

        var stored = await FeedbackForms.FindByTextAsync(factory, text);
        Assert.NotNull(stored);
        Assert.True(stored.Urgent);
        Assert.Equal("neglect", stored.SafeguardingMatches);
        Assert.Equal(FeedbackStatus.Pending, stored.Status);

        var mail = MailFolder.LatestTo(Path.Combine(factory.DataPath, "mail"), FeedbackForms.SafeguardingLead);
        Assert.Contains($"/editor/participation/feedback/{stored.Id}", mail.Body);
        Assert.Contains("neglect", mail.Body);
        Assert.DoesNotContain(secret, mail.Raw);
        Assert.DoesNotContain("feeds me", mail.Body, StringComparison.OrdinalIgnoreCase);

        var help = thankYou.Main.QuerySelector("#help-now-title");
        Assert.NotNull(help);
        Assert.Contains("0800 1111", thankYou.Main.TextContent);
        Assert.NotNull(thankYou.Main.QuerySelector("a[href='tel:999']"));
    }

    [Fact]
    public async Task Feedback_without_a_phrase_is_not_flagged_and_shows_no_crisis_block()
    {
        var client = EditorAccounts.CreateClient(factory);
        var text = $"Nobody at the club was rude, it feeds my interest in music {Guid.NewGuid():N}";

        var (_, thankYou) = await FeedbackForms.SendValidAsync(client, FeedbackForms.ServiceUrl, FeedbackForms.Valid(text));

        var stored = await FeedbackForms.FindByTextAsync(factory, text);
        Assert.False(stored!.Urgent);
        Assert.Null(stored.SafeguardingMatches);
        Assert.Null(thankYou.Main.QuerySelector("#help-now-title"));
    }

    [Fact]
    public async Task Changed_words_are_screened_again()
    {
        var client = EditorAccounts.CreateClient(factory);
        var text = $"All fine {Guid.NewGuid():N}";
        var (code, _) = await FeedbackForms.SendValidAsync(client, FeedbackForms.ServiceUrl, FeedbackForms.Valid(text));
        var fields = FeedbackForms.Valid(text + " but nobody at home feeds me");
        fields["code"] = code;
        fields["__RequestVerificationToken"] = (await FeedbackForms.OpenReceiptAsync(client, code)).Main.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var saved = await client.PostAsync("/feedback/receipt/change", new FormUrlEncodedContent(fields));
        Assert.Equal("/feedback/thank-you", EditorAccounts.RedirectTarget(saved));
        var thankYou = await HtmlPage.GetAsync(client, "/feedback/thank-you");

        var stored = await FeedbackForms.FindByTextAsync(factory, text + " but nobody at home feeds me");
        Assert.True(stored!.Urgent);
        Assert.NotNull(thankYou.Main.QuerySelector("#help-now-title"));
        Assert.Contains($"/editor/participation/feedback/{stored.Id}", MailFolder.LatestTo(Path.Combine(factory.DataPath, "mail"), FeedbackForms.SafeguardingLead).Body);
    }
}
