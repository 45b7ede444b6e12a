using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Signpost.Web.Features.Editor.ReviewCycle;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Tests.Editor.ReviewCycle;

public sealed class ReviewReminderWithoutMailTests
{
    [Fact]
    public async Task Without_a_mail_sender_nothing_is_claimed_or_sent()
    {
        // No store either: the pass must stop before it would claim reminders nobody could receive.
        await using var services = new ServiceCollection().BuildServiceProvider();
        var sender = new ReviewReminderSender(
            services.GetRequiredService<IServiceScopeFactory>(),
            Options.Create(new ReviewCycleOptions()),
            Options.Create(new SignpostOptions()),
            TimeProvider.System,
            NullLogger<ReviewReminderSender>.Instance);

        Assert.Equal(0, await sender.SendDueRemindersAsync(CancellationToken.None));
    }
}
