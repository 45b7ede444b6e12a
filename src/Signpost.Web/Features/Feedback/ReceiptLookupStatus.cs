namespace Signpost.Web.Features.Feedback;

public enum ReceiptLookupStatus
{
    Found,
    NotFound,
    TooManyAttempts,
}
