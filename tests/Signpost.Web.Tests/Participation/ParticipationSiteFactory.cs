namespace Signpost.Web.Tests.Participation;

/// <summary>The seeded app with the feedback retention job off: tests run the retention pass themselves.</summary>
public sealed class ParticipationSiteFactory : SignpostWebFactory
{
    public ParticipationSiteFactory()
        : base(new Dictionary<string, string> { ["Signpost:Feedback:Retention:Enabled"] = "false" })
    {
    }
}
