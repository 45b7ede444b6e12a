namespace Signpost.Web.Tests.Editor.ReviewCycle;

/// <summary>The same app with the public out-of-date notice switched off.</summary>
public sealed class NoticeOffSiteFactory() : ReviewCycleSiteFactory(new Dictionary<string, string>
{
    ["Signpost:ReviewCycle:OutOfDateNoticeEnabled"] = "false",
});
