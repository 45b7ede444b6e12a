using Signpost.Core.Feedback;

namespace Signpost.Web.Features.Participation.Reports;

/// <summary>The words the report, its exports and its filter use for the feedback model's codes.</summary>
public static class ReportLabels
{
    public const string NotGiven = "Not given";

    public static readonly IReadOnlyList<FeedbackOutcomes> Outcomes =
        Enum.GetValues<FeedbackOutcomes>().Where(o => o != FeedbackOutcomes.None).ToList();

    public static readonly IReadOnlyList<(string Name, string Label)> ExperienceQuestions =
    [
        (nameof(FeedbackResponse.EasyToGetTo), "Was it easy to get to?"),
        (nameof(FeedbackResponse.ListenedAndRespected), "Did staff listen and treat you with respect?"),
        (nameof(FeedbackResponse.Confidential), "Was it confidential?"),
        (nameof(FeedbackResponse.TimesRight), "Were the times right for you?"),
    ];

    public static string Respondent(RespondentType type) => type switch
    {
        RespondentType.YoungPerson => "Young people",
        RespondentType.ParentCarer => "Parents and carers",
        _ => "Professionals",
    };

    public static string Channel(FeedbackChannel channel) => channel switch
    {
        FeedbackChannel.PaperForm => "Paper form",
        FeedbackChannel.YouthForum => "Youth forum",
        FeedbackChannel.Event => "Event",
        _ => "Website",
    };

    public static string Answer(ExperienceAnswer? answer) => answer switch
    {
        ExperienceAnswer.Yes => "Yes",
        ExperienceAnswer.Partly => "Partly",
        ExperienceAnswer.No => "No",
        ExperienceAnswer.NotSure => "Not sure",
        _ => "Not answered",
    };

    public static string Outcome(FeedbackOutcomes outcome) => outcome switch
    {
        FeedbackOutcomes.FeelSafer => "Feel safer",
        FeedbackOutcomes.Happier => "Happier",
        FeedbackOutcomes.MoreConfident => "More confident",
        FeedbackOutcomes.BetterAtSchool => "Getting on better at school",
        FeedbackOutcomes.BetterAtHome => "Getting on better at home",
        FeedbackOutcomes.LessWorried => "Less worried (parents and carers)",
        FeedbackOutcomes.AbleToCope => "Better able to cope (parents and carers)",
        FeedbackOutcomes.SomeoneThereForMe => "Someone there for me",
        _ => outcome.ToString(),
    };

    /// <summary>Every outcome ticked, in the order of the question, for a row of the de-identified export.</summary>
    public static string OutcomeList(FeedbackOutcomes ticked) =>
        string.Join("; ", Outcomes.Where(o => ticked.HasFlag(o)).Select(Outcome));

    public static string AgeBand(string? band) => band is null ? NotGiven : FeedbackAgeBands.Label(band);

    public static string Equality(IReadOnlyList<(string Code, string Label)> options, string? code) =>
        code is null ? NotGiven : options.FirstOrDefault(o => o.Code == code).Label ?? code;
}
