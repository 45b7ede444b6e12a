using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Signpost.Web.Features.Feedback;

/// <summary>
/// Carries the receipt code from the form's POST to the thank-you page through TempData: an
/// encrypted cookie that is deleted as soon as it is read. A code in the address would be written
/// to server and proxy logs, browser history and the Referer of the next link clicked, and anyone
/// with it can read and delete the feedback; the cookie shows it once, to this browser only.
/// </summary>
public static class FeedbackConfirmation
{
    private const string CodeKey = "feedback-receipt-code";
    private const string UrgentKey = "feedback-urgent";
    private const string KindKey = "feedback-kind";

    public static void Set(ITempDataDictionary tempData, FeedbackConfirmationKind kind, string? receiptCode, bool urgent)
    {
        tempData[KindKey] = kind.ToString();
        tempData[CodeKey] = receiptCode;
        tempData[UrgentKey] = urgent;
    }

    /// <summary>What the last form left, once; null when there is nothing (a bookmark, a refresh, another browser).</summary>
    public static (FeedbackConfirmationKind Kind, string? ReceiptCode, bool Urgent)? Take(ITempDataDictionary tempData) =>
        Enum.TryParse<FeedbackConfirmationKind>(tempData[KindKey] as string, out var kind)
            ? (kind, tempData[CodeKey] as string, tempData[UrgentKey] is true)
            : null;
}
