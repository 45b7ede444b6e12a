using Signpost.Core.Feedback;

namespace Signpost.Web.Features.Participation.Moderation;

/// <summary>One response as the detail pages show it; the reply email and history are filled only for those who moderate.</summary>
public sealed record FeedbackDetails(
    FeedbackResponse Response,
    string? ServiceName,
    string? ServiceSlug,
    IReadOnlyList<FeedbackTheme> AllThemes,
    FeedbackReplyRequest? ReplyRequest,
    IReadOnlyList<FeedbackModerationEvent> History,
    bool ShowsText)
{
    public IEnumerable<string> ThemeLabels =>
        AllThemes.Where(t => Response.Themes.Any(r => r.ThemeSlug == t.Slug)).Select(t => t.Label);
}
