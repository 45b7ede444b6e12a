using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Signpost.Core.Feedback;

/// <summary>
/// The value stored in <see cref="FeedbackResponse.DuplicateKey"/>: the same words about the same
/// service from the same kind of person with the same rating give the same key, whatever the case,
/// spacing or punctuation, so a double-click or a resent form is caught.
/// </summary>
public static class FeedbackDuplicateKey
{
    public static string For(Guid? serviceId, RespondentType respondent, int? rating, string? text)
    {
        var normalised = string.Join('|',
            serviceId?.ToString("N") ?? "general",
            respondent.ToString(),
            rating?.ToString(CultureInfo.InvariantCulture) ?? "",
            SafeguardingScreen.Words(text ?? ""));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }
}
