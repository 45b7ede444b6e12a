using System.Security.Cryptography;
using System.Text;
using Signpost.Core.Feedback;

namespace Signpost.Web.Tests.Participation;

/// <summary>
/// A response as the public form leaves it: pending, about a service, with receipt and duplicate
/// hashes of its own. Shared with the end-to-end tests (linked into that project), so both arrange
/// feedback the same way.
/// </summary>
public static class FeedbackResponses
{
    public static FeedbackResponse Pending(Guid serviceId, Guid organisationId, string text)
    {
        var unique = Guid.NewGuid().ToString("N");
        return new FeedbackResponse
        {
            SubmittedAt = DateTime.UtcNow.AddMinutes(-5),
            ServiceId = serviceId,
            OrganisationId = organisationId,
            Respondent = RespondentType.YoungPerson,
            AgeBand = "14-15",
            PostcodeDistrict = "WA7",
            EasyToGetTo = ExperienceAnswer.Yes,
            ListenedAndRespected = ExperienceAnswer.Yes,
            TimesRight = ExperienceAnswer.No,
            Outcomes = FeedbackOutcomes.Happier,
            Rating = 4,
            Text = text,
            MayQuote = true,
            ReceiptHash = Hash("receipt" + unique),
            ReceiptExpiresAt = DateTime.UtcNow.AddDays(90),
            DuplicateKey = Hash("duplicate" + unique),
        };
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
