using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Signpost.Web.Features.Editor.ReviewCycle;

namespace Signpost.Web.Tests.Editor.ReviewCycle;

public sealed class ReviewCycleRegistrationTests
{
    [Fact]
    public void Registering_twice_runs_one_job_and_binds_the_settings()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Signpost:ReviewCycle:OutOfDateAfterDays"] = "45";
        builder.Configuration["Signpost:ReviewCycle:ReminderInterval"] = "02:00:00";

        builder.AddSignpostReviewCycle();
        builder.Services.AddSignpostReviewCycle();

        Assert.Single(builder.Services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(ReviewReminderJob));
        using var services = builder.Services.BuildServiceProvider();
        var options = services.GetRequiredService<IOptions<ReviewCycleOptions>>().Value;
        Assert.Equal((45, TimeSpan.FromHours(2), 30, true), (options.OutOfDateAfterDays, options.ReminderInterval, options.ReminderDaysBefore, options.OutOfDateNoticeEnabled));
    }
}
