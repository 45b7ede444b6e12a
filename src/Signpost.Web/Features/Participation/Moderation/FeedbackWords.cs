using Signpost.Core.Feedback;

namespace Signpost.Web.Features.Participation.Moderation;

/// <summary>Feedback codes as the back office reads them.</summary>
public static class FeedbackWords
{
    public static string Respondent(RespondentType respondent) => respondent switch
    {
        RespondentType.YoungPerson => "Young person",
        RespondentType.ParentCarer => "Parent or carer",
        RespondentType.Professional => "Professional",
        _ => respondent.ToString(),
    };

    public static string Answer(ExperienceAnswer? answer) => answer switch
    {
        null => "Not answered",
        ExperienceAnswer.Yes => "Yes",
        ExperienceAnswer.Partly => "Partly",
        ExperienceAnswer.No => "No",
        ExperienceAnswer.NotSure => "Not sure",
        _ => answer.ToString()!,
    };

    public static string Channel(FeedbackChannel channel) => channel switch
    {
        FeedbackChannel.Website => "On this website",
        FeedbackChannel.PaperForm => "Paper form",
        FeedbackChannel.Event => "At an event",
        FeedbackChannel.YouthForum => "Youth forum",
        _ => channel.ToString(),
    };

    public static string Rating(int? rating) => rating is { } stars ? $"{stars} out of 5" : "Not given";

    public static string Status(FeedbackStatus status) => status switch
    {
        FeedbackStatus.Pending => "Waiting",
        FeedbackStatus.Approved => "Approved",
        FeedbackStatus.Rejected => "Rejected",
        FeedbackStatus.Escalated => "Escalated",
        _ => status.ToString(),
    };

    /// <summary>GOV.UK tag colours; the tag's words carry the meaning, the colour only repeats it.</summary>
    public static string StatusTagClass(FeedbackStatus status) => status switch
    {
        FeedbackStatus.Approved => "govuk-tag--green",
        FeedbackStatus.Rejected => "govuk-tag--grey",
        FeedbackStatus.Escalated => "govuk-tag--orange",
        _ => "govuk-tag--blue",
    };

    public static IReadOnlyList<string> Outcomes(FeedbackOutcomes outcomes) =>
        Enum.GetValues<FeedbackOutcomes>()
            .Where(o => o != FeedbackOutcomes.None && outcomes.HasFlag(o))
            .Select(Outcome)
            .ToList();

    public static string Action(FeedbackModerationAction action) => action switch
    {
        FeedbackModerationAction.Approved => "Approved",
        FeedbackModerationAction.Rejected => "Rejected",
        FeedbackModerationAction.Escalated => "Escalated",
        FeedbackModerationAction.Redacted => "Redacted",
        FeedbackModerationAction.ThemesChanged => "Themes changed",
        FeedbackModerationAction.SafeguardingReviewed => "Safeguarding reviewed",
        FeedbackModerationAction.Replied => "Replied",
        _ => action.ToString(),
    };

    public static string Equality(IReadOnlyList<(string Code, string Label)> options, string? code) =>
        code is null ? "Not answered" : options.FirstOrDefault(o => o.Code == code).Label ?? code;

    private static string Outcome(FeedbackOutcomes outcome) => outcome switch
    {
        FeedbackOutcomes.FeelSafer => "Feel safer",
        FeedbackOutcomes.Happier => "Happier",
        FeedbackOutcomes.MoreConfident => "More confident",
        FeedbackOutcomes.BetterAtSchool => "Get on better at school",
        FeedbackOutcomes.BetterAtHome => "Get on better at home",
        FeedbackOutcomes.LessWorried => "Less worried",
        FeedbackOutcomes.AbleToCope => "Able to cope",
        FeedbackOutcomes.SomeoneThereForMe => "Someone there for me",
        _ => outcome.ToString(),
    };
}
