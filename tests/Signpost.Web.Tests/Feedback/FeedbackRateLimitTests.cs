using System.Net;
using Signpost.Core.Feedback;
using Signpost.Web.Tests.Editor;

namespace Signpost.Web.Tests.Feedback;

/// <summary>One client sending too much is told to wait (429) and nothing more is stored; wrong receipt codes are limited the same way.</summary>
public sealed class FeedbackRateLimitTests(RateLimitedFeedbackWebFactory factory) : IClassFixture<RateLimitedFeedbackWebFactory>
{
    [Fact]
    public async Task Past_the_limit_posts_get_429_and_nothing_is_stored_and_wrong_codes_are_limited_too()
    {
        var client = EditorAccounts.CreateClient(factory);
        for (var i = 0; i < 3; i++)
        {
            await FeedbackForms.SendValidAsync(client, "/have-your-say", FeedbackForms.Valid($"Allowed {i} {Guid.NewGuid():N}"));
        }

        var text = $"One too many {Guid.NewGuid():N}";
        var response = await FeedbackForms.SendAsync(client, "/have-your-say", FeedbackForms.Valid(text));
        var page = await EditorAccounts.ReadPageAsync(response);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("You have tried too many times", page.Heading);
        Assert.NotNull(page.Main.QuerySelector("#help-now-title"));
        Assert.Null(await FeedbackForms.FindByTextAsync(factory, text));

        // Guessing codes: three wrong ones, then even a lookup is refused.
        for (var i = 0; i < 3; i++)
        {
            var wrong = await FeedbackForms.OpenReceiptAsync(client, ReceiptCode.Generate());
            Assert.Equal(HttpStatusCode.OK, wrong.Status);
        }

        var limited = await FeedbackForms.OpenReceiptAsync(client, ReceiptCode.Generate());
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
        Assert.Equal("You have tried too many times", limited.Heading);
    }
}
