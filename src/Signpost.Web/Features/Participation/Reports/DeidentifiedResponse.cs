using Signpost.Core.Feedback;

namespace Signpost.Web.Features.Participation.Reports;

/// <summary>
/// One approved response as the de-identified export gives it: the month, never the moment; the
/// words only when the person agreed to be quoted and an officer approved them. No email, receipt,
/// IP address, duplicate key or equality answers (together with the rest, those could identify someone).
/// </summary>
public sealed record DeidentifiedResponse(
    int Year,
    int Month,
    string? Service,
    string? Organisation,
    RespondentType Respondent,
    string? AgeBand,
    string? District,
    FeedbackChannel Channel,
    ExperienceAnswer? EasyToGetTo,
    ExperienceAnswer? ListenedAndRespected,
    ExperienceAnswer? Confidential,
    ExperienceAnswer? TimesRight,
    FeedbackOutcomes Outcomes,
    int? Rating,
    string? ThemeSlugs,
    string? Quote,
    bool IsDemo);
