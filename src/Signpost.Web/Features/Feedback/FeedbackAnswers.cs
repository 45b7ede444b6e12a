using Signpost.Core.Feedback;

namespace Signpost.Web.Features.Feedback;

/// <summary>What a person told us, checked and in the model's terms; the reply email travels beside it, never into the response.</summary>
public sealed record FeedbackAnswers(
    RespondentType Respondent,
    string? AgeBand,
    string? PostcodeDistrict,
    ExperienceAnswer? EasyToGetTo,
    ExperienceAnswer? ListenedAndRespected,
    ExperienceAnswer? Confidential,
    ExperienceAnswer? TimesRight,
    FeedbackOutcomes Outcomes,
    int Rating,
    string? Text,
    bool MayQuote,
    string? ReplyEmail,
    string? Sex,
    string? Ethnicity,
    string? Disability)
{
    public bool WantsReply => ReplyEmail is not null;

    public void ApplyTo(FeedbackResponse response)
    {
        response.Respondent = Respondent;
        response.AgeBand = AgeBand;
        response.PostcodeDistrict = PostcodeDistrict;
        response.EasyToGetTo = EasyToGetTo;
        response.ListenedAndRespected = ListenedAndRespected;
        response.Confidential = Confidential;
        response.TimesRight = TimesRight;
        response.Outcomes = Outcomes;
        response.Rating = Rating;
        response.Text = Text;
        response.MayQuote = MayQuote;

        // Consent withdrawn means the words may no longer be quoted, whatever an officer approved.
        response.QuoteApproved = response.QuoteApproved && MayQuote;
        response.WantsReply = WantsReply;
        response.Sex = Sex;
        response.Ethnicity = Ethnicity;
        response.Disability = Disability;
    }
}
