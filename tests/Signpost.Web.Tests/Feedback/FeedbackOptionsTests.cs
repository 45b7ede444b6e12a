using Microsoft.Extensions.Options;
using Signpost.Web.Features.Feedback;

namespace Signpost.Web.Tests.Feedback;

/// <summary>The feedback settings the app checks at start, so a bad value stops it rather than losing alerts.</summary>
public sealed class FeedbackOptionsTests
{
    [Fact]
    public void The_defaults_are_valid() =>
        Assert.True(Validate(new FeedbackOptions()).Succeeded);

    [Theory]
    [InlineData("")]
    [InlineData("not an email")]
    public void The_safeguarding_lead_needs_an_email_address(string email) =>
        Assert.True(Validate(new FeedbackOptions { SafeguardingLeadEmail = email }).Failed);

    [Fact]
    public void Receipt_days_and_the_rate_limit_must_be_in_range()
    {
        Assert.True(Validate(new FeedbackOptions { ReceiptDays = 0 }).Failed);
        var zeroPermits = Validate(new FeedbackOptions { RateLimit = new FeedbackRateLimitOptions { PermitLimit = 0 } });
        Assert.True(zeroPermits.Failed);
        Assert.Contains("RateLimit", zeroPermits.FailureMessage);
        Assert.True(Validate(new FeedbackOptions { RateLimit = new FeedbackRateLimitOptions { WindowSeconds = 0 } }).Failed);
    }

    private static ValidateOptionsResult Validate(FeedbackOptions options) =>
        new DataAnnotationValidateOptions<FeedbackOptions>(null).Validate(null, options);
}
