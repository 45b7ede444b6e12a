using Signpost.Core.Feedback;

namespace Signpost.Web.Features.Feedback;

/// <summary>The questions and answers in plain words a young person understands, for the form and the receipt page alike.</summary>
public static class FeedbackWords
{
    public static readonly IReadOnlyList<ChoiceOption> Respondents =
    [
        new(nameof(RespondentType.YoungPerson), "A young person", "Up to 25 years old"),
        new(nameof(RespondentType.ParentCarer), "A parent or carer"),
        new(nameof(RespondentType.Professional), "Someone who works with children, young people or families"),
    ];

    public static readonly IReadOnlyList<ChoiceOption> ExperienceAnswers =
    [
        new(nameof(ExperienceAnswer.Yes), "Yes"),
        new(nameof(ExperienceAnswer.Partly), "Partly"),
        new(nameof(ExperienceAnswer.No), "No"),
        new(nameof(ExperienceAnswer.NotSure), "Not sure"),
    ];

    /// <summary>The four "how was it" questions: form field name, question, hint.</summary>
    public static readonly IReadOnlyList<(string Field, string Question, string? Hint)> ExperienceQuestions =
    [
        ("easyToGetTo", "Was it easy to get to?", null),
        ("listened", "Did the staff listen to you and treat you with respect?", null),
        ("confidential", "Did they keep what you said private?", "This is called being confidential."),
        ("timesRight", "Were the times right for you?", "For example after school, in the evening or at weekends."),
    ];

    public static readonly IReadOnlyList<ChoiceOption> Outcomes =
    [
        new(nameof(FeedbackOutcomes.FeelSafer), "I feel safer"),
        new(nameof(FeedbackOutcomes.Happier), "I feel happier"),
        new(nameof(FeedbackOutcomes.MoreConfident), "I feel more confident"),
        new(nameof(FeedbackOutcomes.BetterAtSchool), "I get on better at school or college"),
        new(nameof(FeedbackOutcomes.BetterAtHome), "I get on better at home"),
        new(nameof(FeedbackOutcomes.SomeoneThereForMe), "I feel someone is there for me"),
        new(nameof(FeedbackOutcomes.LessWorried), "I feel less worried", "For parents and carers"),
        new(nameof(FeedbackOutcomes.AbleToCope), "I feel more able to cope", "For parents and carers"),
    ];

    public static readonly IReadOnlyList<ChoiceOption> Ratings =
    [
        new("5", "5: very good"),
        new("4", "4: good"),
        new("3", "3: OK"),
        new("2", "2: poor"),
        new("1", "1: very poor"),
    ];

    public static IReadOnlyList<ChoiceOption> AgeBands { get; } =
        FeedbackAgeBands.All.Select(band => new ChoiceOption(band, FeedbackAgeBands.Label(band))).ToList();

    public static IReadOnlyList<ChoiceOption> Equality(IReadOnlyList<(string Code, string Label)> options) =>
        options.Select(o => new ChoiceOption(o.Code, o.Label)).ToList();

    public static string Label(IReadOnlyList<ChoiceOption> options, string? value) =>
        options.FirstOrDefault(o => o.Value == value)?.Label ?? "Not given";

    public static string OutcomeList(FeedbackOutcomes outcomes)
    {
        var chosen = Outcomes.Where(o => Enum.TryParse<FeedbackOutcomes>(o.Value, out var flag) && outcomes.HasFlag(flag)).Select(o => o.Label).ToList();
        return chosen.Count == 0 ? "None ticked" : string.Join(", ", chosen);
    }
}
