using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Signpost.Core.Feedback;
using Signpost.Web.Features.Participation.Retention;
using Signpost.Web.Infrastructure.Audit;
using Signpost.Web.Tests.Search;

namespace Signpost.Web.Tests.Participation.Retention;

/// <summary>The retention pass, driven directly with a clock the test sets: words and reply emails go, answers stay.</summary>
[Collection(ParticipationSiteCollection.Name)]
public sealed class FeedbackRetentionTests(ParticipationSiteFactory site)
{
    // Today, to the second: only the rows each test makes old are old, so other tests' responses keep their words.
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());

    [Fact]
    public async Task Free_text_older_than_the_text_period_is_removed_and_the_answers_stay()
    {
        var old = await FeedbackStore.AddResponseAsync(site, r => (r.SubmittedAt, r.Rating, r.Status) = (Now.UtcDateTime.AddMonths(-24).AddDays(-1), 2, FeedbackStatus.Approved));
        var recent = await FeedbackStore.AddResponseAsync(site, r => r.SubmittedAt = Now.UtcDateTime.AddMonths(-23));

        var result = await RunAsync(new FeedbackRetentionOptions());

        Assert.True(result.TextsRemoved >= 1);
        var gone = await FeedbackStore.ReadAsync(site, old);
        Assert.Null(gone.Text);
        Assert.Equal(Now.UtcDateTime, gone.TextDeletedAt);
        Assert.Equal(2, gone.Rating);
        Assert.Equal(FeedbackStatus.Approved, gone.Status);
        Assert.Equal(FeedbackOutcomes.Happier, gone.Outcomes);
        Assert.NotNull((await FeedbackStore.ReadAsync(site, recent)).Text);
    }

    [Fact]
    public async Task Reply_emails_older_than_the_email_period_are_deleted()
    {
        var id = await FeedbackStore.AddResponseAsync(site, r => (r.SubmittedAt, r.WantsReply) = (Now.UtcDateTime.AddDays(-100), true));
        await FeedbackStore.AddReplyRequestAsync(site, id, "old@example.org", Now.UtcDateTime.AddDays(-11));
        var keep = await FeedbackStore.AddResponseAsync(site, r => r.WantsReply = true);
        await FeedbackStore.AddReplyRequestAsync(site, keep, "new@example.org", Now.UtcDateTime.AddDays(-9));

        await RunAsync(new FeedbackRetentionOptions { ReplyEmailDays = 10 });

        await using var store = new StoreScope(site);
        Assert.False(await store.Db.FeedbackReplyRequests.AnyAsync(r => r.FeedbackResponseId == id));
        Assert.True(await store.Db.FeedbackReplyRequests.AnyAsync(r => r.FeedbackResponseId == keep));
        Assert.NotNull((await FeedbackStore.ReadAsync(site, id)).Text);
        Assert.True(await store.Db.AuditLog.AnyAsync(a => a.Action == "feedback-retention"));
    }

    [Fact]
    public async Task A_second_pass_removes_nothing_more()
    {
        await FeedbackStore.AddResponseAsync(site, r => r.SubmittedAt = Now.UtcDateTime.AddYears(-3));
        await RunAsync(new FeedbackRetentionOptions());

        var again = await RunAsync(new FeedbackRetentionOptions());

        Assert.Equal(new RetentionResult(0, 0), again);
    }

    [Fact]
    public void The_options_are_validated_at_start()
    {
        var options = site.Services.GetRequiredService<IOptions<FeedbackRetentionOptions>>().Value;
        Assert.False(options.Enabled);
        Assert.Equal(24, options.TextMonths);
        Assert.Equal(90, options.ReplyEmailDays);
        var bad = new FeedbackRetentionOptions { Interval = TimeSpan.FromSeconds(1) };
        Assert.NotEmpty(bad.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(bad)));
    }

    private async Task<RetentionResult> RunAsync(FeedbackRetentionOptions options)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var retention = new FeedbackRetention(
            scope.ServiceProvider.GetRequiredService<Signpost.Data.SignpostDbContext>(),
            Options.Create(options),
            scope.ServiceProvider.GetRequiredService<IAuditLog>(),
            new SettableClock { FixedAt = Now });
        return await retention.RunAsync(CancellationToken.None);
    }
}
