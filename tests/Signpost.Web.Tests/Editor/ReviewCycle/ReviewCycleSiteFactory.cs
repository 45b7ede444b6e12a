using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Signpost.Web.Features.Editor.ReviewCycle;
using Signpost.Web.Infrastructure.Mail;
using Signpost.Web.Tests.Search;

namespace Signpost.Web.Tests.Editor.ReviewCycle;

/// <summary>
/// The seeded app with a clock the test sets and mail kept in memory. The hourly job is off: tests
/// run the reminder pass themselves, as many times and from as many "nodes" as they like.
/// </summary>
public class ReviewCycleSiteFactory : SignpostWebFactory
{
    public ReviewCycleSiteFactory()
        : this(new Dictionary<string, string>())
    {
    }

    /// <param name="realMail">Keep the app's own mail sender (a folder in tests) instead of recording mail in memory.</param>
    protected ReviewCycleSiteFactory(IReadOnlyDictionary<string, string> settings, bool remindersEnabled = false, bool realMail = false)
        : base(new Dictionary<string, string>(settings) { ["Signpost:ReviewCycle:RemindersEnabled"] = remindersEnabled ? "true" : "false" })
    {
        RealMail = realMail;
    }

    private bool RealMail { get; }

    public SettableClock Clock { get; } = new();

    public RecordingMailSender Mail { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            // Until Program.cs calls AddSignpostReviewCycle, the tests register it; registering twice is harmless.
            services.AddSignpostReviewCycle();
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            if (!RealMail)
            {
                services.RemoveAll<IMailSender>();
                services.AddSingleton<IMailSender>(Mail);
            }
        });
    }
}
