namespace Signpost.Web.Tests.Feedback;

/// <summary>The app with the safeguarding phrase list read fresh on every screen, so a test's own phrases count at once.</summary>
public sealed class FeedbackWebFactory() : SignpostWebFactory(new Dictionary<string, string>
{
    ["Signpost:Feedback:PhraseCacheSeconds"] = "0",
    ["Signpost:Feedback:SafeguardingLeadEmail"] = FeedbackForms.SafeguardingLead,
});
