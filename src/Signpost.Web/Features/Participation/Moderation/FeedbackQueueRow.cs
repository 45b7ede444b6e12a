using Signpost.Core.Feedback;

namespace Signpost.Web.Features.Participation.Moderation;

/// <summary>One line of a feedback list: enough to choose what to open, with only the first words of the text.</summary>
public sealed record FeedbackQueueRow(
    long Id,
    DateTime SubmittedAt,
    RespondentType Respondent,
    string? ServiceName,
    int? Rating,
    FeedbackStatus Status,
    bool Urgent,
    bool SafeguardingReviewed,
    string? Text,
    bool IsDemo)
{
    public const int FirstWordsLength = 80;

    public string FirstWords => Text is null ? "" : Text.Length <= FirstWordsLength ? Text : Text[..FirstWordsLength].TrimEnd() + "…";

    public bool AwaitsSafeguarding => Urgent && !SafeguardingReviewed;
}
